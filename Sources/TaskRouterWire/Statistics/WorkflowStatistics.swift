/// Combined statistics of one Workflow (`{WS}/Workflows/{WorkflowSid}/Statistics`).
///
/// Wire schema `taskrouter.v1.workspace.workflow.workflow_statistics`;
/// every field is always present in the JSON, `null` when nil.
public struct WorkflowStatistics: Codable, Hashable, Sendable, WireEncodable {
    /// `account_sid`: the SID of the owning Account (`AC…`).
    public var accountSid: String?
    /// `cumulative`: statistics over the window.
    public var cumulative: WorkflowStatistics.Cumulative?
    /// `realtime`: current statistics.
    public var realtime: WorkflowStatistics.RealTime?
    /// `workflow_sid`: the SID of the Workflow (`WW…`).
    public var workflowSid: String?
    /// `workspace_sid`: the SID of the Workspace (`WS…`).
    public var workspaceSid: String?
    /// `url`: the absolute URL of this resource.
    public var url: String?

    /// Creates the value from its fields; optional fields default to nil, counts to 0.
    public init(
        accountSid: String? = nil,
        cumulative: WorkflowStatistics.Cumulative? = nil,
        realtime: WorkflowStatistics.RealTime? = nil,
        workflowSid: String? = nil,
        workspaceSid: String? = nil,
        url: String? = nil
    ) {
        self.accountSid = accountSid
        self.cumulative = cumulative
        self.realtime = realtime
        self.workflowSid = workflowSid
        self.workspaceSid = workspaceSid
        self.url = url
    }
}
