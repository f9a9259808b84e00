import Foundation
import Hummingbird
import Logging
import SwitchboardCore
import SwitchboardEngine
import TaskRouterWire

/// Maps every error to Twilio's error body, once, at the edge: domain errors, bad parameters,
/// unknown paths (404/20404), known paths with another method (405/20004), and anything else (500/20500).
struct ErrorMiddleware: RouterMiddleware {
    typealias Context = SwitchboardRequestContext

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        do {
            return try await next(request, context)
        } catch {
            let api = Self.apiError(for: error, request: request)
            if api.status.code >= 500 {
                context.logger.error("request failed", metadata: ["error": "\(error)", "path": "\(request.uri.path)"])
            }
            var response = JSONResponse.error(api)
            if api.status == .unauthorized { response.headers[.wwwAuthenticate] = #"Basic realm="Switchboard""# }
            return response
        }
    }

    static func apiError(for error: any Error, request: Request) -> APIError {
        switch error {
        case let e as APIError: return e
        case let e as DomainError:
            switch e {
            case .invalid(let m): return .invalid(m)
            case .notFound(let m): return APIError(status: .notFound, code: 20404, message: m)
            case .versionMismatch(let m): return APIError(status: .preconditionFailed, code: 20412, message: m)
            case .gone(let m): return APIError(status: .gone, code: 20001, message: m)
            case .notImplemented(let m): return APIError(status: .notImplemented, code: 20501, message: m)
            }
        case let e as ParameterError: return .invalid(e.message)
        case let e as HTTPError where e.status == .notFound:
            let path = request.uri.path
            if RouteTable.isKnown(path) { return .methodNotAllowed(request.method.rawValue, path) }
            return .notFound(path)
        case let e as HTTPError where e.status == .contentTooLarge:
            return APIError(status: .contentTooLarge, code: 20001, message: "Request body too large")
        case let e as HTTPError where e.status.code < 500:
            return APIError(status: e.status, code: 20001, message: e.body ?? e.status.reasonPhrase)
        default:
            return APIError(status: .internalServerError, code: 20500, message: "Internal server error")
        }
    }
}
