import Foundation
import Hummingbird
import HummingbirdTesting
import NIOCore
import SwitchboardTesting
import TaskRouterWire
import Testing

/// `path?name=value&…`, encoded as the SDKs do.
func query(_ path: String, _ pairs: [(String, String)]) -> String {
    pairs.isEmpty ? path : path + "?" + FormParameters.encode(pairs)
}

/// The path and query of an absolute URL the server emitted under `TestServer.baseURL`.
func relative(_ url: String?, sourceLocation: SourceLocation = #_sourceLocation) throws -> String {
    let url = try #require(url, sourceLocation: sourceLocation)
    #expect(url.hasPrefix(TestServer.baseURL + "/v1/"), "not an absolute URL on the public base: \(url)", sourceLocation: sourceLocation)
    return String(url.dropFirst(TestServer.baseURL.count))
}

/// A 34-character SID with `prefix` that the server never hands out.
func unknownSID(_ prefix: String) -> String { prefix + String(repeating: "f", count: 32) }

extension APIResponse {
    /// The objects of a list's array (`meta.key` names it).
    func items(_ key: String) -> [[String: any Sendable]] {
        (json[key] as? [Any])?.compactMap { $0 as? [String: any Sendable] } ?? []
    }

    /// The `sid` of every item of a list.
    func sids(_ key: String) -> [String] { items(key).compactMap { $0["sid"] as? String } }

    /// A string field of every item of a list.
    func values(_ key: String, _ field: String) -> [String] { items(key).compactMap { $0[field] as? String } }

    /// The list's `meta` object.
    var meta: [String: any Sendable] { json["meta"] as? [String: any Sendable] ?? [:] }

    /// The `ETag` header.
    var etag: String? { headers[.eTag] }

    /// A boolean field of the body.
    func bool(_ key: String) -> Bool? { json[key] as? Bool }

    /// An integer field of the body.
    func int(_ key: String) -> Int? { json[key] as? Int }

    /// Whether the field is present with a JSON `null`.
    func isNull(_ key: String) -> Bool { json.keys.contains(key) && json[key] is NSNull }

    /// A key of the `links` object.
    func link(_ key: String) -> String? { (json["links"] as? [String: any Sendable])?[key] as? String }
}

/// A response as HummingbirdTesting returns it, for requests `call` cannot make (no credentials, JSON bodies).
struct RawResponse: Sendable {
    let status: HTTPResponse.Status
    let headers: HTTPFields
    let body: String
}

/// What the error checks read from a response.
protocol HTTPResult {
    var status: HTTPResponse.Status { get }
    var headers: HTTPFields { get }
    var body: String { get }
}

extension APIResponse: HTTPResult {}
extension RawResponse: HTTPResult {}

/// Sends a request with exactly the given headers.
func rawCall(
    _ client: any TestClientProtocol, _ method: HTTPRequest.Method, _ uri: String, headers: HTTPFields = [:], body: String? = nil
) async throws -> RawResponse {
    try await client.execute(uri: uri, method: method, headers: headers, body: body.map { ByteBuffer(string: $0) }) {
        RawResponse(status: $0.status, headers: $0.headers, body: String(buffer: $0.body))
    }
}

/// Checks a Twilio error body: exact status and code, `{code, message, more_info, status}`.
func expectError(
    _ r: some HTTPResult, _ status: HTTPResponse.Status, _ code: Int, sourceLocation: SourceLocation = #_sourceLocation
) {
    #expect(r.status == status, "status \(r.status.code), body \(r.body)", sourceLocation: sourceLocation)
    let json = (try? JSONSerialization.jsonObject(with: Data(r.body.utf8))) as? [String: Any] ?? [:]
    #expect(json["code"] as? Int == code, "body \(r.body)", sourceLocation: sourceLocation)
    #expect(json["status"] as? Int == Int(status.code), sourceLocation: sourceLocation)
    #expect(json["more_info"] as? String == "https://www.twilio.com/docs/errors/\(code)", sourceLocation: sourceLocation)
    #expect(!((json["message"] as? String) ?? "").isEmpty, "error message missing", sourceLocation: sourceLocation)
    #expect(Set(json.keys).isSubset(of: ["code", "message", "more_info", "status", "detail", "details"]),
            "unexpected keys in \(r.body)", sourceLocation: sourceLocation)
    #expect(r.headers[.contentType]?.hasPrefix("application/json") == true, sourceLocation: sourceLocation)
}

/// A 400 with code 20001.
func expectInvalid(_ r: APIResponse, sourceLocation: SourceLocation = #_sourceLocation) {
    expectError(r, .badRequest, 20001, sourceLocation: sourceLocation)
}

/// A 404 with code 20404.
func expectNotFound(_ r: APIResponse, sourceLocation: SourceLocation = #_sourceLocation) {
    expectError(r, .notFound, 20404, sourceLocation: sourceLocation)
}

/// A 204 with an empty body.
func expectNoContent(_ r: APIResponse, sourceLocation: SourceLocation = #_sourceLocation) {
    #expect(r.status == .noContent, "status \(r.status.code), body \(r.body)", sourceLocation: sourceLocation)
    #expect(r.body.isEmpty, sourceLocation: sourceLocation)
}

/// Expects `r.status`, reporting the body when it differs.
func expectStatus(_ r: APIResponse, _ status: HTTPResponse.Status, sourceLocation: SourceLocation = #_sourceLocation) {
    #expect(r.status == status, "status \(r.status.code), body \(r.body)", sourceLocation: sourceLocation)
}

/// The 65-character name that every ≤ 64 limit refuses.
let tooLongName = String(repeating: "n", count: 65)
/// The longest accepted name.
let longestName = String(repeating: "m", count: 64)
