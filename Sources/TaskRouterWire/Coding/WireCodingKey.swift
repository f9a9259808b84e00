/// A coding key made from any string (or integer index); used for snake_case and dynamic keys.
public struct WireCodingKey: CodingKey, Hashable, Sendable {
    /// The key as it appears in JSON.
    public let stringValue: String
    /// The integer value, for array-index keys.
    public let intValue: Int?

    /// Creates a key for a JSON object member name.
    public init(_ string: String) {
        stringValue = string
        intValue = nil
    }

    /// Creates a key for a JSON object member name.
    public init(stringValue: String) {
        self.init(stringValue)
    }

    /// Creates a key for an array index.
    public init(intValue: Int) {
        stringValue = String(intValue)
        self.intValue = intValue
    }
}
