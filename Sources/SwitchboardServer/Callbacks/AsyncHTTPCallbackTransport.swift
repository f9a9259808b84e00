import AsyncHTTPClient
public import Foundation
import NIOCore
public import SwitchboardCore
public import SwitchboardEngine
import Synchronization
import TaskRouterWire

/// The real `CallbackTransport`: form POSTs over HTTP(S) with AsyncHTTPClient.
///
/// ```swift
/// let transport = AsyncHTTPCallbackTransport()
/// let response = await transport.post(url: url, form: fields, headers: [], timeout: 15)
/// try await transport.shutdown()   // once, when the server stops; later posts answer "no answer"
/// ```
/// Owns its `HTTPClient` (on NIO's shared event loops), which must be shut down with `shutdown()`.
/// Redirects are not followed: a 3xx is an answer like any other non-2xx. The whole exchange (connect,
/// request, answer, body) must finish within `timeout`; only the first `maximumBodySize` bytes of an
/// answer's body are read.
public final class AsyncHTTPCallbackTransport: CallbackTransport {
    private let client: HTTPClient
    private let isShutDown = Mutex(false)
    /// Most bytes of an answer's body that are read; the rest is dropped.
    public let maximumBodySize: Int

    /// The process-wide transport of the server's callbacks; it lives as long as the process, so
    /// applications built and dropped (tests) never leave an HTTP client to shut down.
    public static let shared = AsyncHTTPCallbackTransport()

    public init(maximumBodySize: Int = 64 * 1024) {
        self.maximumBodySize = maximumBodySize
        let configuration = HTTPClient.Configuration(redirectConfiguration: .disallow, timeout: .init(connect: .seconds(10)))
        client = HTTPClient(eventLoopGroup: HTTPClient.defaultEventLoopGroup, configuration: configuration)
    }

    /// Shuts the HTTP client down. Safe to call more than once; after it, `post` answers `.unanswered`.
    public func shutdown() async throws {
        let first = isShutDown.withLock { done in
            defer { done = true }
            return !done
        }
        if first { try await client.shutdown() }
    }

    public func post(url: String, form: [FormField], headers: [(String, String)], timeout: TimeInterval) async -> CallbackResponse {
        if isShutDown.withLock({ $0 }) { return .unanswered }
        let request = Self.request(url: url, form: form, headers: headers)
        let limit = TimeAmount.nanoseconds(Int64((max(timeout, 0) * 1_000_000_000).rounded()))
        do {
            return try await withThrowingTaskGroup(of: CallbackResponse.self) { group in
                group.addTask { try await self.exchange(request, deadline: .now() + limit) }
                group.addTask {
                    try await Task.sleep(for: .nanoseconds(limit.nanoseconds))
                    return .unanswered
                }
                defer { group.cancelAll() }
                return try await group.next() ?? .unanswered
            }
        } catch {
            return .unanswered
        }
    }

    /// The POST: the given headers (a form `Content-Type` and a `User-Agent` unless given), the form-encoded body.
    static func request(url: String, form: [FormField], headers: [(String, String)]) -> HTTPClientRequest {
        var request = HTTPClientRequest(url: url)
        request.method = .POST
        for (name, value) in headers { request.headers.add(name: name, value: value) }
        if !request.headers.contains(name: "Content-Type") {
            request.headers.add(name: "Content-Type", value: "application/x-www-form-urlencoded")
        }
        if !request.headers.contains(name: "User-Agent") { request.headers.add(name: "User-Agent", value: "Switchboard") }
        request.body = .bytes(ByteBuffer(string: FormParameters.encode(form.map { ($0.name, $0.value) })))
        return request
    }

    /// Sends `request` and reads the answer, its body up to `maximumBodySize` bytes.
    private func exchange(_ request: HTTPClientRequest, deadline: NIODeadline) async throws -> CallbackResponse {
        let response = try await client.execute(request, deadline: deadline)
        var body = ByteBuffer()
        for try await var chunk in response.body {
            let room = maximumBodySize - body.readableBytes
            if chunk.readableBytes >= room {
                if let head = chunk.readSlice(length: room) { body.writeImmutableBuffer(head) }
                break
            }
            body.writeBuffer(&chunk)
        }
        return CallbackResponse(status: Int(response.status.code), contentType: response.headers.first(name: "Content-Type"),
                                body: String(buffer: body))
    }
}
