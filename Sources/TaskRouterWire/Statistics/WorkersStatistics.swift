/// Combined statistics of all Workers (`{WS}/Workers/Statistics`).
///
/// Wire schema `taskrouter.v1.workspace.worker.worker_statistics`;
/// every field is always present in the JSON, `null` when nil.
public struct WorkersStatistics: Codable, Hashable, Sendable, WireEncodable {
    /// `realtime`: current statistics.
    public var realtime: WorkersStatistics.RealTime?
    /// `cumulative`: statistics over the window.
    public var cumulative: WorkersStatistics.Cumulative?
    /// `account_sid`: the SID of the owning Account (`AC…`).
    public var accountSid: String?
    /// `workspace_sid`: the SID of the Workspace (`WS…`).
    public var workspaceSid: String?
    /// `url`: the absolute URL of this resource.
    public var url: String?

    /// Creates the value from its fields; optional fields default to nil, counts to 0.
    public init(
        realtime: WorkersStatistics.RealTime? = nil,
        cumulative: WorkersStatistics.Cumulative? = nil,
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
