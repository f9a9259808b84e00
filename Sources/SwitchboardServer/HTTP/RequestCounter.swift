import Hummingbird
import Synchronization

/// Counts responses by status class (`2xx`, `4xx`, …) for `/metrics`.
final class RequestCounter: Sendable {
    private let counts = Mutex<[String: Int]>([:])

    func record(_ status: HTTPResponse.Status) {
        let key = "\(status.code / 100)xx"
        counts.withLock { $0[key, default: 0] += 1 }
    }

    func snapshot() -> [String: Int] { counts.withLock { $0 } }
}

/// Records every response's status in a `RequestCounter` (outermost, so errors are counted as sent).
struct RequestCountingMiddleware: RouterMiddleware {
    typealias Context = SwitchboardRequestContext
    let counter: RequestCounter

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        let response = try await next(request, context)
        counter.record(response.status)
        return response
    }
}
