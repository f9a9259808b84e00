import Crypto
public import Foundation
public import TaskRouterWire

/// HS256 signing and verification of capability tokens, keyed by the account's auth token (its UTF-8 bytes),
/// exactly as Twilio's helper libraries sign them.
///
///     let jwt = try CapabilityTokenSigner.sign(claims, authToken: account.authToken)
public enum CapabilityTokenSigner {
    /// The compact JWS `header.payload.signature` of `claims`.
    public static func sign(_ claims: CapabilityClaims, authToken: String) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        let input = CompactJWT.signingInput(header: CompactJWT.hs256Header, payload: try encoder.encode(claims))
        return input + "." + signature(of: input, authToken: authToken).base64URLEncodedString()
    }

    /// HMAC-SHA256 of a signing input (`base64url(header).base64url(payload)`) with the auth token as key.
    public static func signature(of input: String, authToken: String) -> Data {
        Data(HMAC<SHA256>.authenticationCode(for: Data(input.utf8), using: SymmetricKey(data: Data(authToken.utf8))))
    }

    /// Whether `signature` is the HMAC of `input` (constant-time comparison).
    static func isValid(_ signature: Data, of input: String, authToken: String) -> Bool {
        HMAC<SHA256>.isValidAuthenticationCode(signature, authenticating: Data(input.utf8),
                                               using: SymmetricKey(data: Data(authToken.utf8)))
    }
}
