/// One page of a list response: `{"<meta.key>": [items…], "meta": {…}}`.
///
/// ```swift
/// let page = Page(items: workers, meta: PageMeta(key: "workers", baseURL: base, path: path,
///                                                filters: [], pageSize: 50, page: 0))
/// let body = try WireCoding.makeEncoder().encode(page)
/// ```
public struct Page<Item: Encodable & Sendable>: Encodable, Sendable {
    /// The resources on this page, in order.
    public var items: [Item]
    /// Paging information; `meta.key` names the items array in the JSON.
    public var meta: PageMeta

    /// Creates a page.
    public init(items: [Item], meta: PageMeta) {
        self.items = items
        self.meta = meta
    }

    /// Encodes the items under `meta.key` and the meta object under `meta`.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: WireCodingKey.self)
        try container.encode(items, forKey: WireCodingKey(meta.key))
        try container.encode(meta, forKey: WireCodingKey("meta"))
    }
}

extension Page: Decodable where Item: Decodable {
    /// Decodes `meta` first, then the array it names (found verbatim or camelCased by the wire decoder).
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: WireCodingKey.self)
        meta = try container.decode(PageMeta.self, forKey: WireCodingKey("meta"))
        let raw = WireCodingKey(meta.key)
        let key = container.contains(raw) ? raw : WireCodingKey(WireKeys.camelCase(meta.key))
        items = try container.decode([Item].self, forKey: key)
    }
}
