/// A strict RFC 8259 parser over UTF-8 bytes with byte-offset error messages.
struct JSONParser {
    /// The deepest array/object nesting accepted, to keep recursion bounded.
    static let maximumDepth = 512

    private let bytes: [UInt8]
    private var offset = 0
    private var depth = 0

    init(bytes: [UInt8]) {
        self.bytes = bytes
    }

    /// Parses one value that must span the whole input (surrounding whitespace allowed).
    mutating func parseDocument() throws(JSONParseError) -> JSONValue {
        skipWhitespace()
        if offset == bytes.count {
            throw JSONParseError(message: "Unexpected end of input at offset \(offset), expected a JSON value", offset: offset)
        }
        let value = try parseValue()
        skipWhitespace()
        if offset < bytes.count {
            throw unexpectedCharacter(expected: "end of input")
        }
        return value
    }

    private mutating func parseValue() throws(JSONParseError) -> JSONValue {
        guard let byte = peek() else { throw unexpectedEnd(expected: "a JSON value") }
        switch byte {
        case UInt8(ascii: "{"): return try parseObject()
        case UInt8(ascii: "["): return try parseArray()
        case UInt8(ascii: "\""): return .string(try parseString())
        case UInt8(ascii: "t"): return try parseLiteral("true", .bool(true))
        case UInt8(ascii: "f"): return try parseLiteral("false", .bool(false))
        case UInt8(ascii: "n"): return try parseLiteral("null", .null)
        case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"): return try parseNumber()
        default: throw unexpectedCharacter(expected: "a JSON value")
        }
    }

    private mutating func parseObject() throws(JSONParseError) -> JSONValue {
        try enterContainer()
        offset += 1  // {
        var members: [String: JSONValue] = [:]
        skipWhitespace()
        if peek() == UInt8(ascii: "}") {
            offset += 1
            depth -= 1
            return .object(members)
        }
        while true {
            skipWhitespace()
            guard let byte = peek() else { throw unexpectedEnd(expected: "a member name") }
            guard byte == UInt8(ascii: "\"") else { throw unexpectedCharacter(expected: "a member name in double quotes") }
            let key = try parseString()
            skipWhitespace()
            try expect(UInt8(ascii: ":"), description: "':'")
            skipWhitespace()
            members[key] = try parseValue()
            skipWhitespace()
            guard let next = peek() else { throw unexpectedEnd(expected: "',' or '}'") }
            offset += 1
            if next == UInt8(ascii: "}") { break }
            guard next == UInt8(ascii: ",") else {
                offset -= 1
                throw unexpectedCharacter(expected: "',' or '}'")
            }
        }
        depth -= 1
        return .object(members)
    }

    private mutating func parseArray() throws(JSONParseError) -> JSONValue {
        try enterContainer()
        offset += 1  // [
        var elements: [JSONValue] = []
        skipWhitespace()
        if peek() == UInt8(ascii: "]") {
            offset += 1
            depth -= 1
            return .array(elements)
        }
        while true {
            skipWhitespace()
            elements.append(try parseValue())
            skipWhitespace()
            guard let next = peek() else { throw unexpectedEnd(expected: "',' or ']'") }
            offset += 1
            if next == UInt8(ascii: "]") { break }
            guard next == UInt8(ascii: ",") else {
                offset -= 1
                throw unexpectedCharacter(expected: "',' or ']'")
            }
        }
        depth -= 1
        return .array(elements)
    }

    private mutating func enterContainer() throws(JSONParseError) {
        depth += 1
        if depth > Self.maximumDepth {
            throw JSONParseError(message: "Nesting deeper than \(Self.maximumDepth) levels at offset \(offset)", offset: offset)
        }
    }

    private mutating func parseLiteral(_ word: String, _ value: JSONValue) throws(JSONParseError) -> JSONValue {
        let start = offset
        for byte in word.utf8 {
            guard let actual = peek() else { throw unexpectedEnd(expected: "'\(word)'") }
            guard actual == byte else {
                throw JSONParseError(
                    message: "Unexpected character '\(character(at: offset))' at offset \(offset), expected '\(word)' (started at offset \(start))",
                    offset: offset)
            }
            offset += 1
        }
        return value
    }

    private mutating func parseNumber() throws(JSONParseError) -> JSONValue {
        let start = offset
        if peek() == UInt8(ascii: "-") { offset += 1 }
        guard let first = peek() else { throw unexpectedEnd(expected: "a digit") }
        if first == UInt8(ascii: "0") {
            offset += 1
        } else if isDigit(first) {
            skipDigits()
        } else {
            throw unexpectedCharacter(expected: "a digit")
        }
        if peek() == UInt8(ascii: ".") {
            offset += 1
            guard let digit = peek() else { throw unexpectedEnd(expected: "a digit after '.'") }
            guard isDigit(digit) else { throw unexpectedCharacter(expected: "a digit after '.'") }
            skipDigits()
        }
        if let e = peek(), e == UInt8(ascii: "e") || e == UInt8(ascii: "E") {
            offset += 1
            if let sign = peek(), sign == UInt8(ascii: "+") || sign == UInt8(ascii: "-") { offset += 1 }
            guard let digit = peek() else { throw unexpectedEnd(expected: "an exponent digit") }
            guard isDigit(digit) else { throw unexpectedCharacter(expected: "an exponent digit") }
            skipDigits()
        }
        let text = String(decoding: bytes[start..<offset], as: UTF8.self)
        guard let number = Double(text), number.isFinite else {
            throw JSONParseError(message: "Number '\(text)' at offset \(start) is out of range", offset: start)
        }
        return .number(number)
    }

