import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdCore
import NIOCore

/// `POST /v1/wschannels/{AccountSid}/{ChannelSid}`: the API proxy of TaskRouter.js (spec §3.4–3.5).
///
/// The body names a REST call and carries the token. After the token and the channel's POST policy
/// check out, the call runs through the server's own router with the token in `X-Twilio-Token`, so
/// the token's policies are enforced and the behaviour is that of the REST API. A 2xx answer comes
/// back as `200 {"event_type": …, "payload": <REST body or null>}`; any other answer is passed on
/// with its status and Twilio error body.
struct EventBridgeProxy: Sendable {
    let bridge: EventBridge

    static let apiVersionHeader = HTTPField.Name("apiVersion")!

    func register(on router: Router<SwitchboardRequestContext>) {
        router.post("v1/wschannels/:account/:channel", use: handle)
    }

    @Sendable func handle(_ request: Request, context: SwitchboardRequestContext) async throws -> Response {
        let body = try await request.body.collect(upTo: context.maxUploadSize)
        guard let call = ProxyRequest(json: Data(buffer: body)) else {
            throw APIError.invalid("The body must be a JSON object with url, method and token")
        }
        let token = call.token ?? ""
        do {
            let capability = try await bridge.verifier.verify(token)
            try EventBridge.authorize(capability, channelPath: request.uri.path, method: "POST",
                                      account: try context.parameter("account"), channel: try context.parameter("channel"))
        } catch let error as CapabilityError {
            throw error.apiError
        }
        let target = call.innerTarget(apiVersion: request.headers[Self.apiVersionHeader] ?? "v1")
        let path = URI(target).path
        guard path.hasPrefix("/v1/"), !path.hasPrefix("/v1/wschannels") else {
            throw CapabilityError.denied("The event bridge only forwards TaskRouter REST requests").apiError
        }
        guard let method = HTTPRequest.Method(call.method) else { throw APIError.invalid("Unsupported method \(call.method)") }
        var head = HTTPRequest(method: method, scheme: nil, authority: nil, path: target)
        head.headerFields[AuthenticationMiddleware.tokenHeader] = token
        head.headerFields[.contentType] = "application/x-www-form-urlencoded"
        if let ifMatch = request.headers[.ifMatch] { head.headerFields[.ifMatch] = ifMatch }
        var innerContext = context
        innerContext.account = nil
        let inner = Request(head: head, body: RequestBody(buffer: ByteBuffer(string: call.formBody)))
        return try await Self.envelope(try await bridge.dispatch(inner, context: innerContext), eventType: call.eventType)
    }

    /// `200 {"event_type", "payload"}` for a 2xx answer; any other answer unchanged.
    static func envelope(_ response: Response, eventType: String?) async throws -> Response {
        guard (200..<300).contains(response.status.code) else { return response }
        let collector = BodyCollector()
        try await response.body.write(collector)
        var out = ByteBuffer()
        out.writeString(#"{"event_type":"#)
        out.writeString(eventType.map(EventFrames.jsonString) ?? "null")
        out.writeString(#","payload":"#)
        if collector.buffer.readableBytes == 0 { out.writeString("null") } else { out.writeImmutableBuffer(collector.buffer) }
        out.writeString("}")
        var headers = HTTPFields()
        headers[.contentType] = "application/json; charset=utf-8"
        if let etag = response.headers[.eTag] { headers[.eTag] = etag }
        return Response(status: .ok, headers: headers, body: .init(byteBuffer: out))
    }
}

/// Collects a response body in memory.
final class BodyCollector: ResponseBodyWriter {
    var buffer = ByteBuffer()
    func write(_ part: ByteBuffer) async throws { buffer.writeImmutableBuffer(part) }
    func finish(_ trailingHeaders: HTTPFields?) async throws {}
}
