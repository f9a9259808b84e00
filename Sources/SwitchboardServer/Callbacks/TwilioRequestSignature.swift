import Crypto
import Foundation
public import SwitchboardCore

/// The `X-Twilio-Signature` of a form POST, as Twilio computes it and its helper libraries'
/// `RequestValidator` checks it: the URL, then each parameter name followed by its value (names in
/// order, a repeated name's values in order), signed with HMAC-SHA1 under the account's auth token,
/// in Base64.
///
///     let signature = TwilioRequestSignature.compute(url: "https://example.com/assign", form: form, authToken: token)
public enum TwilioRequestSignature {
    public static func compute(url: String, form: [FormField], authToken: String) -> String {
        var text = url
        let byName = Dictionary(grouping: form, by: \.name)
        for name in byName.keys.sorted(by: codePointOrder) {
            for value in Set(byName[name, default: []].map(\.value)).sorted(by: codePointOrder) {
                text += name + value
            }
        }
        let key = SymmetricKey(data: Data(authToken.utf8))
        let code = HMAC<Insecure.SHA1>.authenticationCode(for: Data(text.utf8), using: key)
        return Data(code).base64EncodedString()
    }

    /// Sorting by code point, as the helper libraries do (Swift's `<` on `String` compares normalized forms).
    private static func codePointOrder(_ a: String, _ b: String) -> Bool {
        a.unicodeScalars.lexicographicallyPrecedes(b.unicodeScalars)
    }
}
