import HTTPTypes
import Hummingbird
import NIOCore

/// The browser SDK at `/sdk/taskrouter.js` and the web console under `/console/`. No authentication:
/// these are static files; the console signs in against the REST API from the browser.
struct AssetsController {
    let catalog: AssetCatalog

    /// The console page's policy: everything from this server only (scripts, styles, API, websocket).
    static let consolePolicy = [
        "default-src 'self'", "script-src 'self'", "style-src 'self' 'unsafe-inline'", "img-src 'self' data:",
        "connect-src 'self'", "frame-ancestors 'none'", "base-uri 'self'", "form-action 'self'",
    ].joined(separator: "; ")

    static let referrerPolicy = HTTPField.Name("Referrer-Policy")!

    func register<Context: RequestContext>(on router: Router<Context>) {
        for path in ["sdk/taskrouter.js", "sdk/taskrouter.min.js"] {
            router.get(RouterPath(path)) { request, _ in sdk(request) }
            router.head(RouterPath(path)) { request, _ in sdk(request) }
        }
        // The router treats `/console` and `/console/` alike: the bare one is redirected to the folder.
        router.get("console") { request, _ in consoleRoot(request) }
        router.head("console") { request, _ in consoleRoot(request) }
        router.get("console/**") { request, context in console(request, path: context.parameters.getCatchAll().joined(separator: "/")) }
        router.head("console/**") { request, context in console(request, path: context.parameters.getCatchAll().joined(separator: "/")) }
    }

    func sdk(_ request: Request) -> Response {
        guard let sdk = catalog.sdk else { return Self.missing(catalog.origin) }
        return sdk.response(for: request)
    }

    func console(_ request: Request, path: String) -> Response {
        if catalog.console.isEmpty { return Self.missing(catalog.origin) }
        let file = path.isEmpty ? "index.html" : path
        guard let asset = catalog.console[file] else {
            return Response(status: .notFound, headers: [.contentType: "text/plain; charset=utf-8"],
                            body: ResponseBody(byteBuffer: ByteBuffer(string: "Not found: /console/\(file)\n")))
        }
        var headers: HTTPFields = [Self.referrerPolicy: "no-referrer"]
        if file.hasSuffix(".html") { headers[.contentSecurityPolicy] = Self.consolePolicy }
        return asset.response(for: request, extraHeaders: headers)
    }

    /// `/console/` is the page; `/console` redirects there, so the page's relative URLs resolve inside the folder.
    func consoleRoot(_ request: Request) -> Response {
        if request.uri.path.hasSuffix("/") { return console(request, path: "index.html") }
        let query = request.uri.query.map { "?" + $0 } ?? ""
        return Response.redirect(to: request.uri.path + "/" + query, type: .found)
    }

    /// The assets were not found next to the binary: say so instead of a bare 404.
    static func missing(_ reason: String) -> Response {
        Response(status: .serviceUnavailable, headers: [.contentType: "text/plain; charset=utf-8"],
                 body: ResponseBody(byteBuffer: ByteBuffer(string: "The browser SDK and console assets are not installed: \(reason)\n")))
    }
}
