/// Name/value pairs of an `application/x-www-form-urlencoded` body or a URL query string.
///
/// ```swift
/// let form = FormParameters(encoded: "FriendlyName=Support+Queue&AssignmentStatus=pending%2Creserved")
/// form["FriendlyName"]              // "Support Queue"
/// form.list("AssignmentStatus")     // ["pending", "reserved"]
/// ```
/// Names are case-sensitive. Repeated names keep every value in order.
public struct FormParameters: Sendable, Hashable {
    /// Every pair, in the order it appeared.
    public let pairs: [(name: String, value: String)]

    /// Parses `name=value&name=value`; `+` is a space, `%XX` a byte, a leading `?` is ignored.
    ///
    /// A pair without `=` has the empty value; empty pairs (`&&`) are skipped. A malformed escape
    /// (`%`, `%4`, `%ZZ`) or escapes that decode to invalid UTF-8 leave that name or value raw.
    public init(encoded: String) {
        var text = Substring(encoded)
        if text.first == "?" { text = text.dropFirst() }
        pairs = text.split(separator: "&", omittingEmptySubsequences: true).map { pair in
            let parts = pair.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
            let name = PercentEncoding.decodeFormComponent(String(parts[0]))
            let value = parts.count > 1 ? PercentEncoding.decodeFormComponent(String(parts[1])) : ""
            return (name, value)
        }
    }

    /// Creates parameters from already-decoded pairs.
    public init(pairs: [(String, String)]) {
        self.pairs = pairs.map { (name: $0.0, value: $0.1) }
    }

    /// The first value given for `name`, or nil when absent.
    public subscript(_ name: String) -> String? {
        pairs.first { $0.name == name }?.value
    }

    /// Every value given for `name`, in order.
    public func values(_ name: String) -> [String] {
        pairs.compactMap { $0.name == name ? $0.value : nil }
    }

    /// Whether `name` appears at all (even with an empty value).
    public func has(_ name: String) -> Bool {
        pairs.contains { $0.name == name }
    }

    /// The distinct names, in order of first appearance.
    public var names: [String] {
        var seen = Set<String>()
        return pairs.compactMap { seen.insert($0.name).inserted ? $0.name : nil }
    }

    /// Whether there are no pairs.
    public var isEmpty: Bool { pairs.isEmpty }

    /// Encodes pairs as `name=value&…`, percent-encoding everything outside `A-Za-z0-9-._~`.
    ///
    /// ```swift
    /// FormParameters.encode([("FriendlyName", "A+B, C")])   // "FriendlyName=A%2BB%2C%20C"
    /// ```
    public static func encode(_ pairs: [(String, String)]) -> String {
        pairs.map { PercentEncoding.encode($0.0) + "=" + PercentEncoding.encode($0.1) }.joined(separator: "&")
    }

    /// Pairs are equal when the same names and values appear in the same order.
    public static func == (lhs: FormParameters, rhs: FormParameters) -> Bool {
        lhs.pairs.elementsEqual(rhs.pairs) { $0.name == $1.name && $0.value == $1.value }
    }

    /// Hashes every pair in order.
    public func hash(into hasher: inout Hasher) {
        for pair in pairs {
            hasher.combine(pair.name)
            hasher.combine(pair.value)
        }
    }
}
