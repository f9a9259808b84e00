/// A failure of a domain rule, mapped once at the edge to Twilio's error body.
public enum DomainError: Error, Sendable, Equatable {
    /// A parameter is missing, malformed, out of range, or breaks a uniqueness rule (400, 20001).
    case invalid(String)
    /// The resource does not exist or is not visible to the caller (404, 20404).
    case notFound(String)
    /// An `If-Match` precondition failed (412, 20412).
    case versionMismatch(String)
    /// The reservation is no longer pending and cannot be answered (410, 20001).
    case gone(String)
    /// The operation is not implemented by this server yet (501, 20501).
    case notImplemented(String)

    /// The human-readable message.
    public var message: String {
        switch self {
        case .invalid(let m), .notFound(let m), .versionMismatch(let m), .gone(let m), .notImplemented(let m): m
        }
    }
}
