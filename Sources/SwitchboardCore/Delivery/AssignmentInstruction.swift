/// What an application's answer to an assignment callback tells the engine to do (routing-semantics §4.7).
///
/// ```swift
/// AssignmentInstruction.parse(body: #"{"instruction":"accept"}"#, contentType: "application/json")
/// // .accept
/// AssignmentInstruction.parse(body: "", contentType: "text/plain")
/// // nil: no instruction, the reservation stays pending for a REST/SDK decision
/// ```
public enum AssignmentInstruction: Sendable, Equatable {
    /// Accept the reservation.
    case accept
    /// Reject it; move the worker to `activitySid` when given, else leave the activity unchanged.
    case reject(activitySid: String?)
    /// Accept (no telephony here); the post-work activity is recorded.
    case dequeue(postWorkActivitySid: String?)
    /// Accept (no telephony here).
    case conference
    /// Accept only when `accept` is true; otherwise the reservation stays pending.
    case call(accept: Bool)
    /// Accept only when `accept` is true; otherwise the reservation stays pending.
    case redirect(accept: Bool)
    /// An instruction this server does not know (or a JSON object without one): ignored, error 55555.
    case unknown(String)

    /// Reads the body of a 2xx answer.
    ///
    /// Returns nil — no instruction, the reservation stays pending — when the body is empty, when
    /// `contentType` is present but not JSON (`application/json` or a `+json` type), or when the body
    /// is not a JSON object. Without a content type the body itself decides. Instruction names are
    /// matched exactly (`accept`, not `Accept`); `accept` flags may be JSON `true` or the string `"true"`.
    public static func parse(body: String, contentType: String?) -> AssignmentInstruction? {
        let text = body.trimmingJSONWhitespace()
        guard !text.isEmpty else { return nil }
        if let contentType, !isJSON(contentType) { return nil }
        guard let document = try? JSONValue.parse(text), let object = document.objectValue else { return nil }
        guard let instruction = object["instruction"]?.stringValue else {
            return .unknown(object["instruction"].map(describe) ?? "")
        }
        switch instruction {
        case "accept": return .accept
        case "reject": return .reject(activitySid: nonEmptyString(object["activity_sid"]))
        case "dequeue": return .dequeue(postWorkActivitySid: nonEmptyString(object["post_work_activity_sid"]))
        case "conference": return .conference
        case "call": return .call(accept: isTrue(object["accept"]))
        case "redirect": return .redirect(accept: isTrue(object["accept"]))
        default: return .unknown(instruction)
        }
    }

    /// Whether this instruction accepts the reservation.
    public var accepts: Bool {
        switch self {
        case .accept, .dequeue, .conference: true
        case .call(let accept), .redirect(let accept): accept
        case .reject, .unknown: false
        }
    }

    /// `application/json`, `application/json; charset=utf-8`, `application/problem+json`, … (case-insensitive).
    static func isJSON(_ contentType: String) -> Bool {
        let mediaType = contentType.split(separator: ";", maxSplits: 1).first.map(String.init) ?? ""
        let type = mediaType.trimmingJSONWhitespace().lowercased()
        return type == "application/json" || (type.hasPrefix("application/") && type.hasSuffix("+json"))
    }

    static func nonEmptyString(_ value: JSONValue?) -> String? {
        guard let string = value?.stringValue, !string.isEmpty else { return nil }
        return string
    }

    static func isTrue(_ value: JSONValue?) -> Bool {
        switch value {
        case .bool(let flag): flag
        case .string(let text): text.lowercased() == "true"
        default: false
        }
    }

    static func describe(_ value: JSONValue) -> String {
        switch value {
        case .null: "null"
        case .bool(let flag): String(flag)
        case .number(let number): String(number)
        case .string(let text): text
        case .array: "array"
        case .object: "object"
        }
    }
}

extension StringProtocol {
    /// Drops leading and trailing JSON whitespace (space, tab, CR, LF) and a byte-order mark.
    fileprivate func trimmingJSONWhitespace() -> String {
        let blank: Set<Character> = [" ", "\t", "\r", "\n", "\r\n", "\u{FEFF}"]
        guard let first = firstIndex(where: { !blank.contains($0) }), let last = lastIndex(where: { !blank.contains($0) }) else {
            return ""
        }
        return String(self[first...last])
    }
}
