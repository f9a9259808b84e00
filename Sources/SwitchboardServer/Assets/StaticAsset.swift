import Crypto
import Foundation
import Hummingbird
import NIOCore

/// One file served as-is (the JavaScript SDK, a console page or script), with its validators.
struct StaticAsset: Sendable {
    let bytes: ByteBuffer
    let contentType: String
    /// Strong validator: the first 16 bytes of the SHA-256 of the content, in hex and quotes.
    let etag: String
    let cacheControl: String

    init(data: Data, contentType: String, cacheControl: String) {
        bytes = ByteBuffer(bytes: data)
        self.contentType = contentType
        self.cacheControl = cacheControl
        let digest = SHA256.hash(data: data)
        etag = "\"" + digest.prefix(16).map { String(format: "%02x", $0) }.joined() + "\""
    }

    /// 200 with the content, or 304 when the request's `If-None-Match` names this version.
    func response(for request: Request, extraHeaders: HTTPFields = [:]) -> Response {
        var headers = extraHeaders
        headers[.eTag] = etag
        headers[.cacheControl] = cacheControl
        headers[.xContentTypeOptions] = "nosniff"
        if let match = request.headers[.ifNoneMatch], Self.matches(match, etag) {
            return Response(status: .notModified, headers: headers)
        }
        headers[.contentType] = contentType
        headers[.contentLength] = String(bytes.readableBytes)
        let body: ResponseBody = request.method == .head ? ResponseBody() : ResponseBody(byteBuffer: bytes)
        return Response(status: .ok, headers: headers, body: body)
    }

    /// `If-None-Match: *`, or a list of (possibly weak) tags one of which is ours.
    static func matches(_ header: String, _ etag: String) -> Bool {
        header.split(separator: ",").contains { candidate in
            var tag = candidate.trimmingCharacters(in: .whitespaces)
            if tag == "*" { return true }
            if tag.hasPrefix("W/") { tag.removeFirst(2) }
            return tag == etag
        }
    }

    /// The `Content-Type` of a file name.
    static func contentType(forFileNamed name: String) -> String {
        switch (name as NSString).pathExtension.lowercased() {
        case "js", "mjs": "text/javascript; charset=utf-8"
        case "css": "text/css; charset=utf-8"
        case "html": "text/html; charset=utf-8"
        case "svg": "image/svg+xml"
        case "png": "image/png"
        case "ico": "image/x-icon"
        case "json": "application/json; charset=utf-8"
        case "txt", "md": "text/plain; charset=utf-8"
        default: "application/octet-stream"
        }
    }
}
