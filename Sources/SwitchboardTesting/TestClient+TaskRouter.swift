public import Foundation
public import Hummingbird
public import HummingbirdTesting
import NIOCore
import TaskRouterWire

/// A decoded response: status, headers and the JSON body.
public struct APIResponse: Sendable {
    public let status: HTTPResponse.Status
    public let headers: HTTPFields
    public let body: String

    /// The body as a JSON object (empty when it is not one).
    public var json: [String: any Sendable] {
        (try? JSONSerialization.jsonObject(with: Data(body.utf8))) as? [String: any Sendable] ?? [:]
    }

    /// A string field of the JSON body.
    public subscript(_ key: String) -> String? { json[key] as? String }
}

extension TestClientProtocol {
    /// Sends a TaskRouter request as the bootstrap account (or the given credentials).
    public func call(
        _ method: HTTPRequest.Method, _ path: String, _ form: [(String, String)] = [],
        headers extra: HTTPFields = [:], account: String = TestServer.accountSid, token: String = TestServer.authToken
    ) async throws -> APIResponse {
        var headers = TestServer.headers(account: account, token: token)
        for field in extra { headers.append(field) }
        let body = FormParameters.encode(form)
        return try await execute(uri: path, method: method, headers: headers, body: ByteBuffer(string: body)) { response in
            APIResponse(status: response.status, headers: response.headers, body: String(buffer: response.body))
        }
    }
}
