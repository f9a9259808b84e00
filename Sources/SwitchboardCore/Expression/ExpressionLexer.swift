/// Splits expression text into tokens, longest match first (spec §1.2).
///
/// Lexing stops at the first invalid character or malformed string; the parser reports it with what it expected.
struct ExpressionLexer {
    private let scalars: [Unicode.Scalar]
    private var index = 0

    init(_ source: String) {
        scalars = Array(source.unicodeScalars)
    }

    /// All tokens, ending with `.end` or an `.invalid` token.
    static func tokens(of source: String) -> [ExpressionToken] {
        var lexer = ExpressionLexer(source)
        var tokens: [ExpressionToken] = []
        while true {
            let token = lexer.next()
            tokens.append(token)
            switch token.kind {
            case .end, .invalid: return tokens
            default: continue
            }
        }
    }

    private mutating func next() -> ExpressionToken {
        while let scalar = peek(), scalar == " " || scalar == "\t" || scalar == "\r" || scalar == "\n" {
            index += 1
        }
        let start = index
        guard let scalar = peek() else { return ExpressionToken(kind: .end, position: start, text: "") }
        switch scalar {
        case "'", "\"":
            return lexString(quote: scalar)
        case "0"..."9":
            return lexNumber()
        case ".":
            return isDigit(peek(offset: 1)) ? lexNumber() : single(.dot)
        case "-":
            if isDigit(peek(offset: 1)) || (peek(offset: 1) == "." && isDigit(peek(offset: 2))) { return lexNumber() }
            return single(.invalid(problem: nil))
        case ",": return single(.comma)
        case "[": return single(.leftBracket)
        case "]": return single(.rightBracket)
        case "(": return single(.leftParenthesis)
        case ")": return single(.rightParenthesis)
        case "=": return peek(offset: 1) == "=" ? double(.symbol(.equal)) : single(.symbol(.equal))
        case "!": return peek(offset: 1) == "=" ? double(.symbol(.notEqual)) : single(.invalid(problem: nil))
        case ">":
            if peek(offset: 1) == "=" { return double(.symbol(.greaterOrEqual)) }
            if peek(offset: 1) == "-" { return double(.symbol(.has)) }
            return single(.symbol(.greater))
        case "<":
            if peek(offset: 1) == "=" { return double(.symbol(.lessOrEqual)) }
            if peek(offset: 1) == "-" { return double(.symbol(.in)) }
            return single(.symbol(.less))
        case "&": return peek(offset: 1) == "&" ? double(.symbol(.and)) : single(.invalid(problem: nil))
        case "|": return peek(offset: 1) == "|" ? double(.symbol(.or)) : single(.invalid(problem: nil))
        default:
            if isIdentifierStart(scalar) { return lexWord() }
            return single(.invalid(problem: nil))
        }
    }

    private mutating func lexWord() -> ExpressionToken {
        let start = index
        while let scalar = peek(), isIdentifierStart(scalar) || isDigit(scalar) { index += 1 }
        let text = text(from: start)
        return ExpressionToken(kind: .word(text), position: start, text: text)
    }

    private mutating func lexNumber() -> ExpressionToken {
        let start = index
        var literal = ""
        if peek() == "-" {
            literal = "-"
            index += 1
        }
        var integerDigits = ""
        while let scalar = peek(), isDigit(scalar) {
            integerDigits.unicodeScalars.append(scalar)
            index += 1
        }
        literal += integerDigits.isEmpty ? "0" : integerDigits
        if peek() == ".", isDigit(peek(offset: 1)) {
            index += 1
            literal += "."
            while let scalar = peek(), isDigit(scalar) {
                literal.unicodeScalars.append(scalar)
                index += 1
            }
        }
        return ExpressionToken(kind: .number(Double(literal) ?? .infinity), position: start, text: text(from: start))
    }

    private mutating func lexString(quote: Unicode.Scalar) -> ExpressionToken {
        let start = index
        index += 1
        var value = ""
        while let scalar = peek() {
            index += 1
            if scalar == quote {
                return ExpressionToken(kind: .string(value), position: start, text: text(from: start))
            }
            guard scalar == "\\" else {
                value.unicodeScalars.append(scalar)
                continue
            }
            guard let escaped = peek() else { break }
            index += 1
            switch escaped {
            case "\\", "'", "\"": value.unicodeScalars.append(escaped)
            case "n": value += "\n"
            case "t": value += "\t"
            default:
                let problem = "invalid escape sequence '\\\(escaped)' at position \(index - 2)"
                return ExpressionToken(kind: .invalid(problem: problem), position: index - 2, text: text(from: index - 2))
            }
        }
        return ExpressionToken(kind: .invalid(problem: "unterminated string starting at position \(start)"),
                               position: start, text: text(from: start))
    }

    private mutating func single(_ kind: ExpressionToken.Kind) -> ExpressionToken {
        index += 1
        return ExpressionToken(kind: kind, position: index - 1, text: text(from: index - 1))
    }

    private mutating func double(_ kind: ExpressionToken.Kind) -> ExpressionToken {
        index += 2
        return ExpressionToken(kind: kind, position: index - 2, text: text(from: index - 2))
    }

    private func text(from start: Int) -> String {
        var text = ""
        text.unicodeScalars.append(contentsOf: scalars[start..<index])
        return text
    }

    private func peek(offset: Int = 0) -> Unicode.Scalar? {
        index + offset < scalars.count ? scalars[index + offset] : nil
    }

    private func isDigit(_ scalar: Unicode.Scalar?) -> Bool {
        guard let scalar else { return false }
        return scalar >= "0" && scalar <= "9"
    }

    private func isIdentifierStart(_ scalar: Unicode.Scalar) -> Bool {
        (scalar >= "a" && scalar <= "z") || (scalar >= "A" && scalar <= "Z") || scalar == "_" || scalar == "$"
    }
}
