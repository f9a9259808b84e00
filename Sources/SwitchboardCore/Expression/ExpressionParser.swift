/// Recursive-descent parser for the grammar of spec §1.3; also parses bare paths for other mini-syntaxes.
struct ExpressionParser {
    /// The deepest parenthesis nesting accepted, to keep recursion bounded.
    static let maximumNesting = 64

    let source: String
    let context: ExpressionContextKind
    /// What the text is called in messages: `Invalid <subject> "…": …`.
    let subject: String
    private let tokens: [ExpressionToken]
    private var index = 0
    private var nesting = 0
    /// Whether the condition parsed last was a bare operand (then an operator is the likely missing piece).
    private var lastConditionWasBare = false

    init(source: String, context: ExpressionContextKind, subject: String = "expression") {
        self.source = source
        self.context = context
        self.subject = subject
        tokens = ExpressionLexer.tokens(of: source)
    }

    /// The token under the cursor.
    var current: ExpressionToken { tokens[index] }

    /// Moves past the current token (never past `.end`).
    mutating func advance() {
        if index < tokens.count - 1 { index += 1 }
    }

    /// Parses the whole text as one expression.
    mutating func parseExpression() throws(ExpressionError) -> Condition {
        let condition = try parseOr()
        guard case .end = current.kind else {
            throw unexpected(expected: lastConditionWasBare ? "an operator" : "AND, OR or end of expression")
        }
        return condition
    }

    /// Parses the whole text as a single path (no operators).
    mutating func parseStandalonePath() throws(ExpressionError) -> AttributePath {
        let path = try parsePath()
        guard case .end = current.kind else { throw unexpected(expected: "'.', '[' or end of path") }
        return path
    }

    private mutating func parseOr() throws(ExpressionError) -> Condition {
        var conditions = [try parseAnd()]
        while isConnective(.or) {
            advance()
            conditions.append(try parseAnd())
        }
        return conditions.count == 1 ? conditions[0] : .any(conditions)
    }

    private mutating func parseAnd() throws(ExpressionError) -> Condition {
        var conditions = [try parseCondition()]
        while isConnective(.and) {
            advance()
            conditions.append(try parseCondition())
        }
        return conditions.count == 1 ? conditions[0] : .all(conditions)
    }

    private func isConnective(_ keyword: Keyword) -> Bool {
        if current.keyword == keyword { return true }
        if case .symbol(let symbol) = current.kind {
            return (symbol == .and && keyword == .and) || (symbol == .or && keyword == .or)
        }
        return false
    }

    private mutating func parseCondition() throws(ExpressionError) -> Condition {
        if case .leftParenthesis = current.kind {
            guard nesting < Self.maximumNesting else {
                throw error("more than \(Self.maximumNesting) nested parentheses at position \(current.position)",
                            position: current.position)
            }
            nesting += 1
            advance()
            let inner = try parseOr()
            guard case .rightParenthesis = current.kind else {
                throw unexpected(expected: lastConditionWasBare ? "an operator or ')'" : "AND, OR or ')'")
            }
            advance()
            nesting -= 1
            lastConditionWasBare = false
            return inner
        }
        let left = try parseOperand(expected: "an operand or '('")
        if let comparison = try parseComparisonOperator() {
            let right = try parseOperand(expected: "an operand")
            lastConditionWasBare = false
            return .comparison(left, comparison, right)
        }
        lastConditionWasBare = true
        return .truth(left)
    }

    /// Consumes and returns a comparison operator, or returns nil (consuming nothing) if there is none.
    private mutating func parseComparisonOperator() throws(ExpressionError) -> ComparisonOperator? {
        let result: ComparisonOperator?
        switch (current.kind, current.keyword) {
        case (.symbol(.equal), _): result = .equal
        case (.symbol(.notEqual), _): result = .notEqual
        case (.symbol(.greater), _): result = .greater
        case (.symbol(.greaterOrEqual), _): result = .greaterOrEqual
        case (.symbol(.less), _): result = .less
        case (.symbol(.lessOrEqual), _): result = .lessOrEqual
        case (.symbol(.has), _), (_, .has?): result = .has
        case (.symbol(.in), _), (_, .in?): result = .in
        case (_, .contains?): result = .contains
        case (_, .not?):
            advance()
            guard current.keyword == .in else { throw unexpected(expected: "IN after NOT") }
            result = .notIn
        default: result = nil
        }
        if result != nil { advance() }
        return result
    }

    private mutating func parseOperand(expected: String) throws(ExpressionError) -> Operand {
        switch current.kind {
        case .leftBracket:
            return .literal(try parseArrayLiteral())
        case .word where current.keyword == nil:
            return .reference(reference(for: try parsePath()))
        default:
            guard let literal = literalValue() else { throw unexpected(expected: expected) }
            advance()
            return .literal(literal)
        }
    }

    /// The value of the current token if it is a scalar literal (string, number, true, false, null).
    private func literalValue() -> JSONValue? {
        switch (current.kind, current.keyword) {
        case (.string(let string), _): .string(string)
        case (.number(let number), _): .number(number)
        case (_, .true?): .bool(true)
        case (_, .false?): .bool(false)
        case (_, .null?): .null
        default: nil
        }
    }

    private mutating func parseArrayLiteral() throws(ExpressionError) -> JSONValue {
        advance()  // [
        var elements: [JSONValue] = []
        if case .rightBracket = current.kind {
            advance()
            return .array(elements)
        }
        while true {
            guard let element = literalValue() else {
                throw unexpected(expected: elements.isEmpty ? "a literal or ']'" : "a literal")
            }
            elements.append(element)
            advance()
            switch current.kind {
            case .comma: advance()
            case .rightBracket:
                advance()
                return .array(elements)
            default: throw unexpected(expected: "',' or ']'")
            }
        }
    }

    /// Parses `IDENT { "." NAME | "[" UINT "]" }` at the cursor.
    mutating func parsePath() throws(ExpressionError) -> AttributePath {
        guard case .word(let head) = current.kind, current.keyword == nil else { throw unexpected(expected: "a name") }
        var segments: [AttributePath.Segment] = [.member(head)]
        advance()
        while true {
            switch current.kind {
            case .dot:
                advance()
                guard case .word(let name) = current.kind else { throw unexpected(expected: "a name after '.'") }
                segments.append(.member(name))
                advance()
            case .leftBracket:
                advance()
                guard case .number = current.kind, current.text.unicodeScalars.allSatisfy({ $0 >= "0" && $0 <= "9" }) else {
                    throw unexpected(expected: "an array index")
                }
                segments.append(.index(Int(current.text) ?? Int.max))
                advance()
                guard case .rightBracket = current.kind else { throw unexpected(expected: "']'") }
                advance()
            default:
                return AttributePath(segments: segments)
            }
        }
    }

    /// An "unexpected token" error at the cursor (or the lexer's own problem for a malformed token).
    func unexpected(expected: String) -> ExpressionError {
        let token = current
        if case .invalid(let problem?) = token.kind { return error(problem, position: token.position) }
        return error("unexpected \(token.quoted(subject: subject)) at position \(token.position), expected \(expected)", position: token.position)
    }

    /// An error about this text with the given detail.
    func error(_ detail: String, position: Int?) -> ExpressionError {
        ExpressionError(message: "Invalid \(subject) \"\(source)\": \(detail)", position: position)
    }
}
