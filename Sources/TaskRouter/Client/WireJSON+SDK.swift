import Foundation

/// JSON conveniences for SDK users (`jsonString`, `["key"]`, `stringValue`) and for the SDK itself.
extension WireJSON {
    /// The compact JSON text of this value, with sorted keys.
    ///
    /// ```swift
    /// print(task.attributes.jsonString)   // {"Ticket":"Gold"}
    /// ```
    public var jsonString: String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        guard let data = try? encoder.encode(self) else { return "null" }
        return String(decoding: data, as: UTF8.self)
    }

    /// Parses JSON text, or nil when it is not JSON.
    init?(parsing text: String?) {
        guard let text, let value = try? WireJSON(jsonText: text) else { return nil }
        self = value
    }

    /// The value under `key` when this is an object.
    ///
    /// ```swift
    /// task.attributes["Ticket"]   // .string("Gold")
    /// ```
    public subscript(key: String) -> WireJSON? {
        if case .object(let object) = self { return object[key] } else { return nil }
    }

    /// The string when this is a string.
    public var stringValue: String? {
        if case .string(let text) = self { return text } else { return nil }
    }

    /// The integer when this is a whole number.
    var intValue: Int? {
        switch self {
        case .int(let value): value
        case .double(let value): Int(exactly: value)
        case .string(let text): Int(text)
        default: nil
        }
    }

    /// Decodes this JSON with the wire decoder.
    func decode<Value: Decodable>(_ type: Value.Type) throws(TaskRouterError) -> Value {
        do {
            let data = try JSONEncoder().encode(self)
            return try WireCoding.makeDecoder().decode(type, from: data)
        } catch {
            throw .invalidResponse("Could not read \(Value.self): \(error)")
        }
    }
}
