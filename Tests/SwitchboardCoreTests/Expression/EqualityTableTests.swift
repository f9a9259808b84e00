@testable import SwitchboardCore
import Testing

/// Each row of the `eq(a, b)` table of spec §1.5, in both argument orders where the row is symmetric.
struct EqualityTableTests {
    @Test(arguments: [
        // both null
        (JSONValue.null, JSONValue.null, true),
        // exactly one null
        (.null, .number(0), false), (.string(""), .null, false), (.null, .bool(false), false), (.array([]), .null, false),
        // number, number
        (.number(3), .number(3.0), true), (.number(3), .number(3.5), false),
        // number, numeric-like string (rule K), either order
        (.number(42), .string("42"), true), (.string("08"), .number(8), true), (.string("-1.5"), .number(-1.5), true),
        (.number(0.5), .string(".5"), true), (.number(5), .string("+5"), true), (.number(42), .string("42 "), false),
        (.number(42), .string("4e1"), false), (.number(1), .string("1."), false), (.number(0), .string(""), false),
        // string, string: exact and case-sensitive (no numeric coercion between two strings)
        (.string("support"), .string("support"), true), (.string("support"), .string("Support"), false),
        (.string("1"), .string("1.0"), false), (.string("\u{E9}"), .string("e\u{301}"), false),
        // boolean, boolean
        (.bool(true), .bool(true), true), (.bool(true), .bool(false), false),
        // arrays or objects involved
        (.array(["a"]), .array(["a"]), false), (.object(["a": 1]), .object(["a": 1]), false), (.array([1]), .number(1), false),
        // other mixes: no boolean coercion
        (.number(1), .bool(true), false), (.string("true"), .bool(true), false), (.number(0), .bool(false), false),
    ] as [(JSONValue, JSONValue, Bool)])
    func equalityRow(_ a: JSONValue, _ b: JSONValue, _ expected: Bool) {
        #expect(ValueComparison.equal(a, b) == expected)
        #expect(ValueComparison.equal(b, a) == expected)
    }
}
