import Foundation
import TaskRouterWire

/// The body of a POST to the event bridge: a REST call to run on the caller's behalf (spec §3.4).
///
///     {"url": "https://taskrouter.twilio.com/v1/Workspaces/WS…/", "method": "GET",
///      "event_type": "ready", "token": "eyJ…", "params": {"PageSize": 50}}
///
/// The body is read as JSON whatever its `Content-Type` (TaskRouter.js v1 sends `text/plain`).
struct ProxyRequest: Sendable {
    var url: String
    var method: String
    var token: String?
    /// Echoed in the answer only when the request carried one.
    var eventType: String?
    /// `params` as name/value pairs, converted as TaskRouter.js v1 expects.
    var params: [(String, String)]

    /// Parses the body; nil when it is not a JSON object with `url` and `method` strings.
    init?(json body: Data) {
        guard let object = try? JSONDecoder().decode([String: WireJSON].self, from: body),
              case .string(let url)? = object["url"], case .string(let method)? = object["method"]
        else { return nil }
        self.url = url
        self.method = method.uppercased()
        if case .string(let token)? = object["token"] { self.token = token }
        if case .string(let type)? = object["event_type"], !type.isEmpty { self.eventType = type }
        params = []
        if case .object(let values)? = object["params"] {
            for (name, value) in values.sorted(by: { $0.key < $1.key }) {
                params += Self.pairs(name, value)
            }
        }
    }

    /// Strings as they are, numbers in decimal, booleans `true`/`false`, objects as their JSON text,
    /// arrays as the name repeated per element, `null` omitted.
    static func pairs(_ name: String, _ value: WireJSON) -> [(String, String)] {
        switch value {
        case .null: []
        case .string(let s): [(name, s)]
        case .bool(let b): [(name, b ? "true" : "false")]
        case .int(let i): [(name, String(i))]
        case .double(let d): [(name, d == d.rounded() && abs(d) < 1e15 ? String(Int(d)) : String(d))]
        case .array(let items): items.flatMap { pairs(name, $0) }
        case .object: [(name, jsonText(value))]
        }
    }

    static func jsonText(_ value: WireJSON) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return (try? encoder.encode(value)).map { String(decoding: $0, as: UTF8.self) } ?? "null"
    }

    /// The path and query of the inner request: `url` without scheme and host (a relative v2 URL such
    /// as `Workspaces/WS…` is put under `/{apiVersion}/`), with `params` added to the query of a GET
    /// or DELETE. The form body of a POST is ``formBody``.
    func innerTarget(apiVersion: String) -> String {
        var target = url
        if let scheme = target.range(of: "://") {
            let rest = target[scheme.upperBound...]
            target = rest.firstIndex(of: "/").map { String(rest[$0...]) } ?? "/"
        } else if !target.hasPrefix("/") {
            target = "/\(apiVersion)/\(target)"
        }
        if let hash = target.firstIndex(of: "#") { target = String(target[..<hash]) }
        guard method != "POST", !params.isEmpty else { return target }
        return target + (target.contains("?") ? "&" : "?") + FormParameters.encode(params)
    }

    /// The form-encoded body of a POST.
    var formBody: String { method == "POST" ? FormParameters.encode(params) : "" }
}
