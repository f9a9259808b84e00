import Hummingbird

/// An error answered with Twilio's error body: HTTP status, Twilio code and message.
struct APIError: Error, Sendable {
    var status: HTTPResponse.Status
    var code: Int
    var message: String

    static func notFound(_ path: String) -> APIError {
        APIError(status: .notFound, code: 20404, message: "The requested resource \(path) was not found")
    }

    static func methodNotAllowed(_ method: String, _ path: String) -> APIError {
        APIError(status: .methodNotAllowed, code: 20004, message: "Method \(method) not allowed on \(path)")
    }

    static let unauthorized = APIError(status: .unauthorized, code: 20003, message: "Authenticate")

    static func invalid(_ message: String) -> APIError {
        APIError(status: .badRequest, code: 20001, message: message)
    }
}
