import Foundation
import Hummingbird
import NIOCore
import TaskRouterWire

extension Request {
    /// The query string's parameters.
    var query: FormParameters { FormParameters(encoded: uri.query ?? "") }

    /// The form-encoded body's parameters (read once; at most the context's upload limit).
    func form(_ context: SwitchboardRequestContext) async throws -> FormParameters {
        let buffer = try await body.collect(upTo: context.maxUploadSize)
        return FormParameters(encoded: String(buffer: buffer))
    }

    /// The `If-Match` header, if sent.
    var ifMatch: String? { headers[.ifMatch] }
}

extension SwitchboardRequestContext {
    /// The path parameter `name`, percent-decoded.
    func parameter(_ name: String) throws -> String {
        guard let raw = parameters.get(name) else { throw APIError.invalid("Missing path parameter \(name)") }
        return raw.removingPercentEncoding ?? raw
    }

    /// The authenticated account's SID (the auth middleware guarantees one on `/v1`).
    var accountSid: String {
        get throws {
            guard let account else { throw APIError.unauthorized }
            return account.sid
        }
    }
}
