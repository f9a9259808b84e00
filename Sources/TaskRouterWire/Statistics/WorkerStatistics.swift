/// Statistics of one Worker over a window (`{WS}/Workers/{WorkerSid}/Statistics`); no `realtime`.
///
/// Wire schema `taskrouter.v1.workspace.worker.worker_instance_statistics`;
/// every field is always present in the JSON, `null` when nil.
public struct WorkerStatistics: Codable, Hashable, Sendable, WireEncodable {
    /// `account_sid`: the SID of the owning Account (`AC…`).
    public var accountSid: String?
    /// `cumulative`: statistics over the window.
    public var cumulative: WorkersStatistics.Cumulative?
    /// `worker_sid`: the SID of the Worker (`WK…`).
    public var workerSid: String?
    /// `workspace_sid`: the SID of the Workspace (`WS…`).
    public var workspaceSid: String?
    /// `url`: the absolute URL of this resource.
    public var url: String?

    /// Creates the value from its fields; optional fields default to nil, counts to 0.
    public init(
        accountSid: String? = nil,
        cumulative: WorkersStatistics.Cumulative? = nil,
        workerSid: String? = nil,
        workspaceSid: String? = nil,
        url: String? = nil
    ) {
        self.accountSid = accountSid
        self.cumulative = cumulative
        self.workerSid = workerSid
        self.workspaceSid = workspaceSid
        self.url = url
    }
}
