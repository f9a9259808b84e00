extension JSONValue {
    /// Parses any JSON value (RFC 8259; whitespace around it allowed, nesting up to 512 levels).
    ///
    /// ```swift
    /// let value = try JSONValue.parse("[true, 1]")  // .array([.bool(true), .number(1)])
    /// ```
    public static func parse(_ text: String) throws(JSONParseError) -> JSONValue {
        var parser = JSONParser(bytes: Array(text.utf8))
        return try parser.parseDocument()
    }
}
