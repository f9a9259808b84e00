import Foundation
import HTTPTypes
import Hummingbird

/// Which browser origins may call the server (`--cors-origins`, `SWITCHBOARD_CORS_ORIGINS`).
///
///     CORSOrigins(["*"])                                // any origin (the default)
///     CORSOrigins(["https://app.example.com"])          // only these
///     CORSOrigins([])                                   // no CORS headers at all
public struct CORSOrigins: Sendable, Hashable {
    public let origins: [String]

    /// `*` anywhere in the list means any origin; other entries are compared exactly (`scheme://host[:port]`).
    public init(_ origins: [String]) {
        self.origins = origins.map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
    }

    /// Parses a comma-separated list; `none` (or an empty text) disables CORS.
    public init(parsing text: String) {
        self.init(text.lowercased() == "none" ? [] : text.split(separator: ",").map(String.init))
    }

    public static let any = CORSOrigins(["*"])

    /// The `Access-Control-Allow-Origin` value for a request from `origin`, or nil.
    func allowOrigin(for origin: String) -> String? {
        if origins.contains("*") { return "*" }
        return origins.contains(origin) ? origin : nil
    }
}

/// Cross-origin access for browser pages on other origins (TaskRouter.js loaded from the customer's
/// site, the console served elsewhere): every response to a request with an `Origin`, errors
/// included, gets `Access-Control-Allow-Origin`; `OPTIONS` preflights are answered here, for any path.
/// No `Access-Control-Allow-Credentials`: callers authenticate with explicit headers or tokens.
struct CrossOriginMiddleware: RouterMiddleware {
    typealias Context = SwitchboardRequestContext
    let origins: CORSOrigins

    static let allowMethods = "GET, POST, DELETE, OPTIONS"
    static let allowHeaders = "Authorization, Content-Type, If-Match, X-Twilio-Token, apiVersion, clientVersion"
    static let exposeHeaders = "ETag"

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        guard let origin = request.headers[.origin], let allowed = origins.allowOrigin(for: origin) else {
            return try await next(request, context)
        }
        var response: Response
        if request.method == .options, request.headers[.accessControlRequestMethod] != nil {
            response = Response(status: .noContent)
            response.headers[.accessControlAllowMethods] = Self.allowMethods
            response.headers[.accessControlAllowHeaders] = Self.allowHeaders
            response.headers[.accessControlMaxAge] = "600"
        } else {
            response = try await next(request, context)
            response.headers[.accessControlExposeHeaders] = Self.exposeHeaders
        }
        response.headers[.accessControlAllowOrigin] = allowed
        if allowed != "*" { response.headers[.vary] = "Origin" }
        return response
    }
}
