/// Source of new SIDs and secrets. Identifiers are inputs to the core, so tests can fix them.
public protocol IdentifierGenerator: Sendable {
    /// A new SID with the given prefix: the prefix and 32 lowercase hexadecimal digits.
    func makeSID(_ prefix: SIDPrefix) -> String
    /// A new 32-character lowercase hexadecimal secret (an auth token).
    func makeSecret() -> String
}

/// Generates SIDs from the system's cryptographically secure random source.
public struct RandomIdentifierGenerator: IdentifierGenerator {
    public init() {}

    public func makeSID(_ prefix: SIDPrefix) -> String { prefix.rawValue + Self.hex32() }

    public func makeSecret() -> String { Self.hex32() }

    static func hex32() -> String {
        var rng = SystemRandomNumberGenerator()
        let digits = Array("0123456789abcdef")
        return String((0..<32).map { _ in digits[Int(rng.next() % 16)] })
    }
}
