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
