/// The `meta` object of every list response (§1.7 of the REST spec).
public struct PageMeta: Codable, Hashable, Sendable, WireEncodable {
    /// `page`: the page index echoed from the request.
    public var page: Int
    /// `page_size`: the requested page size.
    public var pageSize: Int
    /// `first_page_url`: absolute URL of page 0.
    public var firstPageUrl: String?
    /// `previous_page_url`: absolute URL of the previous page, `null` on the first page.
    public var previousPageUrl: String?
    /// `next_page_url`: absolute URL of the next page, `null` on the last page.
    public var nextPageUrl: String?
    /// `url`: absolute URL of this page.
    public var url: String?
    /// `key`: the name of the array holding the items, e.g. `workers`.
    public var key: String

    /// Creates a meta object from its fields.
    public init(
        page: Int, pageSize: Int, firstPageUrl: String?, previousPageUrl: String?, nextPageUrl: String?,
        url: String?, key: String
    ) {
        self.page = page
        self.pageSize = pageSize
        self.firstPageUrl = firstPageUrl
        self.previousPageUrl = previousPageUrl
        self.nextPageUrl = nextPageUrl
        self.url = url
        self.key = key
    }
}
