import Foundation
import Hummingbird
import NIOCore
import TaskRouterWire

/// Builds JSON responses with the wire encoder.
enum JSONResponse {
    static let encoder = WireCoding.makeEncoder()

    /// A JSON body with the given status and, for versioned resources, an `ETag`.
    static func make<T: Encodable>(_ value: T, status: HTTPResponse.Status = .ok, etag: Int? = nil) throws -> Response {
        let data = try encoder.encode(value)
        var headers = HTTPFields()
        headers[.contentType] = "application/json; charset=utf-8"
        if let etag { headers[.eTag] = "\"\(etag)\"" }
        return Response(status: status, headers: headers, body: .init(byteBuffer: ByteBuffer(bytes: data)))
    }

    /// 204 with an empty body.
    static func noContent() -> Response { Response(status: .noContent) }

    /// Twilio's error body for `error`.
    static func error(_ error: APIError) -> Response {
        let body = ErrorBody(code: error.code, message: error.message, status: Int(error.status.code))
        let data = (try? encoder.encode(body)) ?? Data()
        var headers = HTTPFields()
        headers[.contentType] = "application/json; charset=utf-8"
        return Response(status: error.status, headers: headers, body: .init(byteBuffer: ByteBuffer(bytes: data)))
    }
}
