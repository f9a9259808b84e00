/// Operator semantics over JSON values, including coercion rule K (spec §1.5).
enum ValueComparison {
    /// Applies `comparison` to two resolved operands; every type mismatch is false.
    static func compare(_ left: JSONValue, _ comparison: ComparisonOperator, _ right: JSONValue) -> Bool {
        switch comparison {
        case .equal:
            if left.isNull || right.isNull { return equal(left, right) }
            return !isContainer(left) && !isContainer(right) && equal(left, right)
        case .notEqual:
            if left.isNull || right.isNull { return !equal(left, right) }
            return !isContainer(left) && !isContainer(right) && !equal(left, right)
        case .greater: return order(left, right).map { $0 > 0 } ?? false
        case .greaterOrEqual: return order(left, right).map { $0 >= 0 } ?? false
        case .less: return order(left, right).map { $0 < 0 } ?? false
        case .lessOrEqual: return order(left, right).map { $0 <= 0 } ?? false
        case .contains:
            guard case .string(let haystack) = left, case .string(let needle) = right else { return false }
            return contains(haystack, needle)
        case .has:
            guard case .array(let elements) = left, !isContainer(right) else { return false }
            return elements.contains { equal($0, right) }
        case .in:
            guard case .array(let elements) = right, isScalar(left) else { return false }
            return elements.contains { equal(left, $0) }
        case .notIn:
            guard case .array(let elements) = right, isScalar(left) else { return false }
            return !elements.contains { equal(left, $0) }
        }
    }

    /// `eq(a, b)`: the equality table of spec §1.5, rows tried top-down.
    static func equal(_ left: JSONValue, _ right: JSONValue) -> Bool {
        switch (left, right) {
        case (.null, .null): return true
        case (.null, _), (_, .null): return false
        case (.number(let a), .number(let b)): return a == b
        case (.number(let a), .string(let b)): return numericLike(b).map { a == $0 } ?? false
        case (.string(let a), .number(let b)): return numericLike(a).map { $0 == b } ?? false
        case (.string(let a), .string(let b)): return a.utf8.elementsEqual(b.utf8)
        case (.bool(let a), .bool(let b)): return a == b
        default: return false
        }
    }

    /// The sign of `left − right` for ordering operators, or nil when the pair is not ordered.
    static func order(_ left: JSONValue, _ right: JSONValue) -> Int? {
        switch (left, right) {
        case (.number(let a), .number(let b)):
            return sign(a, b)
        case (.number(let a), .string(let b)):
            return numericLike(b).flatMap { sign(a, $0) }
        case (.string(let a), .number(let b)):
            return numericLike(a).flatMap { sign($0, b) }
        case (.string(let a), .string(let b)):
            if let x = numericLike(a), let y = numericLike(b) { return sign(x, y) }
            if a.utf8.elementsEqual(b.utf8) { return 0 }
            return a.utf8.lexicographicallyPrecedes(b.utf8) ? -1 : 1
        default:
            return nil
        }
    }

    /// The number a numeric-like string denotes: optional sign, digits, optional fraction (or `.digits`), nothing else.
    static func numericLike(_ string: String) -> Double? {
        var bytes = string.utf8[...]
        var negative = false
        if let first = bytes.first, first == UInt8(ascii: "+") || first == UInt8(ascii: "-") {
            negative = first == UInt8(ascii: "-")
            bytes = bytes.dropFirst()
        }
        let integerDigits = bytes.prefix { isDigit($0) }
        bytes = bytes.dropFirst(integerDigits.count)
        var fractionDigits = bytes.prefix(0)
        if bytes.first == UInt8(ascii: ".") {
            bytes = bytes.dropFirst()
            fractionDigits = bytes.prefix { isDigit($0) }
            guard !fractionDigits.isEmpty else { return nil }
            bytes = bytes.dropFirst(fractionDigits.count)
        }
        guard bytes.isEmpty, !(integerDigits.isEmpty && fractionDigits.isEmpty) else { return nil }
        var literal = negative ? "-" : ""
        literal += integerDigits.isEmpty ? "0" : String(decoding: integerDigits, as: UTF8.self)
        if !fractionDigits.isEmpty { literal += "." + String(decoding: fractionDigits, as: UTF8.self) }
        return Double(literal)
    }

    /// Case-sensitive code-point substring test (an empty needle is always contained).
    static func contains(_ haystack: String, _ needle: String) -> Bool {
        let text = Array(haystack.utf8), pattern = Array(needle.utf8)
        guard !pattern.isEmpty else { return true }
        guard pattern.count <= text.count else { return false }
        for start in 0...(text.count - pattern.count) where text[start] == pattern[0] {
            if text[start..<(start + pattern.count)].elementsEqual(pattern) { return true }
        }
        return false
    }

    private static func sign(_ a: Double, _ b: Double) -> Int? {
        a < b ? -1 : (a > b ? 1 : (a == b ? 0 : nil))
    }

    private static func isContainer(_ value: JSONValue) -> Bool {
        switch value {
        case .array, .object: true
        default: false
        }
    }

    /// A non-null, non-container value (string, number, boolean).
    private static func isScalar(_ value: JSONValue) -> Bool {
        switch value {
        case .string, .number, .bool: true
        default: false
        }
    }

    private static func isDigit(_ byte: UInt8) -> Bool {
        byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9")
    }
}
