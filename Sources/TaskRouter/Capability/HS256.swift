import Crypto
import Foundation

/// Compact JWS signing with HMAC-SHA256, the only algorithm of TaskRouter capability tokens.
enum HS256 {
    /// `base64url(header).base64url(payload).base64url(HMAC-SHA256(key, header.payload))`.
    static func sign(_ claims: CapabilityClaims, key: String) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        // Encoding plain strings, integers and arrays of them cannot fail.
        let payload = (try? encoder.encode(claims)) ?? Data("{}".utf8)
        let input = CompactJWT.signingInput(header: CompactJWT.hs256Header, payload: payload)
        return input + "." + signature(of: input, key: key).base64URLEncodedString()
    }

    /// The raw HMAC-SHA256 of `input` under the UTF-8 bytes of `key`.
    static func signature(of input: String, key: String) -> Data {
        let code = HMAC<SHA256>.authenticationCode(for: Data(input.utf8), using: SymmetricKey(data: Data(key.utf8)))
        return Data(code)
    }
}
