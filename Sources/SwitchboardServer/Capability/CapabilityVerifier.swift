public import Foundation
public import SwitchboardCore
public import SwitchboardEngine
public import TaskRouterWire

/// Checks capability tokens (spec tokens-and-events §2.1): HS256 only, signed with the auth token of
/// the account named by `iss`, not expired, not before `nbf` (with leeway), consistent claims.
///
///     let capability = try await CapabilityVerifier(registry: registry).verify(jwt)
///     try capability.authorize(PolicyRequest(method: "GET", path: request.uri.path))
public struct CapabilityVerifier: Sendable {
    let registry: EngineRegistry
    /// How far ahead `nbf` may be: helpers stamp `nbf = now` on their own clock.
    public var notBeforeLeeway: TimeInterval = 60

    public init(registry: EngineRegistry) { self.registry = registry }

    /// The verified token; throws ``CapabilityError`` (or a store error while looking up the account).
    public func verify(_ token: String) async throws -> VerifiedCapability {
        guard let jwt = CompactJWT(token.trimmingCharacters(in: .whitespacesAndNewlines)),
              let header = try? JSONSerialization.jsonObject(with: jwt.header) as? [String: Any],
              let payload = try? JSONSerialization.jsonObject(with: jwt.payload) as? [String: Any]
        else { throw CapabilityError.malformed }
        guard header["alg"] as? String == "HS256" else { throw CapabilityError.unsupportedAlgorithm }
        guard let issuer = payload["iss"] as? String, let account = try await registry.account(issuer) else {
            throw CapabilityError.unknownAccount
        }
        guard CapabilityTokenSigner.isValid(jwt.signature, of: jwt.signingInput, authToken: account.authToken) else {
            throw CapabilityError.badSignature
        }
        let claims: CapabilityClaims
        do {
            claims = try JSONDecoder().decode(CapabilityClaims.self, from: jwt.payload)
        } catch {
            throw CapabilityError.invalidClaims("missing or malformed claims (exp, workspace_sid, channel, policies)")
        }
        let now = registry.clock.now().timeIntervalSince1970
        if now >= TimeInterval(claims.exp) { throw CapabilityError.expired }
        if let nbf = claims.nbf, now < TimeInterval(nbf) - notBeforeLeeway { throw CapabilityError.notYetValid }
        try Self.checkConsistency(claims)
        return VerifiedCapability(claims: claims, account: account)
    }

    /// `account_sid` = `iss`, version `v1`, and a channel that agrees with the SID claims.
    static func checkConsistency(_ c: CapabilityClaims) throws(CapabilityError) {
        guard c.accountSid == c.iss else { throw .invalidClaims("account_sid does not match iss") }
        guard c.version == "v1" else { throw .invalidClaims("version must be v1") }
        guard c.workspaceSid.hasPrefix("WS") else { throw .invalidClaims("workspace_sid must be a workspace SID") }
        switch c.channel.prefix(2) {
        case "WS" where c.channel == c.workspaceSid: return
        case "WK" where c.workerSid == nil || c.workerSid == c.channel: return
        case "WQ" where c.taskqueueSid == nil || c.taskqueueSid == c.channel: return
        default: throw .invalidClaims("channel must be the workspace, the worker_sid or the taskqueue_sid")
        }
    }
}

/// A token whose signature and claims checked out.
public struct VerifiedCapability: Sendable {
    public let claims: CapabilityClaims
    /// The account of `iss`: the caller of every request made with the token.
    public let account: Account

    /// When the token stops being valid.
    public var expiresAt: Date { Date(timeIntervalSince1970: TimeInterval(claims.exp)) }

    /// Throws ``CapabilityError/denied(_:)`` or ``CapabilityError/conflictingPolicies`` unless the
    /// token's policies allow `request`.
    public func authorize(_ request: PolicyRequest) throws(CapabilityError) {
        switch PolicyEvaluator.decide(claims.policies, request) {
        case .allowed: return
        case .conflicting: throw .conflictingPolicies
        case .denied: throw .denied("The capability token does not allow \(request.method) \(request.path)")
        }
    }
}
