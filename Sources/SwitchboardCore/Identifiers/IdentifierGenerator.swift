/// Source of new SIDs and secrets. Identifiers are inputs to the core, so tests can fix them.
public protocol IdentifierGenerator: Sendable {
    /// A new SID with the given prefix: the prefix and 32 lowercase hexadecimal digits.
    func makeSID(_ prefix: SIDPrefix) -> String
    /// A new 32-character lowercase hexadecimal secret (an auth token).
    func makeSecret() -> String
}
