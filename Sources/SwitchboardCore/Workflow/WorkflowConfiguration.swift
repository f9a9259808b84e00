/// A parsed and validated workflow `configuration` document (spec §2.1).
///
/// ```swift
/// let configuration = try WorkflowConfiguration.parse(text, queueExists: { queues[$0] != nil })
/// let step = configuration.initialStep(taskAttributes: attributes, now: now)  // nil: nothing matched
/// ```
public struct WorkflowConfiguration: Sendable, Hashable {
    /// The longest configuration accepted, in UTF-8 bytes.
    public static let maximumLength = 1_038_576

    /// `task_routing.filters`, in evaluation order.
    public let filters: [WorkflowFilter]
    /// `task_routing.default_filter`, if present (only queue, priority, expression and order_by are kept).
    public let defaultFilter: WorkflowTarget?

    /// Creates a configuration from already-validated parts.
    public init(filters: [WorkflowFilter], defaultFilter: WorkflowTarget?) {
        self.filters = filters
        self.defaultFilter = defaultFilter
    }

    /// Parses and validates `text`, reporting every problem; `queueExists` tells whether a queue SID is in the workspace.
    public static func parse(_ text: String, queueExists: (String) -> Bool) throws(WorkflowConfigurationError) -> WorkflowConfiguration {
        let (configuration, problems) = withoutActuallyEscaping(queueExists) { queueExists in
            var parser = WorkflowConfigurationParser(queueExists: queueExists)
            let configuration = parser.parse(text)
            return (configuration, parser.problems)
        }
        guard let configuration, problems.isEmpty else {
            throw WorkflowConfigurationError(problems: problems)
        }
        return configuration
    }

    /// Every queue SID a step of this workflow can place a task in (including the default filter's).
    public var referencedQueueSids: Set<String> {
        var sids = Set(filters.flatMap { $0.targets.map(\.queueSid) })
        if let defaultFilter { sids.insert(defaultFilter.queueSid) }
        return sids
    }
}
