import AsyncHTTPClient
import Foundation
import NIOCore
import SwitchboardCore

/// Creates tasks with `POST /v1/Workspaces/{WS}/Tasks` on a local server, as a client application would.
struct HTTPTaskClient: Sendable {
    let client: HTTPClient
    let url: String
    let authorization: String

    init(client: HTTPClient, port: Int, workspaceSid: String, account: Account) {
        self.client = client
        url = "http://127.0.0.1:\(port)/v1/Workspaces/\(workspaceSid)/Tasks"
        authorization = "Basic " + Data("\(account.sid):\(account.authToken)".utf8).base64EncodedString()
    }

    /// Creates one task; whether it came back `reserved`. Throws on any status but 201.
    func createTask(attributes: String, workflowSid: String) async throws -> Bool {
        var request = HTTPClientRequest(url: url)
        request.method = .POST
        request.headers.add(name: "Authorization", value: authorization)
        request.headers.add(name: "Content-Type", value: "application/x-www-form-urlencoded")
        request.body = .bytes(ByteBuffer(string: "Attributes=\(Self.formEncoded(attributes))&WorkflowSid=\(workflowSid)"))
        let response = try await client.execute(request, timeout: .seconds(30))
        let body = try await response.body.collect(upTo: 1 << 20)
        guard response.status == .created else {
            throw BenchmarkError("POST /Tasks answered \(response.status.code): \(String(buffer: body))")
        }
        let task = try JSONSerialization.jsonObject(with: Data(buffer: body)) as? [String: Any]
        return task?["assignment_status"] as? String == "reserved"
    }

    static func formEncoded(_ text: String) -> String {
        var allowed = CharacterSet.alphanumerics
        allowed.insert(charactersIn: "-._~")
        return text.addingPercentEncoding(withAllowedCharacters: allowed) ?? text
    }
}
