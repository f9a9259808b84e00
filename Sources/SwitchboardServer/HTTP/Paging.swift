import Foundation
import TaskRouterWire

/// One component of a list's sort order.
enum SortValue: Codable, Comparable, Sendable {
    case int(Int64)
    case string(String)
}

/// A keyset page request: `PageSize`, `Page` and the opaque `PageToken`.
struct PageRequest: Sendable {
    var pageSize: Int
    var page: Int
    var token: PageToken?

    /// Reads the paging parameters; bad values are 400s.
    init(_ query: FormParameters) throws {
        pageSize = try query.int("PageSize", range: 1...1000) ?? 50
        page = try query.int("Page", range: 0...Int(Int32.max)) ?? 0
        token = try query["PageToken"].map(PageToken.init(encoded:))
    }

    /// Filters to repeat in the meta URLs: every query parameter but the paging ones, in order.
    static func filters(_ query: FormParameters) -> [(String, String)] {
        query.names.flatMap { name in
            ["PageSize", "Page", "PageToken"].contains(name) ? [] : query.values(name).map { (name, $0) }
        }.uniquedByPair()
    }
}

/// Where a page starts: strictly after (next) or strictly before (previous) a sort key.
struct PageToken: Codable, Sendable {
    var key: [SortValue]
    var forward: Bool

    init(key: [SortValue], forward: Bool) {
        self.key = key
        self.forward = forward
    }

    init(encoded: String) throws {
        guard encoded.hasPrefix("PA"), let data = Data(base64URL: String(encoded.dropFirst(2))),
              let token = try? JSONDecoder().decode(PageToken.self, from: data)
        else { throw APIError.invalid("PageToken \(encoded) is not valid") }
        self = token
    }

    /// Deterministic: the same position always gives the same token.
    var encoded: String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = .sortedKeys
        return "PA" + ((try? encoder.encode(self)) ?? Data()).base64URL
    }
}

/// Keyset paging over an in-memory list.
struct Paginator<Item> {
    /// The sort key of an item; the order is ascending on each component unless `descending[i]`.
    let key: (Item) -> [SortValue]
    let descending: [Bool]

    func precedes(_ a: [SortValue], _ b: [SortValue]) -> Bool {
        for i in 0..<min(a.count, b.count) where a[i] != b[i] {
            let desc = i < descending.count ? descending[i] : false
            return desc ? a[i] > b[i] : a[i] < b[i]
        }
        return a.count < b.count
    }

    /// The requested page of `items` and the tokens of its neighbours.
    func page(_ items: [Item], _ request: PageRequest) -> (items: [Item], next: String?, previous: String?) {
        let keyed = items.map { (key($0), $0) }.sorted { precedes($0.0, $1.0) }
        var start = 0, end = keyed.count
        if let token = request.token {
            if token.forward {
                start = keyed.firstIndex { precedes(token.key, $0.0) } ?? keyed.count
                end = min(keyed.count, start + request.pageSize)
            } else {
                end = keyed.firstIndex { !precedes($0.0, token.key) } ?? keyed.count
                start = max(0, end - request.pageSize)
            }
        } else {
            end = min(keyed.count, request.pageSize)
        }
        let slice = Array(keyed[start..<end])
        let next = end < keyed.count ? slice.last.map { PageToken(key: $0.0, forward: true).encoded } : nil
        let previous = start > 0 ? slice.first.map { PageToken(key: $0.0, forward: false).encoded } : nil
        return (slice.map(\.1), next, previous)
    }
}

extension Array where Element == (String, String) {
    func uniquedByPair() -> [(String, String)] {
        var seen = Set<String>()
        return filter { seen.insert($0.0 + "\u{0}" + $0.1).inserted }
    }
}

extension Data {
    init?(base64URL: String) {
        var s = base64URL.replacingOccurrences(of: "-", with: "+").replacingOccurrences(of: "_", with: "/")
        while s.count % 4 != 0 { s += "=" }
        self.init(base64Encoded: s)
    }

    var base64URL: String {
        base64EncodedString().replacingOccurrences(of: "+", with: "-").replacingOccurrences(of: "/", with: "_")
            .replacingOccurrences(of: "=", with: "")
    }
}
