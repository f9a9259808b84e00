import Foundation

/// The claims the SDK reads from a capability token, without verifying it (as TaskRouter.js does).
struct TokenClaims: Sendable, Hashable {
    var accountSid: String
    var workspaceSid: String
    var channel: String
    /// Expiry, epoch seconds; nil when the token carries none.
    var expiresAt: Int?

    /// Reads the payload of `token`; throws when it is not a JWT or lacks a required claim.
    init(token: String) throws(TaskRouterError) {
        guard !token.isEmpty else { throw .invalidToken("Token is required for TaskRouter Swift SDK") }
        guard let jwt = CompactJWT(token),
              let object = try? JSONSerialization.jsonObject(with: jwt.payload) as? [String: Any]
        else { throw .invalidToken("The token is not a readable JWT") }
        let account = object["account_sid"] as? String
        let workspace = object["workspace_sid"] as? String
        let channel = (object["channel"] ?? object["channel_id"]) as? String
        guard let account, let workspace, let channel else {
            let missing = [("account_sid", account), ("channel", channel), ("workspace_sid", workspace)]
                .filter { $0.1 == nil }.map(\.0)
            throw .invalidToken("Missing \(missing.joined(separator: ", ")) claim(s) in the token")
        }
        accountSid = account
        workspaceSid = workspace
        self.channel = channel
        expiresAt = (object["exp"] as? NSNumber)?.intValue
    }
}
