/// A JSON document or fragment: the value type of task and worker attributes and of expression operands.
///
/// ```swift
/// let attributes = try JSONValue.parse(#"{"skills": ["support"], "level": 3}"#)
/// attributes["level"]  // .number(3)
/// ```
public enum JSONValue: Sendable, Hashable {
    case null
    case bool(Bool)
    case number(Double)
    case string(String)
    case array([JSONValue])
    case object([String: JSONValue])
}

extension JSONValue {
    /// The members when this is an object, else nil.
    public var objectValue: [String: JSONValue]? {
        if case .object(let members) = self { return members }
        return nil
    }

    /// The elements when this is an array, else nil.
    public var arrayValue: [JSONValue]? {
        if case .array(let elements) = self { return elements }
        return nil
    }

    /// The string when this is a string, else nil.
    public var stringValue: String? {
        if case .string(let string) = self { return string }
        return nil
    }

    /// The number when this is a number, else nil.
    public var numberValue: Double? {
        if case .number(let number) = self { return number }
        return nil
    }

    /// The number as an `Int` when this is a number with no fractional part that fits an `Int`, else nil.
    public var integerValue: Int? {
        guard case .number(let number) = self, number.rounded(.towardZero) == number,
              number >= -9_223_372_036_854_775_808.0, number < 9_223_372_036_854_775_808.0
        else { return nil }
        return Int(number)
    }

    /// The boolean when this is a boolean, else nil.
    public var boolValue: Bool? {
        if case .bool(let bool) = self { return bool }
        return nil
    }

    /// True for `null`.
    public var isNull: Bool {
        if case .null = self { return true }
        return false
    }

    /// The member named `key` when this is an object that has it, else nil.
    public subscript(key: String) -> JSONValue? {
        objectValue?[key]
    }

    /// The element at `index` when this is an array and the index is in range, else nil.
    public subscript(index: Int) -> JSONValue? {
        guard case .array(let elements) = self, elements.indices.contains(index) else { return nil }
        return elements[index]
    }
}
