import Foundation

/// A thread-safe memo of parsed expressions keyed by (text, context), so each text is compiled once.
///
/// Failures are remembered too. When `capacity` entries are held, the cache is emptied before the next
/// insertion (expressions are few in practice; this only bounds memory against many distinct list filters).
/// ```swift
/// let cache = ExpressionCache()
/// let expression = try cache.expression("1==1", context: .targetWorkers)
/// ```
public final class ExpressionCache: @unchecked Sendable {
    private struct Key: Hashable {
        let source: String
        let context: ExpressionContextKind
    }

    /// The most entries held at once.
    public let capacity: Int
    private let lock = NSLock()
    private var entries: [Key: Result<Expression, ExpressionError>] = [:]

    /// Creates an empty cache holding at most `capacity` entries.
    public init(capacity: Int = 10_000) {
        self.capacity = max(1, capacity)
    }

    /// The parsed expression for `text` in `context`, parsing it on first use.
    public func expression(_ text: String, context: ExpressionContextKind) throws(ExpressionError) -> Expression {
        let key = Key(source: text, context: context)
        if let cached = lock.withLock({ entries[key] }) {
            return try cached.get()
        }
        let result: Result<Expression, ExpressionError>
        do {
            result = .success(try Expression.parse(text, context: context))
        } catch {
            result = .failure(error)
        }
        lock.withLock {
            if entries.count >= capacity { entries.removeAll(keepingCapacity: true) }
            entries[key] = result
        }
        return try result.get()
    }

    /// The number of entries currently held.
    public var count: Int {
        lock.withLock { entries.count }
    }
}
