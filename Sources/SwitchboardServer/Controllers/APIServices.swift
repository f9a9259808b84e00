import Foundation
import Hummingbird
import SwitchboardCore
import SwitchboardEngine
import TaskRouterWire

/// What every controller uses: the engines, the public URL, and the shared request plumbing.
struct APIServices: Sendable {
    let registry: EngineRegistry
    let publicURL: PublicURL

    var renderer: Renderer { Renderer(base: publicURL.base) }

    /// The engine of the workspace named by the `:workspace` path parameter, if the caller owns it.
    func engine(_ context: SwitchboardRequestContext) throws -> WorkspaceEngine {
        let sid = try context.parameter("workspace")
        return try registry.engine(sid, account: try context.accountSid)
    }

    /// The caller of a command.
    func caller(_ context: SwitchboardRequestContext) throws -> Caller {
        Caller(accountSid: try context.accountSid, sourceIPAddress: context.remoteAddress)
    }

    /// A list `ETag`: a digest of the SIDs and versions of the page's items.
    static func listETag(_ items: [(sid: String, version: Int)]) -> String {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for (sid, version) in items {
            for byte in "\(sid):\(version);".utf8 { hash = (hash ^ UInt64(byte)) &* 0x100_0000_01b3 }
        }
        return String(hash, radix: 16)
    }

    /// A list response: filters the caller sent, paging, `meta` with absolute URLs.
    func page<Item: Encodable & Sendable>(
        _ items: [Item], key: String, request: Request, pageRequest: PageRequest, next: String?, previous: String?,
        etag: String? = nil
    ) throws -> Response {
        let meta = PageMeta(
            key: key, baseURL: publicURL.base, path: request.uri.path, filters: PageRequest.filters(request.query),
            pageSize: pageRequest.pageSize, page: pageRequest.page, nextPageToken: next, previousPageToken: previous,
            currentPageToken: request.query["PageToken"])
        var response = try JSONResponse.make(Page(items: items, meta: meta))
        if let etag { response.headers[.eTag] = "\"\(etag)\"" }
        return response
    }
}

extension SwitchboardRequestContext {
    /// The `Sid` path parameter, checked against the expected prefix (a malformed SID is a 404).
    func sid(_ name: String, _ prefix: SIDPrefix, path: (String) -> String) throws -> String {
        let value = try parameter(name)
        guard prefix.matches(value) else { throw APIError.notFound(path(value)) }
        return value
    }
}
