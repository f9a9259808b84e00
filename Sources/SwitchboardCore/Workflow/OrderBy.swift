import Foundation

/// A target's `order_by`: clauses that rank eligible workers (spec §2.4).
///
/// ```swift
/// let orderBy = try OrderBy.parse("worker.finance ASC, worker.support DESC")
/// orderBy.clauses[1]  // OrderBy.Clause(path: support, direction: .descending)
/// ```
public struct OrderBy: Sendable, Hashable, CustomStringConvertible {
    /// Sort direction of one clause.
    public enum Direction: Sendable, Hashable {
        case ascending, descending
    }

    /// One `worker.<path> ASC|DESC` clause.
    public struct Clause: Sendable, Hashable {
        /// The path into the worker, without the `worker.` prefix.
        public let path: AttributePath
        /// ASC or DESC.
        public let direction: Direction

        /// Creates a clause.
        public init(path: AttributePath, direction: Direction) {
            self.path = path
            self.direction = direction
        }

        /// The clause's value for one worker (attributes first, then worker fields as in expressions).
        public func value(workerAttributes: JSONValue, fields: WorkerFields? = nil) -> JSONValue {
            let reference = Reference.worker(path, stripPrefixUnlessPresent: false)
            let scope = ExpressionScope(workerAttributes: workerAttributes, workerFields: fields, now: .init(timeIntervalSince1970: 0))
            return ExpressionEvaluator(scope: scope).resolve(reference)
        }
    }

    /// The text as given.
    public let source: String
    /// The clauses, most significant first.
    public let clauses: [Clause]

    /// Parses `clause { "," clause }` with `clause = worker.<path> (ASC | DESC)` (keywords case-insensitive).
    public static func parse(_ text: String) throws(ExpressionError) -> OrderBy {
        var parser = ExpressionParser(source: text, context: .workflowTarget, subject: "order_by")
        var clauses: [Clause] = []
        while true {
            guard parser.current.text == "worker" else { throw parser.unexpected(expected: "a path starting with 'worker.'") }
            let full = try parser.parsePath()
            guard full.segments.count > 1 else { throw parser.unexpected(expected: "'.' and a name after 'worker'") }
            let direction: Direction
            switch parser.current.text.uppercased() {
            case "ASC": direction = .ascending
            case "DESC": direction = .descending
            default: throw parser.unexpected(expected: "ASC or DESC")
            }
            parser.advance()
            clauses.append(Clause(path: full.tail, direction: direction))
            switch parser.current.kind {
            case .comma: parser.advance()
            case .end: return OrderBy(source: text, clauses: clauses)
            default: throw parser.unexpected(expected: "',' or end of order_by")
            }
        }
    }

    public var description: String { source }
}
