/// One lexical token of the expression language (spec §1.2).
struct ExpressionToken: Sendable, Hashable {
    enum Kind: Sendable, Hashable {
        /// A quoted string, escapes already applied.
        case string(String)
        /// A number literal (optionally with its glued `-` sign).
        case number(Double)
        /// An identifier-shaped word; may be a keyword (see `keyword`).
        case word(String)
        /// A symbolic operator: `==` `=` `!=` `>` `>=` `<` `<=` `>-` `<-` `&&` `||`.
        case symbol(Symbol)
        case dot, comma, leftBracket, rightBracket, leftParenthesis, rightParenthesis
        /// Something that is not a token; `problem` describes it when it is more than an unexpected character.
        case invalid(problem: String?)
        /// End of the text.
        case end
    }

    enum Symbol: Sendable, Hashable {
        case equal, notEqual, greater, greaterOrEqual, less, lessOrEqual, has, `in`, and, or
    }

    let kind: Kind
    /// 0-based Unicode scalar offset of the first character.
    let position: Int
    /// The token as written in the source.
    let text: String

    /// The keyword this word spells (case-insensitive), if any.
    var keyword: Keyword? {
        guard case .word(let word) = kind else { return nil }
        return Keyword(rawValue: word.uppercased())
    }

    /// How the token is named in an "unexpected …" message about a `subject` (e.g. "expression").
    func quoted(subject: String) -> String {
        switch kind {
        case .end: return "end of \(subject)"
        case .string: return "string \(text)"
        default: return "'\(text)'"
        }
    }
}

/// Reserved words (case-insensitive); after a `.` they are ordinary names.
enum Keyword: String, Sendable, Hashable {
    case and = "AND", or = "OR", has = "HAS", `in` = "IN", not = "NOT", contains = "CONTAINS"
    case `true` = "TRUE", `false` = "FALSE", null = "NULL"
}
