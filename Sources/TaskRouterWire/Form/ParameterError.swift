/// A request parameter that is missing or invalid; the server answers 400 with Twilio code 20001.
///
/// ```swift
/// throw ParameterError(parameter: "Priority", message: "Priority must be between 0 and 2147483647")
/// ```
public struct ParameterError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The parameter's wire name, e.g. `FriendlyName`.
    public let parameter: String
    /// A human-readable explanation, suitable for the error body's `message`.
    public let message: String

    /// Creates an error about `parameter`.
    public init(parameter: String, message: String) {
        self.parameter = parameter
        self.message = message
    }

    /// The message.
    public var description: String { message }
}
