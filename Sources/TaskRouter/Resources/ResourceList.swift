/// One page of a list: `data` plus paging, TaskRouter.js v1's list object. It is also a collection
/// of its items.
///
/// ```swift
/// var list = try await workspace.workers.fetch(["PageSize": "50"])
/// for worker in list { print(worker.friendlyName ?? "") }
/// while list.hasNext { list = try await list.next() }
/// ```
public struct ResourceList<Element: Sendable>: Sendable, RandomAccessCollection {
    /// The items of this page.
    public let data: [Element]
    /// The page index (`meta.page`).
    public let page: Int
    /// The page size (`meta.page_size`).
    public let pageSize: Int
    /// The page exactly as the server sent it.
    public let json: WireJSON
    let nextPageURL: String?
    let previousPageURL: String?
    let loader: Loader

    /// Fetches a page URL and reads its items.
    struct Loader: Sendable {
        let bridge: EventBridge
        let item: @Sendable (WireJSON) throws(TaskRouterError) -> Element

        func load(_ url: String, params: Parameters?) async throws(TaskRouterError) -> ResourceList {
            let json = try await bridge.send("GET", url, params: params)
            return try ResourceList(json: json, loader: self)
        }
    }

    init(json: WireJSON, loader: Loader) throws(TaskRouterError) {
        guard let meta = json["meta"], let key = meta["key"]?.stringValue, case .array(let items)? = json[key] else {
            throw .invalidResponse("The list response has no meta.key or no items under it")
        }
        var data: [Element] = []
        for item in items { data.append(try loader.item(item)) }
        self.data = data
        page = meta["page"].flatMap(\.intValue) ?? 0
        pageSize = meta["page_size"].flatMap(\.intValue) ?? data.count
        nextPageURL = meta["next_page_url"]?.stringValue
        previousPageURL = meta["previous_page_url"]?.stringValue
        self.json = json
        self.loader = loader
    }

    /// Whether a next page exists.
    public var hasNext: Bool { nextPageURL != nil }
    /// Whether a previous page exists.
    public var hasPrevious: Bool { previousPageURL != nil }

    /// Fetches the next page (`meta.next_page_url`).
    public func next() async throws(TaskRouterError) -> ResourceList {
        guard let nextPageURL else { throw .invalidResponse("There is no next page") }
        return try await loader.load(nextPageURL, params: nil)
    }

    /// Fetches the previous page (`meta.previous_page_url`).
    public func previous() async throws(TaskRouterError) -> ResourceList {
        guard let previousPageURL else { throw .invalidResponse("There is no previous page") }
        return try await loader.load(previousPageURL, params: nil)
    }

    /// The first index of `data`.
    public var startIndex: Int { data.startIndex }
    /// One past the last index of `data`.
    public var endIndex: Int { data.endIndex }
    /// The item at `position`.
    public subscript(position: Int) -> Element { data[position] }
}
