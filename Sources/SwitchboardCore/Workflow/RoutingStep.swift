/// Where a task sits in its workflow: a filter's target (or the default filter) and what entering it implies.
public struct RoutingStep: Sendable, Hashable {
    /// The filter index, or nil for `default_filter`.
    public let filterIndex: Int?
    /// The target index within the filter (0 for the default filter).
    public let targetIndex: Int
    /// The step's queue.
    public let queueSid: String
    /// The priority the task takes when entering, if the target sets one.
    public let priority: Int?
    /// The step timeout in seconds, if any.
    public let timeout: Int?

    /// Creates a step.
    public init(filterIndex: Int?, targetIndex: Int, queueSid: String, priority: Int?, timeout: Int?) {
        self.filterIndex = filterIndex
        self.targetIndex = targetIndex
        self.queueSid = queueSid
        self.priority = priority
        self.timeout = timeout
    }

    /// True for the default filter's step.
    public var isDefault: Bool { filterIndex == nil }
}