    private mutating func parseString() throws(JSONParseError) -> String {
        let start = offset
        offset += 1  // opening quote
        var result = ""
        var runStart = offset
        while true {
            guard let byte = peek() else {
                throw JSONParseError(message: "Unterminated string starting at offset \(start)", offset: start)
            }
            switch byte {
            case UInt8(ascii: "\""):
                result += String(decoding: bytes[runStart..<offset], as: UTF8.self)
                offset += 1
                return result
            case UInt8(ascii: "\\"):
                result += String(decoding: bytes[runStart..<offset], as: UTF8.self)
                result.unicodeScalars.append(try parseEscape())
                runStart = offset
            case 0..<0x20:
                throw JSONParseError(
                    message: "Unescaped control character U+\(hex4(UInt32(byte))) in string at offset \(offset)", offset: offset)
            default:
                offset += 1
            }
        }
    }

    /// Parses one escape sequence starting at the backslash; returns the scalar it denotes.
    private mutating func parseEscape() throws(JSONParseError) -> Unicode.Scalar {
        let start = offset
        offset += 1  // backslash
        guard let byte = peek() else { throw unexpectedEnd(expected: "an escape sequence") }
        offset += 1
        switch byte {
        case UInt8(ascii: "\""): return "\""
        case UInt8(ascii: "\\"): return "\\"
        case UInt8(ascii: "/"): return "/"
        case UInt8(ascii: "b"): return "\u{08}"
        case UInt8(ascii: "f"): return "\u{0C}"
        case UInt8(ascii: "n"): return "\n"
        case UInt8(ascii: "r"): return "\r"
        case UInt8(ascii: "t"): return "\t"
        case UInt8(ascii: "u"):
            let high = try parseHex4()
            if (0xD800...0xDBFF).contains(high) {
                guard peek() == UInt8(ascii: "\\"), offset + 1 < bytes.count, bytes[offset + 1] == UInt8(ascii: "u") else {
                    throw invalidSurrogate(at: start)
                }
                offset += 2
                let low = try parseHex4()
                guard (0xDC00...0xDFFF).contains(low) else { throw invalidSurrogate(at: start) }
                let combined = 0x10000 + ((high - 0xD800) << 10) + (low - 0xDC00)
                guard let scalar = Unicode.Scalar(combined) else { throw invalidSurrogate(at: start) }
                return scalar
            }
            guard let scalar = Unicode.Scalar(high) else { throw invalidSurrogate(at: start) }
            return scalar
        default:
            offset -= 1
            throw JSONParseError(
                message: "Invalid escape sequence '\\\(character(at: offset))' at offset \(start)", offset: start)
        }
    }

    private mutating func parseHex4() throws(JSONParseError) -> UInt32 {
        var value: UInt32 = 0
        for _ in 0..<4 {
            guard let byte = peek() else { throw unexpectedEnd(expected: "four hex digits") }
            let digit: UInt32
            switch byte {
            case UInt8(ascii: "0")...UInt8(ascii: "9"): digit = UInt32(byte - UInt8(ascii: "0"))
            case UInt8(ascii: "a")...UInt8(ascii: "f"): digit = UInt32(byte - UInt8(ascii: "a") + 10)
            case UInt8(ascii: "A")...UInt8(ascii: "F"): digit = UInt32(byte - UInt8(ascii: "A") + 10)
            default: throw unexpectedCharacter(expected: "a hex digit")
            }
            value = value << 4 | digit
            offset += 1
        }
        return value
    }

    private func invalidSurrogate(at position: Int) -> JSONParseError {
        JSONParseError(message: "Invalid unicode escape (unpaired surrogate) at offset \(position)", offset: position)
    }

    private mutating func expect(_ byte: UInt8, description: String) throws(JSONParseError) {
        guard let actual = peek() else { throw unexpectedEnd(expected: description) }
        guard actual == byte else { throw unexpectedCharacter(expected: description) }
        offset += 1
    }

    private func peek() -> UInt8? {
        offset < bytes.count ? bytes[offset] : nil
    }

    private mutating func skipWhitespace() {
        while let byte = peek(),
              byte == UInt8(ascii: " ") || byte == UInt8(ascii: "\n") || byte == UInt8(ascii: "\r") || byte == UInt8(ascii: "\t") {
            offset += 1
        }
    }

    private mutating func skipDigits() {
        while let byte = peek(), isDigit(byte) { offset += 1 }
    }

    private func isDigit(_ byte: UInt8) -> Bool {
        byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9")
    }

    private func unexpectedEnd(expected: String) -> JSONParseError {
        JSONParseError(message: "Unexpected end of input at offset \(offset), expected \(expected)", offset: offset)
    }

    private func unexpectedCharacter(expected: String) -> JSONParseError {
        JSONParseError(
            message: "Unexpected character '\(character(at: offset))' at offset \(offset), expected \(expected)", offset: offset)
    }

    /// The character starting at `position` for messages (control characters shown as U+XXXX).
    private func character(at position: Int) -> String {
        var end = position + 1
        while end < bytes.count, bytes[end] & 0xC0 == 0x80 { end += 1 }
        let text = String(decoding: bytes[position..<min(end, bytes.count)], as: UTF8.self)
        if let scalar = text.unicodeScalars.first, scalar.value < 0x20 {
            return "U+" + hex4(scalar.value)
        }
        return text
    }

    private func hex4(_ value: UInt32) -> String {
        let digits = String(value, radix: 16, uppercase: true)
        return String(repeating: "0", count: max(0, 4 - digits.count)) + digits
    }
}
