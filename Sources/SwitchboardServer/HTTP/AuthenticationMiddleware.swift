import Foundation
import Hummingbird
import SwitchboardEngine

/// HTTP Basic authentication (AccountSid:AuthToken) on every `/v1` route.
struct AuthenticationMiddleware: RouterMiddleware {
    typealias Context = SwitchboardRequestContext
    let registry: EngineRegistry

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        let path = request.uri.path
        guard path == "/v1" || path.hasPrefix("/v1/") else { return try await next(request, context) }
        guard let (user, password) = Self.basicCredentials(request.headers[.authorization]),
              let account = try await registry.authenticate(accountSid: user, authToken: password)
        else { throw APIError.unauthorized }
        var context = context
        context.account = account
        return try await next(request, context)
    }

    /// The user and password of an `Authorization: Basic …` header.
    static func basicCredentials(_ header: String?) -> (String, String)? {
        guard let header, header.count > 6, header.prefix(6).lowercased() == "basic " else { return nil }
        guard let data = Data(base64Encoded: String(header.dropFirst(6)).trimmingCharacters(in: .whitespaces)),
              let decoded = String(data: data, encoding: .utf8), let colon = decoded.firstIndex(of: ":")
        else { return nil }
        return (String(decoded[..<colon]), String(decoded[decoded.index(after: colon)...]))
    }
}
