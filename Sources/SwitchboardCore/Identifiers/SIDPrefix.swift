/// The two-letter prefixes of TaskRouter resource identifiers.
public enum SIDPrefix: String, Sendable, CaseIterable {
    case account = "AC"
    case workspace = "WS"
    case activity = "WA"
    case taskChannel = "TC"
    case taskQueue = "WQ"
    case workflow = "WW"
    case worker = "WK"
    case workerChannel = "WC"
    case task = "WT"
    case reservation = "WR"
    case event = "EV"

    /// Whether `sid` is this prefix followed by 32 hexadecimal digits (either case).
    ///
    ///     SIDPrefix.worker.matches("WK" + String(repeating: "a", count: 32)) // true
    public func matches(_ sid: String) -> Bool {
        SIDPrefix.isWellFormed(sid) && sid.hasPrefix(rawValue)
    }

    /// Whether `sid` is two ASCII letters followed by 32 hexadecimal digits.
    public static func isWellFormed(_ sid: String) -> Bool {
        let bytes = Array(sid.utf8)
        guard bytes.count == 34 else { return false }
        for b in bytes[0..<2] where !((b >= 65 && b <= 90) || (b >= 97 && b <= 122)) { return false }
        for b in bytes[2...] where !((b >= 48 && b <= 57) || (b >= 65 && b <= 70) || (b >= 97 && b <= 102)) {
            return false
        }
        return true
    }

    /// The prefix `sid` starts with, when it is a well-formed SID of a known kind.
    public static func of(_ sid: String) -> SIDPrefix? {
        guard isWellFormed(sid) else { return nil }
        return SIDPrefix(rawValue: String(sid.prefix(2)))
    }
}
