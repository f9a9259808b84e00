import Foundation

/// The `Ordering` list parameter: `Attr:asc|desc[,Attr:dir…]` over a fixed set of attributes.
struct Ordering {
    var attributes: [(name: String, descending: Bool)]

    /// Parses `text`; unknown attributes or directions are 400s.
    init(_ text: String?, allowed: [String], default defaultAttribute: String) throws {
        guard let text, !text.isEmpty else {
            attributes = [(defaultAttribute, false)]
            return
        }
        attributes = try text.split(separator: ",").map { part in
            let pieces = part.split(separator: ":", omittingEmptySubsequences: false).map { $0.trimmingCharacters(in: .whitespaces) }
            guard pieces.count <= 2, let name = allowed.first(where: { $0.lowercased() == pieces[0].lowercased() }) else {
                throw APIError.invalid("Ordering attribute '\(pieces[0])' is not one of \(allowed.joined(separator: ", "))")
            }
            let direction = pieces.count == 2 ? pieces[1].lowercased() : "asc"
            guard direction == "asc" || direction == "desc" else {
                throw APIError.invalid("Ordering direction '\(pieces[1])' must be asc or desc")
            }
            return (name, direction == "desc")
        }
    }

    var names: [String] { attributes.map(\.name) }

    /// A paginator sorting by these attributes, then by SID.
    func paginator<Item>(value: @escaping (Item, String) -> SortValue, sid: @escaping (Item) -> String) -> Paginator<Item> {
        let attrs = attributes
        return Paginator(
            key: { item in attrs.map { value(item, $0.name) } + [.string(sid(item))] },
            descending: attrs.map(\.descending) + [false])
    }
}

extension Date {
    /// Milliseconds since the epoch, as a sort value.
    var sortValue: SortValue { .int(Int64((timeIntervalSince1970 * 1000).rounded(.down))) }
}
