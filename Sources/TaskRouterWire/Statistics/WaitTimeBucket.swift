/// Counts on one side of a wait-time threshold, inside `split_by_wait_time`.
public struct WaitTimeBucket: Codable, Hashable, Sendable, WireEncodable {
    /// `tasks_canceled`: tasks canceled in the window.
    public var tasksCanceled: Int
    /// `reservations_accepted`: reservations accepted in the window.
    public var reservationsAccepted: Int

    /// Creates the value from its fields; optional fields default to nil, counts to 0.
    public init(
        tasksCanceled: Int = 0,
        reservationsAccepted: Int = 0
    ) {
        self.tasksCanceled = tasksCanceled
        self.reservationsAccepted = reservationsAccepted
    }
}
