import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import NIOCore
import SwitchboardServer
import SwitchboardTesting
import TaskRouterWire

/// Tokens for the fixture's workspace, and REST calls that carry one in `X-Twilio-Token`.
extension WorkspaceFixture {
    var now: Date { server.clock.now() }

    /// A signed token for a builder (default: the workspace channel with default policies).
    func token(_ builder: CapabilityTokenBuilder? = nil, ttl: Int = 3600, authToken: String = TestServer.authToken) throws -> String {
        try (builder ?? workspaceToken()).token(authToken: authToken, now: now, ttl: ttl)
    }

    func workspaceToken(_ configure: (inout CapabilityTokenBuilder) -> Void = { _ in }) -> CapabilityTokenBuilder {
        var b = CapabilityTokenBuilder.workspace(accountSid: TestServer.accountSid, workspaceSid: sid)
        configure(&b)
        return b
    }

    func workerToken(_ worker: String, _ configure: (inout CapabilityTokenBuilder) -> Void = { _ in }) -> CapabilityTokenBuilder {
        var b = CapabilityTokenBuilder.worker(accountSid: TestServer.accountSid, workspaceSid: sid, workerSid: worker)
        configure(&b)
        return b
    }

    /// A REST call authenticated only by the token.
    func call(_ method: HTTPRequest.Method, _ path: String, _ form: [(String, String)] = [], token: String) async throws -> RawResponse {
        var headers = HTTPFields()
        headers[HTTPField.Name("X-Twilio-Token")!] = token
        headers[.contentType] = "application/x-www-form-urlencoded"
        return try await client.execute(uri: path, method: method, headers: headers,
                                        body: ByteBuffer(string: FormParameters.encode(form))) { response in
            RawResponse(status: response.status, headers: response.headers, body: String(buffer: response.body))
        }
    }
}

/// Hand-made JWTs, for the attacks.
enum RawJWT {
    static func encode(header: String, payload: [String: Any], key: String?) -> String {
        let body = try! JSONSerialization.data(withJSONObject: payload, options: [.sortedKeys])
        let input = Data(header.utf8).base64URLEncodedString() + "." + body.base64URLEncodedString()
        guard let key else { return input + "." }
        return input + "." + CapabilityTokenSigner.signature(of: input, authToken: key).base64URLEncodedString()
    }

    /// The claims of `builder` as a JSON object, to tamper with.
    static func payload(_ builder: CapabilityTokenBuilder, now: Date, ttl: Int = 3600) throws -> [String: Any] {
        let data = try JSONEncoder().encode(builder.claims(now: now, ttl: ttl))
        return try JSONSerialization.jsonObject(with: data) as! [String: Any]
    }
}

/// The JSON of an answer, for the capability and event-bridge tests.
extension RawResponse {
    var object: [String: any Sendable] {
        (try? JSONSerialization.jsonObject(with: Data(body.utf8))) as? [String: any Sendable] ?? [:]
    }

    func string(_ key: String) -> String? { object[key] as? String }

    /// The `payload` of an event-bridge envelope.
    var payload: [String: any Sendable]? { object["payload"] as? [String: any Sendable] }
}
