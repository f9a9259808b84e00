import SwitchboardCore
import Testing

/// Spec §1.2: tokens, longest match, hyphens, literals, keywords and aliases.
struct LexicalTests {
    static let document: JSONValue = [
        "a": -5, "b": 5, "name": "it's", "quoted": "say \"hi\"", "path": "a\\b", "multi": "x\ny\tz",
        "$channel": 1, "x": ["in": 1, "AND": 2, "null": 3, "$b": 4], "tags": ["one", "two"],
    ]

    static func check(_ text: String) throws -> Bool {
        try Expression.parse(text, context: .workflowFilter).evaluate(.task(attributes: document, now: ExpressionFixtures.monday0905))
    }

    @Test(arguments: [
        // longest match: `<-` is IN and `>-` is HAS, whatever the spacing suggests
        ("a<-1", false), ("a < -1", true), ("b>-1", false), ("b > -1", true), ("a<-[-5]", true), ("tags>-'one'", true),
        ("a<=-5", true), ("b>=-1", true), ("a==-5", true),
        // numbers
        ("0800 == 800", true), (".1 == 0.1", true), ("1.00 == 1", true), ("3.141529 > 3.14", true), ("-.5 < 0", true),
        ("b == 5.0", true), ("9007199254740993 > 9007199254740991", true),
        // strings and escapes
        (#"name == 'it\'s'"#, true), (#"name == "it's""#, true), (#"quoted == "say \"hi\"""#, true),
        (#"quoted == 'say "hi"'"#, true), (#"path == 'a\\b'"#, true), (#"multi == 'x\ny\tz'"#, true),
        // identifiers with `$`, keywords and literals as names after a dot
        ("$channel == 1", true), ("x.$b == 4", true), ("x.in == 1", true), ("x.AND == 2", true), ("x.null == 3", true),
        // keywords and aliases in any case
        ("b == 5 and a == -5", true), ("b == 5 AnD a == -5", true), ("b == 6 Or a == -5", true), ("b == 5 && a == -5", true),
        ("b == 6 || a == -5", true), ("tags has 'two'", true), ("'two' In tags", true), ("'three' nOt\n\t iN tags", true),
        ("name contains 't'", true), ("True", true), ("FALSE == false", true), ("missing == NULL", true),
        // whitespace of every kind separates tokens
        ("\tb\r\n==\n5 ", true), ("tags [ 1 ] == 'two'", true),
    ])
    func lexesAndEvaluates(_ text: String, _ expected: Bool) throws {
        #expect(try Self.check(text) == expected)
    }

    @Test func keywordsAreCaseInsensitiveButNamesAreNot() throws {
        let doc: JSONValue = ["Type": "a", "type": "b"]
        let scope = ExpressionScope.task(attributes: doc, now: ExpressionFixtures.monday0905)
        #expect(try Expression.parse("Type == 'a' AND type == 'b'", context: .workflowFilter).evaluate(scope))
    }
}
