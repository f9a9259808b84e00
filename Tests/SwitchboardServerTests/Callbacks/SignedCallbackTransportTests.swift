import Foundation
import SwitchboardCore
import SwitchboardEngine
import SwitchboardServer
import Synchronization
import Testing

/// `X-Twilio-Signature` on outbound callbacks. Expected values come from twilio-python 9.13's
/// `RequestValidator.compute_signature`, an independent implementation.
@Suite struct SignedCallbackTransportTests {
    @Test func signatureMatchesTwilioDocumentationExample() {
        let form = [
            FormField("CallSid", "CA1234567890ABCDE"), FormField("Caller", "+12349013030"), FormField("Digits", "1234"),
            FormField("From", "+12349013030"), FormField("To", "+18005551212"),
        ]
        let signature = TwilioRequestSignature.compute(url: "https://mycompany.com/myapp.php?foo=1&bar=2", form: form.reversed(),
                                                       authToken: "12345")
        #expect(signature == "0/KCTR6DLpKmkAf8muzZqo1nDgQ=")
    }

    @Test func signatureCoversNonASCIIValues() {
        let form = [FormField("TaskAttributes", #"{"é":1}"#), FormField("AccountSid", "AC1")]
        #expect(TwilioRequestSignature.compute(url: "http://127.0.0.1:8080/assign", form: form, authToken: "12345")
                == "PSC3Fbf1cW17Hb0Vm3+YhQogM5s=")
    }

    final class Recorder: CallbackTransport {
        let headers = Mutex<[[(String, String)]]>([])
        func post(url: String, form: [FormField], headers: [(String, String)], timeout: TimeInterval) async -> CallbackResponse {
            self.headers.withLock { $0.append(headers) }
            return CallbackResponse(status: 204)
        }
    }

    @Test func signsWithTheTokenOfTheFormsAccount() async {
        let recorder = Recorder()
        let transport = SignedCallbackTransport(recorder) { $0 == "AC1" ? "12345" : nil }
        let form = [FormField("AccountSid", "AC1"), FormField("TaskAttributes", #"{"é":1}"#)]
        _ = await transport.post(url: "http://127.0.0.1:8080/assign", form: form, headers: [("Content-Type", "x")], timeout: 1)
        _ = await transport.post(url: "http://127.0.0.1:8080/assign", form: [FormField("AccountSid", "AC2")], headers: [], timeout: 1)
        let sent = recorder.headers.withLock { $0 }
        #expect(sent[0].map(\.0) == ["Content-Type", "X-Twilio-Signature"])
        #expect(sent[0].last?.1 == "PSC3Fbf1cW17Hb0Vm3+YhQogM5s=")
        #expect(sent[1].isEmpty, "an unknown account leaves the callback unsigned")
    }
}
