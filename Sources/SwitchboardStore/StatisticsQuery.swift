public import SwitchboardCore

/// A read of cumulative statistics: one or more scopes of a workspace over a window.
///
/// A scope is `""` for the whole workspace, or the SID of a workflow (`WW…`), a task queue (`WQ…`)
/// or a worker (`WK…`). Figures come back per scope.
///
///     let query = StatisticsQuery(workspaceSid: ws, scopes: [queueSid], milliseconds: window.milliseconds(now: now))
public struct StatisticsQuery: Sendable, Hashable {
    /// The scope of the whole workspace.
    public static let workspaceScope = ""

    public var workspaceSid: String
    public var scopes: [String]
    /// The epoch milliseconds covered, half-open.
    public var milliseconds: Range<Int64>
    /// Only tasks and reservations of this task channel (SID).
    public var taskChannelSid: String?
    /// Also return the newest waits (for `SplitByWaitTime`).
    public var includeWaitSamples: Bool

    public init(workspaceSid: String, scopes: [String], milliseconds: Range<Int64>, taskChannelSid: String? = nil,
                includeWaitSamples: Bool = false) {
        self.workspaceSid = workspaceSid
        self.scopes = scopes
        self.milliseconds = milliseconds
        self.taskChannelSid = taskChannelSid
        self.includeWaitSamples = includeWaitSamples
    }
}
