/// A target's known-worker constraint: `known_worker_sid` or `known_worker_friendly_name` (spec §2.5).
///
/// ```swift
/// let known = try KnownWorker.parse("task.last_agent_sid", kind: .sid)
/// known.value(in: taskAttributes)  // .string("WK…") or .null
/// ```
public struct KnownWorker: Sendable, Hashable {
    /// Which worker property the resolved value is compared with.
    public enum Kind: Sendable, Hashable {
        /// `known_worker_sid`: compared with the worker SID.
        case sid
        /// `known_worker_friendly_name`: compared with the friendly name, case-insensitively.
        case friendlyName
    }

    /// SID or friendly name.
    public let kind: Kind
    /// The value as written, e.g. `task.agent_sid`.
    public let source: String
    /// The path into the task attributes (after `task.`).
    public let path: AttributePath

    /// Parses a value that must read `task.<path>`.
    public static func parse(_ text: String, kind: Kind) throws(ExpressionError) -> KnownWorker {
        guard text.hasPrefix("task.") else {
            throw ExpressionError(message: "Invalid known worker path \"\(text)\": must start with 'task.'", position: 0)
        }
        var parser = ExpressionParser(source: text, context: .workflowFilter, subject: "known worker path")
        let full = try parser.parseStandalonePath()
        return KnownWorker(kind: kind, source: text, path: full.tail)
    }

    /// The value the path resolves to in `taskAttributes` (null when missing).
    public func value(in taskAttributes: JSONValue) -> JSONValue {
        path.resolve(in: taskAttributes)
    }
}
