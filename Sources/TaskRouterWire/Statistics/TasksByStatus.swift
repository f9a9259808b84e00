/// Task counts by assignment status, the `tasks_by_status` object.
public struct TasksByStatus: Codable, Hashable, Sendable, WireEncodable {
    /// `pending`: tasks pending.
    public var pending: Int
    /// `reserved`: tasks reserved.
    public var reserved: Int
    /// `assigned`: tasks assigned.
    public var assigned: Int
    /// `wrapping`: tasks wrapping.
    public var wrapping: Int

    /// Creates the value from its fields; optional fields default to nil, counts to 0.
    public init(
        pending: Int = 0,
        reserved: Int = 0,
        assigned: Int = 0,
        wrapping: Int = 0
    ) {
        self.pending = pending
        self.reserved = reserved
        self.assigned = assigned
        self.wrapping = wrapping
    }
}
