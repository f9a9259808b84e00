import SwitchboardCore
import Testing

/// The operator table of spec §1.5, evaluated against a small task document (context C2).
struct OperatorSemanticsTests {
    static let document: JSONValue = [
        "tags": ["vip", "renewal"], "numbers": [1, 2], "withNull": [nil, "x"], "obj": ["a": 1],
        "n": 5, "neg": -5, "s": "abc", "num": "42", "ten": "10", "nine": "9", "flag": true, "empty": "",
    ]

    static func check(_ text: String) throws -> Bool {
        try Expression.parse(text, context: .workflowFilter).evaluate(.task(attributes: document, now: ExpressionFixtures.monday0905))
    }

    @Test(arguments: [
        // == : null on either side is a presence test, whatever the other side's type
        ("missing == null", true), ("null == missing", true), ("tags == null", false), ("obj == null", false),
        ("n == null", false),
        // == : arrays/objects give false, even compared with themselves
        ("tags == tags", false), ("obj == obj", false), ("tags == 'vip'", false), ("[1] == [1]", false),
        // == : scalars follow eq
        ("n == 5", true), ("n = 5.0", true), ("num == 42", true), ("s == 'abc'", true), ("flag == true", true),
        ("n == '5'", true), ("flag == 'true'", false),
    ])
    func equalityOperator(_ text: String, _ expected: Bool) throws {
        #expect(try Self.check(text) == expected)
    }

    @Test(arguments: [
        // != : null presence test
        ("missing != null", false), ("tags != null", true), ("obj != null", true), ("n != null", true),
        ("missing != 'x'", true), ("'x' != missing", true), ("null != null", false),
        // != : arrays/objects give false
        ("tags != 'vip'", false), ("tags != 'nope'", false), ("tags != tags", false), ("obj != 1", false),
        // != : scalars
        ("n != 6", true), ("n != 5", false), ("s != 'abd'", true), ("num != 42", false), ("flag != false", true),
        ("n != 'abc'", true),
    ])
    func inequalityOperator(_ text: String, _ expected: Bool) throws {
        #expect(try Self.check(text) == expected)
    }

    @Test(arguments: [
        // numbers, and numbers after rule K
        ("n > 4", true), ("n > 5", false), ("n >= 5", true), ("n < 6", true), ("n <= 4", false), ("neg < -1", true),
        ("num > 40", true), ("40 < num", true), ("num >= 42", true), ("num <= 41.5", false),
        // two numeric-like strings compare as numbers
        ("ten > nine", true), ("'10' > '9'", true), ("'08' == 8", true), ("'-2' < '-1.5'", true),
        // two other strings compare by code point
        ("'b' > 'a'", true), ("'B' < 'a'", true), ("s < 'abd'", true), ("s >= 'abc'", true), ("'abc' < 'abcd'", true),
        ("'10' > 'a'", false), ("'a' > '10'", true),
        // anything else is false
        ("missing > 0", false), ("missing < 0", false), ("null <= null", false), ("flag > false", false),
        ("flag >= true", false), ("tags > 0", false), ("obj < 1", false), ("n > 'abc'", false), ("'abc' > n", false),
        ("n < 'abc'", false),
    ])
    func orderingOperators(_ text: String, _ expected: Bool) throws {
        #expect(try Self.check(text) == expected)
    }

    @Test(arguments: [
        ("s CONTAINS 'b'", true), ("s CONTAINS 'abc'", true), ("s CONTAINS 'B'", false), ("s contains 'abcd'", false),
        ("s CONTAINS ''", true), ("empty CONTAINS ''", true), ("empty CONTAINS 'a'", false),
        ("tags CONTAINS 'vip'", false), ("n CONTAINS 5", false), ("num CONTAINS 4", false), ("missing CONTAINS 'a'", false),
        ("s CONTAINS missing", false), ("'naïve café' CONTAINS 'café'", true),
    ])
    func containsOperator(_ text: String, _ expected: Bool) throws {
        #expect(try Self.check(text) == expected)
    }

    @Test(arguments: [
        ("tags HAS 'vip'", true), ("tags >- 'renewal'", true), ("tags HAS 'VIP'", false), ("numbers HAS '2'", true),
        ("numbers HAS 2.0", true), ("withNull HAS null", true), ("withNull HAS missing", true), ("tags HAS null", false),
        // left side not an array → false, never an error
        ("s HAS 'a'", false), ("n HAS 5", false), ("missing HAS 'x'", false), ("obj HAS 'a'", false),
        // right side an array → false
        ("tags HAS ['vip']", false), ("tags HAS tags", false), ("[1, 2] has 1", true),
    ])
    func hasOperator(_ text: String, _ expected: Bool) throws {
        #expect(try Self.check(text) == expected)
    }

    @Test(arguments: [
        ("'vip' IN tags", true), ("s <- ['abc', 'x']", true), ("n IN [1, 5]", true), ("num IN [42]", true),
        ("flag IN [true]", true), ("'VIP' IN tags", false), ("s in []", false),
        // left null, left array, right not an array → false
        ("missing IN [null]", false), ("null IN withNull", false), ("tags IN ['vip']", false), ("obj IN [1]", false),
        ("s IN 'abc'", false), ("s IN missing", false),
    ])
    func inOperator(_ text: String, _ expected: Bool) throws {
        #expect(try Self.check(text) == expected)
    }

    @Test(arguments: [
        ("'x' NOT IN tags", true), ("'vip' NOT IN tags", false), ("n not in [1, 2]", true), ("num NOT IN [42]", false),
        ("s NOT IN []", true),
        // right side not an array (missing, null, scalar) → false; left null or array → false
        ("s NOT IN missing", false), ("s NOT IN null", false), ("s NOT IN 'abc'", false), ("missing NOT IN tags", false),
        ("tags NOT IN ['x']", false), ("obj NOT IN [1]", false),
    ])
    func notInOperator(_ text: String, _ expected: Bool) throws {
        #expect(try Self.check(text) == expected)
    }

    @Test(arguments: [
        ("flag AND n == 5", true), ("flag && n == 4", false), ("n == 4 OR flag", true), ("n == 4 || s == 'x'", false),
        ("n == 4 or n == 5 and flag", true), ("n == 5 OR n == 4 AND missing", true), ("(n == 5 OR n == 4) AND missing", false),
        ("n == 4 AND flag OR s == 'abc'", true), ("flag and flag and flag", true), ("(((flag)))", true),
    ])
    func logicalOperators(_ text: String, _ expected: Bool) throws {
        #expect(try Self.check(text) == expected)
    }

    @Test(arguments: [
        ("flag", true), ("true", true), ("TRUE", true), ("false", false), ("n", false), ("'true'", false), ("1", false),
        ("tags", false), ("[true]", false), ("missing", false), ("null", false), ("obj", false),
    ])
    func bareOperandTruthTest(_ text: String, _ expected: Bool) throws {
        #expect(try Self.check(text) == expected)
    }
}
