import Foundation
import Hummingbird
import HummingbirdTesting
import NIOCore
import SwitchboardTesting

/// POSTs to the event bridge, as TaskRouter.js v1 does: a JSON string body, `text/plain`, no auth header.
extension WorkspaceFixture {
    /// `/v1/wschannels/{AC}/{channel}`.
    func channelPath(_ channel: String? = nil, account: String = TestServer.accountSid) -> String {
        "/v1/wschannels/\(account)/\(channel ?? sid)"
    }

    func proxy(_ body: [String: Any], channel: String? = nil, headers extra: HTTPFields = [:]) async throws -> RawResponse {
        try await proxy(raw: String(decoding: try JSONSerialization.data(withJSONObject: body), as: UTF8.self),
                        channel: channel, headers: extra)
    }

    func proxy(raw: String, channel: String? = nil, headers extra: HTTPFields = [:]) async throws -> RawResponse {
        var headers: HTTPFields = [.contentType: "text/plain;charset=UTF-8"]
        for field in extra { headers.append(field) }
        return try await client.execute(uri: channelPath(channel), method: .post, headers: headers,
                                        body: ByteBuffer(string: raw)) { response in
            RawResponse(status: response.status, headers: response.headers, body: String(buffer: response.body))
        }
    }

    /// The absolute REST URL TaskRouter.js builds from its default `apiBaseUrl`.
    func twilioURL(_ rest: String = "") -> String {
        "https://taskrouter.twilio.com/v1/Workspaces/\(sid)" + (rest.isEmpty ? "" : "/\(rest)")
    }
}
