/// One routing step of a filter (or the `default_filter`), with its queue already resolved (spec §2.1).
public struct WorkflowTarget: Sendable, Hashable {
    /// The queue SID: the target's own `queue`/`task_queue_sid`, else inherited from the previous target.
    public let queueSid: String
    /// The task priority to set when the step is entered, if any.
    public let priority: Int?
    /// Seconds before the step times out, if any (always nil for the default filter).
    public let timeout: Int?
    /// The C3 `expression` narrowing eligible workers, if any (an empty text parses to "no constraint").
    public let expression: Expression?
    /// Worker ordering, if any.
    public let orderBy: OrderBy?
    /// The C4 `skip_if`, if any (always nil for the default filter).
    public let skipIf: Expression?
    /// The known-worker constraint, if any (always nil for the default filter).
    public let knownWorker: KnownWorker?

    /// Creates a target from its parts.
    public init(queueSid: String, priority: Int? = nil, timeout: Int? = nil, expression: Expression? = nil,
                orderBy: OrderBy? = nil, skipIf: Expression? = nil, knownWorker: KnownWorker? = nil) {
        self.queueSid = queueSid
        self.priority = priority
        self.timeout = timeout
        self.expression = expression
        self.orderBy = orderBy
        self.skipIf = skipIf
        self.knownWorker = knownWorker
    }
}
