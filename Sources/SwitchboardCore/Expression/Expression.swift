/// A compiled expression of the TaskRouter expression language, bound to the context it was parsed for.
///
/// Parse once (at store or submit time), evaluate many times; evaluation never fails.
/// ```swift
/// let expression = try Expression.parse("skills HAS 'support' AND level > 2", context: .targetWorkers)
/// expression.evaluate(.worker(attributes: attributes, fields: fields, now: now))  // true / false
/// ```
public struct Expression: Sendable, Hashable, CustomStringConvertible {
    /// The text as given.
    public let source: String
    /// The context the names were resolved for.
    public let context: ExpressionContextKind
    /// True when the text was empty or blank (see `parse` for what that means per context).
    public let isEmpty: Bool
    let condition: Condition

    /// Parses `text` for `context`; throws a message naming the offending position and what was expected.
    ///
    /// Empty or whitespace-only text follows spec §1.7: it throws for `.workflowFilter`; for `.targetWorkers`
    /// and `.evaluateWorkerAttributes` it matches nothing; for `.skipIf` it is false (never skip); for
    /// `.workflowTarget`, `.taskFilter` and `.workerFilter` it is true (no constraint / parameter ignored).
    public static func parse(_ text: String, context: ExpressionContextKind) throws(ExpressionError) -> Expression {
        if text.unicodeScalars.allSatisfy({ $0 == " " || $0 == "\t" || $0 == "\r" || $0 == "\n" }) {
            return try emptyExpression(text, context: context)
        }
        var parser = ExpressionParser(source: text, context: context)
        let condition = try parser.parseExpression()
        return Expression(source: text, context: context, isEmpty: false, condition: condition)
    }

    /// Whether the expression holds in `scope` (type mismatches are simply false).
    public func evaluate(_ scope: ExpressionScope) -> Bool {
        ExpressionEvaluator(scope: scope).evaluate(condition)
    }

    public var description: String { source }

    /// Whether the answer can change with the time of day alone (the expression names `taskrouter.…`).
    public var readsTimeOfDay: Bool { condition.readsTimeOfDay }

    private static func emptyExpression(_ text: String, context: ExpressionContextKind) throws(ExpressionError) -> Expression {
        let answer: Bool
        switch context {
        case .workflowFilter:
            throw ExpressionError(message: "Invalid expression \"\(text)\": expression is empty", position: nil)
        case .targetWorkers, .evaluateWorkerAttributes, .skipIf:
            answer = false
        case .workflowTarget, .taskFilter, .workerFilter:
            answer = true
        }
        return Expression(source: text, context: context, isEmpty: true, condition: .constant(answer))
    }
}
