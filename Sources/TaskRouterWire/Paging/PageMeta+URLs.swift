extension PageMeta {
    /// Builds the meta object with absolute URLs carrying the caller's filters, `PageSize` and `Page`.
    ///
    /// `first_page_url` and `url` carry no `PageToken` (unless `currentPageToken` is given for `url`);
    /// `next_page_url` / `previous_page_url` are `null` unless their token is given.
    /// ```swift
    /// PageMeta(key: "workers", baseURL: "http://127.0.0.1:8080", path: "/v1/Workspaces/WS1/Workers",
    ///          filters: [("Available", "true")], pageSize: 50, page: 0, nextPageToken: "PAWK1")
    /// // next_page_url ends in ?Available=true&PageSize=50&Page=1&PageToken=PAWK1
    /// ```
    public init(
        key: String, baseURL: String, path: String, filters: [(String, String)], pageSize: Int, page: Int,
        nextPageToken: String? = nil, previousPageToken: String? = nil, currentPageToken: String? = nil
    ) {
        let location = Self.join(baseURL, path)
        func link(page: Int, token: String?) -> String {
            var query = filters
            query.append(("PageSize", String(pageSize)))
            query.append(("Page", String(page)))
            if let token { query.append(("PageToken", token)) }
            return location + "?" + FormParameters.encode(query)
        }
        self.init(
            page: page,
            pageSize: pageSize,
            firstPageUrl: link(page: 0, token: nil),
            previousPageUrl: previousPageToken.map { link(page: max(page - 1, 0), token: $0) },
            nextPageUrl: nextPageToken.map { link(page: page + 1, token: $0) },
            url: link(page: page, token: currentPageToken),
            key: key
        )
    }

    /// Joins a base URL and a path with exactly one `/` between them.
    static func join(_ base: String, _ path: String) -> String {
        var base = Substring(base)
        while base.hasSuffix("/") { base = base.dropLast() }
        return path.hasPrefix("/") ? base + path : base + "/" + path
    }
}
