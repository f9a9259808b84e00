/// Why a text is not a JSON value; `message` is human readable and names the byte offset.
public struct JSONParseError: Error, Sendable, Hashable, CustomStringConvertible {
    /// A sentence such as `Unexpected character '}' at offset 12`.
    public let message: String
    /// The UTF-8 byte offset where the problem was found.
    public let offset: Int

    /// Creates an error with a message and the offset it refers to.
    public init(message: String, offset: Int) {
        self.message = message
        self.offset = offset
    }

    public var description: String { message }
}
