/// One entry of `task_routing.filters`: a C2 expression and its routing steps (spec §2.1).
public struct WorkflowFilter: Sendable, Hashable {
    /// `filter_friendly_name`, if given (reported as `WorkflowFilterName` in events).
    public let friendlyName: String?
    /// The filter's compiled C2 expression.
    public let expression: Expression
    /// The steps, at least one.
    public let targets: [WorkflowTarget]

    /// Creates a filter from its parts.
    public init(friendlyName: String?, expression: Expression, targets: [WorkflowTarget]) {
        self.friendlyName = friendlyName
        self.expression = expression
        self.targets = targets
    }
}
