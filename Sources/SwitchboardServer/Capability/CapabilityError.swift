import Hummingbird

/// Why a capability token or a request under it was refused.
public enum CapabilityError: Error, Sendable, Equatable {
    /// Not three base64url segments, or a header or payload that is not JSON.
    case malformed
    /// `alg` is not `HS256` (`none`, `HS512`, …).
    case unsupportedAlgorithm
    /// `iss` names no account of this server.
    case unknownAccount
    /// The signature was not made with the account's auth token.
    case badSignature
    /// `exp` has passed.
    case expired
    /// `nbf` is still ahead (beyond the leeway).
    case notYetValid
    /// A claim is missing or inconsistent.
    case invalidClaims(String)
    /// Two equally specific policies that match the request disagree.
    case conflictingPolicies
    /// The token does not allow the request (or the event-bridge URL names another account or channel).
    case denied(String)

    /// The HTTP status and Twilio error body: 401 for an expired token (TaskRouter.js v1's "get a new
    /// token"), 403 for everything else.
    var apiError: APIError {
        switch self {
        case .expired: APIError(status: .unauthorized, code: 20104, message: "Capability token expired")
        case .denied(let what): APIError(status: .forbidden, code: 20403, message: what)
        default: APIError(status: .forbidden, code: 20403, message: "Invalid capability token: \(reason)")
        }
    }

    /// A short reason, also used as a websocket close reason.
    public var reason: String {
        switch self {
        case .malformed: "malformed JWT"
        case .unsupportedAlgorithm: "only HS256 is accepted"
        case .unknownAccount: "unknown account"
        case .badSignature: "signature does not verify"
        case .expired: "token expired"
        case .notYetValid: "token not yet valid (nbf)"
        case .invalidClaims(let detail): detail
        case .conflictingPolicies: "conflicting policies"
        case .denied(let what): what
        }
    }
}
