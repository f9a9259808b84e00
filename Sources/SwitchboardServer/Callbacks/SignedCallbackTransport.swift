public import Foundation
public import SwitchboardCore
public import SwitchboardEngine

/// Adds `X-Twilio-Signature` to every outbound callback (assignment and event callbacks), signed with
/// the auth token of the account named by the form's `AccountSid`, so receivers that validate Twilio
/// signatures accept them. A form without a known account goes out unsigned.
public struct SignedCallbackTransport: CallbackTransport {
    let inner: any CallbackTransport
    let authToken: @Sendable (String) async -> String?

    /// `authToken` returns the auth token of an account SID, or nil when the account is unknown.
    public init(_ inner: any CallbackTransport, authToken: @escaping @Sendable (String) async -> String?) {
        self.inner = inner
        self.authToken = authToken
    }

    public func post(url: String, form: [FormField], headers: [(String, String)], timeout: TimeInterval) async -> CallbackResponse {
        var headers = headers
        if let account = form.first(where: { $0.name == "AccountSid" })?.value, let token = await authToken(account) {
            headers.append(("X-Twilio-Signature", TwilioRequestSignature.compute(url: url, form: form, authToken: token)))
        }
        return await inner.post(url: url, form: form, headers: headers, timeout: timeout)
    }
}
