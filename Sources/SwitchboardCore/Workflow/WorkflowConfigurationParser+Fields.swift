/// Field readers of the configuration parser: each records a problem and returns nil when a value is unusable.
extension WorkflowConfigurationParser {
    /// `queue` (or its alias `task_queue_sid`) of a target; nil when absent or unusable (a problem is recorded if unusable).
    mutating func queue(_ fields: [String: JSONValue], at path: String) -> (sid: String, exists: Bool)? {
        var given: [(key: String, sid: String)] = []
        var unusable = false
        for key in ["queue", "task_queue_sid"] {
            guard let value = Self.present(fields[key]) else { continue }
            guard case .string(let sid) = value else {
                problems.append("\(path).\(key) must be a string (a TaskQueue SID), got \(Self.describe(value))")
                unusable = true
                continue
            }
            given.append((key, sid))
        }
        guard !unusable, let first = given.first else { return unusable ? ("", false) : nil }
        if given.count == 2, given[0].sid != given[1].sid {
            problems.append("\(path): queue \"\(given[0].sid)\" and task_queue_sid \"\(given[1].sid)\" disagree")
        }
        let exists = queueExists(first.sid)
        if !exists {
            problems.append("\(path).\(first.key): TaskQueue \"\(first.sid)\" does not exist in this workspace")
        }
        return (first.sid, exists)
    }

    /// An optional integer given as a JSON number or an integer string, at least `minimum` and at most 2147483647.
    mutating func integer(_ fields: [String: JSONValue], _ key: String, at path: String, minimum: Int,
                          requirement: String) -> Int? {
        guard let value = Self.present(fields[key]) else { return nil }
        let number: Int?
        switch value {
        case .number(let double) where double.rounded(.towardZero) == double && abs(double) < 1e15:
            number = Int(double)
        case .string(let text) where !text.isEmpty && text.utf8.dropFirst(text.hasPrefix("-") || text.hasPrefix("+") ? 1 : 0)
            .allSatisfy({ $0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "9") }):
            number = Int(text)
        default:
            number = nil
        }
        guard let number, number >= minimum, number <= 2_147_483_647 else {
            problems.append("\(path).\(key) must be \(requirement) (or such an integer as a string), got \(Self.describe(value))")
            return nil
        }
        return number
    }

    /// An optional string member; records a problem when present with another type.
    mutating func string(_ fields: [String: JSONValue], _ key: String, at path: String) -> String? {
        guard let value = Self.present(fields[key]) else { return nil }
        guard case .string(let text) = value else {
            problems.append("\(path).\(key) must be a string, got \(Self.describe(value))")
            return nil
        }
        return text
    }

    mutating func parseExpression(_ text: String, context: ExpressionContextKind, at path: String) -> Expression? {
        do {
            return try Expression.parse(text, context: context)
        } catch {
            problems.append("\(path): \(error.message)")
            return nil
        }
    }

    /// `order_by`; an empty or blank text means no ordering.
    mutating func parseOrderBy(_ fields: [String: JSONValue], at path: String) -> OrderBy? {
        guard let text = string(fields, "order_by", at: path),
              !text.allSatisfy({ $0 == " " || $0 == "\t" || $0 == "\r" || $0 == "\n" }) else { return nil }
        do {
            return try OrderBy.parse(text)
        } catch {
            problems.append("\(path).order_by: \(error.message)")
            return nil
        }
    }

    /// `known_worker_sid` / `known_worker_friendly_name` (at most one of them).
    mutating func parseKnownWorker(_ fields: [String: JSONValue], at path: String) -> KnownWorker? {
        let candidates: [(key: String, kind: KnownWorker.Kind)] = [("known_worker_sid", .sid), ("known_worker_friendly_name", .friendlyName)]
        var parsed: [KnownWorker] = []
        for candidate in candidates {
            guard let text = string(fields, candidate.key, at: path) else { continue }
            do {
                parsed.append(try KnownWorker.parse(text, kind: candidate.kind))
            } catch {
                problems.append("\(path).\(candidate.key): \(error.message)")
            }
        }
        if Self.present(fields["known_worker_sid"]) != nil, Self.present(fields["known_worker_friendly_name"]) != nil {
            problems.append("\(path): known_worker_sid and known_worker_friendly_name cannot both be set")
        }
        return parsed.count == 1 ? parsed[0] : nil
    }

    /// The value unless it is absent or JSON null (optional keys treat null as absent).
    static func present(_ value: JSONValue?) -> JSONValue? {
        guard let value, !value.isNull else { return nil }
        return value
    }

    /// A short rendering of a value for messages.
    static func describe(_ value: JSONValue) -> String {
        let text = value.jsonText
        return text.count > 60 ? String(text.prefix(57)) + "..." : text
    }
}
