import SwitchboardCore
import Testing

/// Spec §1.3 and §1.8: syntax errors name the position and what was expected.
struct ParseErrorTests {
    @Test(arguments: [
        ("a - 1", "unexpected '-' at position 2, expected an operator", 2),
        ("a == 1 -", "unexpected '-' at position 7, expected AND, OR or end of expression", 7),
        ("*", "unexpected '*' at position 0, expected an operand or '('", 0),
        ("!vip", "unexpected '!' at position 0, expected an operand or '('", 0),
        ("a & b", "unexpected '&' at position 2, expected an operator", 2),
        ("a | b", "unexpected '|' at position 2, expected an operator", 2),
        ("a == 1 AND", "unexpected end of expression at position 10, expected an operand or '('", 10),
        ("a == 1 OR OR b", "unexpected 'OR' at position 10, expected an operand or '('", 10),
        ("(a == 1", "unexpected end of expression at position 7, expected AND, OR or ')'", 7),
        ("(a", "unexpected end of expression at position 2, expected an operator or ')'", 2),
        ("a == 1)", "unexpected ')' at position 6, expected AND, OR or end of expression", 6),
        ("()", "unexpected ')' at position 1, expected an operand or '('", 1),
        ("(a) == 1", "unexpected '==' at position 4, expected AND, OR or end of expression", 4),
        ("a NOT HAS b", "unexpected 'HAS' at position 6, expected IN after NOT", 6),
        ("a NOT", "unexpected end of expression at position 5, expected IN after NOT", 5),
        ("in == 1", "unexpected 'in' at position 0, expected an operand or '('", 0),
        ("a == AND", "unexpected 'AND' at position 5, expected an operand", 5),
        ("a.", "unexpected end of expression at position 2, expected a name after '.'", 2),
        ("a.'b' == 1", "unexpected string 'b' at position 2, expected a name after '.'", 2),
        ("a.5 == 1", "unexpected '.5' at position 1, expected an operator", 1),
        ("a[-1] == 1", "unexpected '-1' at position 2, expected an array index", 2),
        ("a[1.5] == 1", "unexpected '1.5' at position 2, expected an array index", 2),
        ("a[b] == 1", "unexpected 'b' at position 2, expected an array index", 2),
        ("a[1 == 1", "unexpected '==' at position 4, expected ']'", 4),
        ("a IN [b]", "unexpected 'b' at position 6, expected a literal or ']'", 6),
        ("a IN [1,]", "unexpected ']' at position 8, expected a literal", 8),
        ("a IN [1 2]", "unexpected '2' at position 8, expected ',' or ']'", 8),
        ("a IN [[1]]", "unexpected '[' at position 6, expected a literal or ']'", 6),
        ("a == 'abc", "unterminated string starting at position 5", 5),
        (#"a == "abc\""#, "unterminated string starting at position 5", 5),
        (#"a == 'x\q'"#, #"invalid escape sequence '\q' at position 7"#, 7),
        ("1 == 1 1", "unexpected '1' at position 7, expected AND, OR or end of expression", 7),
        ("a == b c", "unexpected 'c' at position 7, expected AND, OR or end of expression", 7),
        ("a b", "unexpected 'b' at position 2, expected an operator", 2),
        ("a === b", "unexpected '=' at position 4, expected an operand", 4),
        ("a => b", "unexpected '>' at position 3, expected an operand", 3),
        ("a == 1 ; b", "unexpected ';' at position 7, expected AND, OR or end of expression", 7),
        ("'h\u{E9}llo' == x -", "unexpected '-' at position 13, expected AND, OR or end of expression", 13),  // positions count characters
        ("h\u{E9}llo == 1", "unexpected '\u{E9}' at position 1, expected an operator", 1),  // identifiers are ASCII
        ("ä == 1", "unexpected 'ä' at position 0, expected an operand or '('", 0),
    ])
    func reportsPositionAndExpectation(_ text: String, _ detail: String, _ position: Int) {
        #expect(throws: ExpressionError(message: "Invalid expression \"\(text)\": \(detail)", position: position)) {
            try Expression.parse(text, context: .workflowFilter)
        }
    }

    @Test func limitsParenthesisNesting() throws {
        let deep = String(repeating: "(", count: 64) + "a" + String(repeating: ")", count: 64)
        _ = try Expression.parse(deep, context: .workflowFilter)
        let tooDeep = "(" + deep + ")"
        #expect(throws: ExpressionError(
            message: "Invalid expression \"\(tooDeep)\": more than 64 nested parentheses at position 64", position: 64)) {
            try Expression.parse(tooDeep, context: .workflowFilter)
        }
    }

    @Test func longChainsDoNotRecurseDeeply() throws {
        let text = (0..<5_000).map { "a == \($0)" }.joined(separator: " OR ")
        let expression = try Expression.parse(text, context: .workflowFilter)
        #expect(expression.evaluate(.task(attributes: ["a": 4_999], now: ExpressionFixtures.monday0905)))
    }

    @Test func errorDescriptionIsTheMessage() {
        do {
            _ = try Expression.parse("skill-level > 3", context: .targetWorkers)
            Issue.record("expected a syntax error")
        } catch {
            #expect("\(error)" == #"Invalid expression "skill-level > 3": unexpected '-' at position 5, expected an operator"#)
        }
    }
}
