import Foundation
import SwitchboardCore
import Testing

struct JSONValueParsingTests {
    @Test(arguments: [
        ("null", JSONValue.null), ("true", .bool(true)), ("false", .bool(false)), ("0", .number(0)), ("-0.5", .number(-0.5)),
        ("1e3", .number(1000)), ("2.5E-1", .number(0.25)), ("\"x\"", .string("x")), ("[]", .array([])), ("{}", .object([:])),
        (" \n\t[1, true, null, \"a\"]\r\n", .array([1, true, nil, "a"])),
        (#"{"a": {"b": [1, {"c": false}]}, "d": "e"}"#, ["a": ["b": [1, ["c": false]]], "d": "e"] as JSONValue),
        (#"{"a": 1, "a": 2}"#, ["a": 2] as JSONValue),
    ] as [(String, JSONValue)])
    func parsesValues(_ text: String, _ expected: JSONValue) throws {
        #expect(try JSONValue.parse(text) == expected)
    }

    @Test func booleansAreNeverNumbers() throws {
        let value = try JSONValue.parse(#"{"yes": true, "one": 1, "zero": 0, "no": false}"#)
        #expect(value["yes"] == .bool(true))
        #expect(value["one"] == .number(1))
        #expect(value["zero"] == .number(0))
        #expect(value["no"] == .bool(false))
        let decoded = try JSONDecoder().decode(JSONValue.self, from: Data(#"[true, 1, 0, false, 1.5, "s", null, {}]"#.utf8))
        #expect(decoded == [true, 1, 0, false, 1.5, "s", nil, [:]])
    }

    @Test func decodesEscapes() throws {
        let value = try JSONValue.parse(#""a\"b\\c\/d\b\f\n\r\t\u00e9\ud83d\ude00""#)
        #expect(value == .string("a\"b\\c/d\u{08}\u{0C}\n\r\t\u{E9}\u{1F600}"))
        #expect(try JSONValue.parse("\"caf\u{E9} \u{1F600}\"") == .string("caf\u{E9} \u{1F600}"))
    }

    @Test(arguments: [
        ("", "Unexpected end of input at offset 0, expected a JSON value"),
        ("   ", "Unexpected end of input at offset 3, expected a JSON value"),
        (#"{"a": 1,}"#, "Unexpected character '}' at offset 8, expected a member name in double quotes"),
        (#"{"a" 1}"#, "Unexpected character '1' at offset 5, expected ':'"),
        (#"{"a": 1"#, "Unexpected end of input at offset 7, expected ',' or '}'"),
        ("[1 2]", "Unexpected character '2' at offset 3, expected ',' or ']'"),
        ("[1,]", "Unexpected character ']' at offset 3, expected a JSON value"),
        ("tru", "Unexpected end of input at offset 3, expected 'true'"),
        ("nul1", "Unexpected character '1' at offset 3, expected 'null' (started at offset 0)"),
        ("01", "Unexpected character '1' at offset 1, expected end of input"),
        ("1.", "Unexpected end of input at offset 2, expected a digit after '.'"),
        ("-", "Unexpected end of input at offset 1, expected a digit"),
        ("1e", "Unexpected end of input at offset 2, expected an exponent digit"),
        ("1e999", "Number '1e999' at offset 0 is out of range"),
        ("+1", "Unexpected character '+' at offset 0, expected a JSON value"),
        ("'a'", "Unexpected character ''' at offset 0, expected a JSON value"),
        (#""abc"#, "Unterminated string starting at offset 0"),
        (#""a\x""#, #"Invalid escape sequence '\x' at offset 2"#),
        (#""\u12G4""#, "Unexpected character 'G' at offset 5, expected a hex digit"),
        (#""\ud83d""#, "Invalid unicode escape (unpaired surrogate) at offset 1"),
        (#""\ude00""#, "Invalid unicode escape (unpaired surrogate) at offset 1"),
        ("\"a\nb\"", "Unescaped control character U+000A in string at offset 2"),
        ("{} {}", "Unexpected character '{' at offset 3, expected end of input"),
        ("[\u{E9}]", "Unexpected character '\u{E9}' at offset 1, expected a JSON value"),
    ])
    func reportsErrorsWithOffsets(_ text: String, _ message: String) {
        #expect(throws: JSONParseError(message: message, offset: JSONParseErrorOffset.of(message))) {
            try JSONValue.parse(text)
        }
    }

    @Test func limitsNesting() throws {
        let ok = String(repeating: "[", count: 512) + String(repeating: "]", count: 512)
        _ = try JSONValue.parse(ok)
        let deep = String(repeating: "[", count: 513) + String(repeating: "]", count: 513)
        #expect(throws: JSONParseError(message: "Nesting deeper than 512 levels at offset 512", offset: 512)) {
            try JSONValue.parse(deep)
        }
    }

    @Test func accessors() throws {
        let value: JSONValue = ["a": [1, 2.5, "s", true, nil], "o": ["k": "v"]]
        #expect(value.objectValue?.count == 2)
        #expect(value["a"]?[0]?.integerValue == 1)
        #expect(value["a"]?[1]?.integerValue == nil)
        #expect(value["a"]?[1]?.numberValue == 2.5)
        #expect(value["a"]?[2]?.stringValue == "s")
        #expect(value["a"]?[3]?.boolValue == true)
        #expect(value["a"]?[4]?.isNull == true)
        #expect(value["a"]?[5] == nil)
        #expect(value["a"]?.arrayValue?.count == 5)
        #expect(value["missing"] == nil)
        #expect(value[0] == nil)
        #expect(JSONValue.string("x")["k"] == nil)
    }

    @Test func serializesCompactlyWithSortedKeys() throws {
        let value: JSONValue = ["b": [1, 2.5, -3, true, nil], "a": "q\"\\\n\u{01}é", "c": [:]]
        #expect(value.jsonText == #"{"a":"q\"\\\n\u0001é","b":[1,2.5,-3,true,null],"c":{}}"#)
        #expect(try JSONValue.parse(value.jsonText) == value)
        #expect(JSONValue.number(1e300).jsonText == "1e+300")
    }

    @Test func codableRoundTrip() throws {
        let value: JSONValue = ["list": [1, "two", false, nil, ["x": 0.5]]]
        let data = try JSONEncoder().encode(value)
        #expect(try JSONDecoder().decode(JSONValue.self, from: data) == value)
    }
}

/// Extracts the offset a test message names ("… at offset N …").
enum JSONParseErrorOffset {
    static func of(_ message: String) -> Int {
        guard let range = message.range(of: "at offset ") else { return -1 }
        return Int(message[range.upperBound...].prefix { $0.isNumber }) ?? -1
    }
}
