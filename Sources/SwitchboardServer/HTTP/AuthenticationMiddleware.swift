import Foundation
import HTTPTypes
import Hummingbird
import SwitchboardEngine
import TaskRouterWire

/// Authentication on every `/v1` route: HTTP Basic (AccountSid:AuthToken), or a capability token in
/// `X-Twilio-Token` whose policies must allow the request (method, path, query and form parameters).
/// The event bridge (`/v1/wschannels…`) authenticates by itself, from the token in its query or body.
struct AuthenticationMiddleware: RouterMiddleware {
    typealias Context = SwitchboardRequestContext
    let registry: EngineRegistry

    static let tokenHeader = HTTPField.Name("X-Twilio-Token")!

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        // Segments as the router sees them (it ignores empty ones: `//v1//…` is `/v1/…`).
        let segments = request.uri.path.split(separator: "/")
        guard segments.first == "v1" else { return try await next(request, context) }
        if segments.count > 1, segments[1] == "wschannels" { return try await next(request, context) }
        if request.headers[.authorization] == nil, let token = request.headers[Self.tokenHeader] {
            return try await withCapability(token, request, context, next)
        }
        guard let (user, password) = Self.basicCredentials(request.headers[.authorization]),
              let account = try await registry.authenticate(accountSid: user, authToken: password)
        else { throw APIError.unauthorized }
        var context = context
        context.account = account
        return try await next(request, context)
    }

    /// Verifies the token and checks its policies against the request; a POST body is read here
    /// (and kept for the controller) because `post_filter` constrains its form parameters.
    private func withCapability(
        _ token: String, _ request: Request, _ context: Context, _ next: (Request, Context) async throws -> Response
    ) async throws -> Response {
        var request = request
        var context = context
        do {
            let capability = try await CapabilityVerifier(registry: registry).verify(token)
            var form = FormParameters(pairs: [])
            if request.method == .post {
                form = FormParameters(encoded: String(buffer: try await request.collectBody(upTo: context.maxUploadSize)))
            }
            try capability.authorize(PolicyRequest(method: request.method.rawValue, path: request.uri.path,
                                                   query: request.query, form: form))
            context.account = capability.account
        } catch let error as CapabilityError {
            throw error.apiError
        }
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
