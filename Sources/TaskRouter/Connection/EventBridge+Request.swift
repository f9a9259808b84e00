import AsyncHTTPClient
import Foundation

/// The body of an API-proxy POST to the channel URL (event-bridge protocol, spec §3.4).
struct ProxyRequest: Encodable {
    var url: String
    var method: String
    var params: [String: WireJSON]?
    var token: String
    var eventType: String?

    enum CodingKeys: String, CodingKey {
        case url, method, params, token
        case eventType = "event_type"
    }
}

extension EventBridge {
    /// Sends one REST call through the event bridge and returns the inner response's JSON
    /// (`.null` for an empty body, e.g. after a delete). Retries timeouts and 500s `maxRetries` times.
    ///
    /// `url` is absolute (`{apiBase}/Workspaces/WS…/Activities`); `params` become the query of a GET
    /// or the form of a POST.
    func send(
        _ method: String, _ url: String, params: Parameters? = nil, eventType: String? = nil
    ) async throws(TaskRouterError) -> WireJSON {
        var attempt = 0
        while true {
            do {
                return try await sendOnce(method, url, params: params, eventType: eventType)
            } catch {
                guard Self.isRetryable(error), attempt < (configuration.maxRetries ?? 0), !Task.isCancelled else {
                    throw error
                }
                attempt += 1
                logger.info("Retrying \(method) \(url) (attempt \(attempt)) after: \(error.message)")
            }
        }
    }

    private static func isRetryable(_ error: TaskRouterError) -> Bool {
        switch error {
        case .transport: true
        case .requestFailed(let status, _, _, _): status == 500
        default: false
        }
    }

    private func sendOnce(
        _ method: String, _ url: String, params: Parameters?, eventType: String?
    ) async throws(TaskRouterError) -> WireJSON {
        let body = ProxyRequest(url: url, method: method, params: params.map(\.wireForm), token: token, eventType: eventType)
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        let data: Data
        do { data = try encoder.encode(body) } catch { throw .invalidResponse("Could not encode the request: \(error)") }

        var request = HTTPClientRequest(url: endpoints.channel)
        request.method = .POST
        // What a browser sends for XMLHttpRequest.send(string): a CORS "simple request".
        request.headers.add(name: "Content-Type", value: "text/plain;charset=UTF-8")
        request.body = .bytes(data)
        let status: Int, reason: String, bytes: Data
        do {
            let response = try await HTTPClient.shared.execute(request, timeout: .nanoseconds(configuration.requestTimeout.nanoseconds))
            status = Int(response.status.code)
            reason = response.status.reasonPhrase
            bytes = Data(try await response.body.collect(upTo: 64 << 20).readableBytesView)
        } catch {
            throw .transport("\(method) \(url) failed: \(error)")
        }
        return try Self.unwrap(status: status, reason: reason, body: bytes)
    }

    /// 200 → the `payload` of `{"event_type", "payload"}`; anything else → a typed error.
    static func unwrap(status: Int, reason: String, body: Data) throws(TaskRouterError) -> WireJSON {
        guard status == 200 else {
            let error = try? JSONDecoder().decode(ErrorBody.self, from: body)
            let message = error.map(\.message).flatMap { $0.isEmpty ? nil : $0 } ?? reason
            if status == 501 { throw .notImplemented(message: message, twilioCode: error?.code) }
            throw .requestFailed(status: status, message: message, twilioCode: error?.code, moreInfo: error?.moreInfo)
        }
        guard let envelope = try? JSONDecoder().decode(WireJSON.self, from: body), case .object(let fields) = envelope else {
            throw .invalidResponse("The event bridge answered 200 without a JSON object")
        }
        return fields["payload"] ?? .null
    }
}

extension Duration {
    /// The duration in whole nanoseconds.
    var nanoseconds: Int64 {
        let (seconds, attoseconds) = components
        return seconds * 1_000_000_000 + attoseconds / 1_000_000_000
    }
}
