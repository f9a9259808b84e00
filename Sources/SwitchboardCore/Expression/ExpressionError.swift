/// Why an expression text does not parse; `message` is suitable for a 400 response body.
///
/// Example message: `Invalid expression "skill-level > 3": unexpected '-' at position 5, expected an operator`.
public struct ExpressionError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The full human-readable message, quoting the expression.
    public let message: String
    /// The 0-based character (Unicode scalar) offset of the problem, or nil when it concerns the whole text.
    public let position: Int?

    /// Creates an error from a complete message and an optional position.
    public init(message: String, position: Int?) {
        self.message = message
        self.position = position
    }

    /// Creates an error about `source` with a detail such as `unexpected '-' at position 5, expected an operator`.
    init(source: String, detail: String, position: Int?) {
        self.init(message: "Invalid expression \"\(source)\": \(detail)", position: position)
    }

    public var description: String { message }
}
