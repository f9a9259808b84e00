/// Every problem found in a workflow configuration (validation does not stop at the first one).
public struct WorkflowConfigurationError: Error, Sendable, Equatable, CustomStringConvertible {
    /// One human-readable sentence per problem, in document order.
    public let problems: [String]

    /// Creates an error from its problems.
    public init(problems: [String]) {
        self.problems = problems
    }

    /// All problems joined with "; ", suitable for a 400 response.
    public var message: String { problems.joined(separator: "; ") }

    public var description: String { message }
}
