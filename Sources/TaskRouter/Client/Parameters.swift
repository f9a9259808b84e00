import Foundation

/// API parameters with Twilio's PascalCase names, as a JSON object literal.
///
/// ```swift
/// let params: Parameters = ["FriendlyName": "Activity1", "Available": "true"]
/// let config: Parameters = ["Configuration": ["task_routing": ["default_filter": ["task_queue_sid": "WQxxx"]]]]
/// ```
/// Nested objects are sent as their JSON text (a Workflow's `Configuration`), arrays repeat the name,
/// `null` leaves the parameter out.
public typealias Parameters = [String: WireJSON]

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
}

extension Dictionary where Key == String, Value == WireJSON {
    /// The parameters as sent in a proxy request: nested objects become their JSON text
    /// (TaskRouter.js v1 does this for updates; doing it for creates too keeps every server happy).
    var wireForm: [String: WireJSON] {
        mapValues { value in
            switch value {
            case .object: .string(value.jsonString)
            case .array(let items): .array(items.map { if case .object = $0 { .string($0.jsonString) } else { $0 } })
            default: value
            }
        }
    }
}
