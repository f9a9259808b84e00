/// Combined workspace statistics (`{WS}/Statistics`).
///
/// Wire schema `taskrouter.v1.workspace.workspace_statistics`;
/// every field is always present in the JSON, `null` when nil.
public struct WorkspaceStatistics: Codable, Hashable, Sendable, WireEncodable {
    /// `realtime`: current statistics.
    public var realtime: WorkspaceStatistics.RealTime?
    /// `cumulative`: statistics over the window.
    public var cumulative: WorkspaceStatistics.Cumulative?
    /// `account_sid`: the SID of the owning Account (`AC…`).
    public var accountSid: String?
    /// `workspace_sid`: the SID of the Workspace (`WS…`).
    public var workspaceSid: String?
    /// `url`: the absolute URL of this resource.
    public var url: String?

    /// Creates the value from its fields; optional fields default to nil, counts to 0.
    public init(
        realtime: WorkspaceStatistics.RealTime? = nil,
        cumulative: WorkspaceStatistics.Cumulative? = nil,
        accountSid: String? = nil,
        workspaceSid: String? = nil,
        url: String? = nil
    ) {
        self.realtime = realtime
        self.cumulative = cumulative
        self.accountSid = accountSid
        self.workspaceSid = workspaceSid
        self.url = url
    }
}
