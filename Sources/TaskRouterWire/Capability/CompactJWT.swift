public import Foundation

/// The unsigned parts of a compact JWS (`header.payload.signature`, base64url without padding).
/// Signing and verifying (HS256) happen where a crypto library is available: the server and the SDK.
public struct CompactJWT: Sendable, Hashable {
    /// The decoded header and payload JSON.
    public var header: Data
    public var payload: Data
    /// The raw signature bytes.
    public var signature: Data
    /// `header.payload` exactly as received: the bytes the signature covers.
    public var signingInput: String

    /// Splits and decodes a token; nil when it is not three base64url segments.
    public init?(_ token: String) {
        let parts = token.split(separator: ".", omittingEmptySubsequences: false)
        guard parts.count == 3, let h = Data(base64URLEncoded: String(parts[0])),
              let p = Data(base64URLEncoded: String(parts[1])), let s = Data(base64URLEncoded: String(parts[2]))
        else { return nil }
        header = h
        payload = p
        signature = s
        signingInput = "\(parts[0]).\(parts[1])"
    }

    /// The `alg` of the header, if readable.
    public var algorithm: String? {
        (try? JSONSerialization.jsonObject(with: header) as? [String: Any])?["alg"] as? String
    }

    /// `base64url(header).base64url(payload)` for signing.
    public static func signingInput(header: Data, payload: Data) -> String {
        header.base64URLEncodedString() + "." + payload.base64URLEncodedString()
    }

    /// The standard HS256 header.
    public static let hs256Header = Data(#"{"alg":"HS256","typ":"JWT"}"#.utf8)
}

extension Data {
    /// Decodes base64url, with or without padding.
    public init?(base64URLEncoded text: String) {
        var s = text.replacingOccurrences(of: "-", with: "+").replacingOccurrences(of: "_", with: "/")
        while s.count % 4 != 0 { s += "=" }
        self.init(base64Encoded: s)
    }

    /// base64url without padding.
    public func base64URLEncodedString() -> String {
        base64EncodedString().replacingOccurrences(of: "+", with: "-").replacingOccurrences(of: "/", with: "_")
            .replacingOccurrences(of: "=", with: "")
    }
}
