import Foundation
import TaskRouterWire
import Testing

/// `PageMeta` URL building and the `Page` envelope.
@Suite struct PagingTests {
    static let base = "https://switchboard.example.com"
    static let workers = "/v1/Workspaces/WS0123456789abcdef0123456789abcdef/Workers"
    static let location = base + workers

    @Test func firstPageWithNextToken() {
        let meta = PageMeta(
            key: "workers", baseURL: Self.base, path: Self.workers, filters: [], pageSize: 50, page: 0,
            nextPageToken: "PAWK01")
        #expect(meta.page == 0)
        #expect(meta.pageSize == 50)
        #expect(meta.key == "workers")
        #expect(meta.firstPageUrl == Self.location + "?PageSize=50&Page=0")
        #expect(meta.url == Self.location + "?PageSize=50&Page=0")
        #expect(meta.previousPageUrl == nil)
        #expect(meta.nextPageUrl == Self.location + "?PageSize=50&Page=1&PageToken=PAWK01")
    }

    @Test func middlePageKeepsFiltersInOrder() {
        let meta = PageMeta(
            key: "tasks", baseURL: Self.base + "/", path: "v1/Workspaces/WS1/Tasks",
            filters: [("TaskQueueSid", "WQ1"), ("AssignmentStatus", "pending,reserved")], pageSize: 2, page: 3,
            nextPageToken: "PAWT9", previousPageToken: "PBWT5")
        let prefix = Self.base + "/v1/Workspaces/WS1/Tasks?TaskQueueSid=WQ1&AssignmentStatus=pending%2Creserved"
        #expect(meta.firstPageUrl == prefix + "&PageSize=2&Page=0")
        #expect(meta.url == prefix + "&PageSize=2&Page=3")
        #expect(meta.previousPageUrl == prefix + "&PageSize=2&Page=2&PageToken=PBWT5")
        #expect(meta.nextPageUrl == prefix + "&PageSize=2&Page=4&PageToken=PAWT9")
    }

    @Test func lastPageHasNoNext() {
        let meta = PageMeta(
            key: "events", baseURL: Self.base, path: "/v1/Workspaces/WS1/Events", filters: [], pageSize: 10, page: 1,
            previousPageToken: "PBEV1", currentPageToken: "PAEV0")
        #expect(meta.nextPageUrl == nil)
        #expect(meta.url == Self.base + "/v1/Workspaces/WS1/Events?PageSize=10&Page=1&PageToken=PAEV0")
        #expect(meta.previousPageUrl == Self.base + "/v1/Workspaces/WS1/Events?PageSize=10&Page=0&PageToken=PBEV1")
    }

    @Test(arguments: ["a+b", "a,b", "a b", #"say "hi""#, "50%", "x&y=z", "español ☎", "~-._", "#?/"])
    func filterValuesRoundTrip(_ value: String) throws {
        let meta = PageMeta(
            key: "workers", baseURL: Self.base, path: Self.workers, filters: [("FriendlyName", value)],
            pageSize: 5, page: 0, nextPageToken: "PA+/=")
        let url = try #require(meta.nextPageUrl)
        let query = String(url[url.index(after: try #require(url.firstIndex(of: "?")))...])
        #expect(!query.contains(" ") && !query.contains("\""))
        let form = FormParameters(encoded: query)
        #expect(form.names == ["FriendlyName", "PageSize", "Page", "PageToken"])
        #expect(form["FriendlyName"] == value)
        #expect(form["PageToken"] == "PA+/=")
        #expect(URLComponents(string: url)?.queryItems?.first?.value == value)
    }

    @Test func pageEnvelopeGolden() throws {
        let meta = PageMeta(
            key: "activities", baseURL: "http://127.0.0.1:8080", path: "/v1/Workspaces/WS1/Activities",
            filters: [("Available", "true")], pageSize: 1, page: 0, nextPageToken: "PAWA1")
        let page = Page(items: [ActivityResource(available: true, friendlyName: "Available", sid: "WA1")], meta: meta)
        let json = try wireJSON(page)
        let expected = #"""
            {"activities":[{"account_sid":null,"available":true,"date_created":null,"date_updated":null,\#
            "friendly_name":"Available","links":null,"sid":"WA1","url":null,"workspace_sid":null}],\#
            "meta":{"first_page_url":"http://127.0.0.1:8080/v1/Workspaces/WS1/Activities?Available=true&PageSize=1&Page=0",\#
            "key":"activities",\#
            "next_page_url":"http://127.0.0.1:8080/v1/Workspaces/WS1/Activities?Available=true&PageSize=1&Page=1&PageToken=PAWA1",\#
            "page":0,"page_size":1,"previous_page_url":null,\#
            "url":"http://127.0.0.1:8080/v1/Workspaces/WS1/Activities?Available=true&PageSize=1&Page=0"}}
            """#
        #expect(json == expected)

        let back = try WireCoding.makeDecoder().decode(Page<ActivityResource>.self, from: Data(json.utf8))
        #expect(back.items == page.items)
        #expect(back.meta == meta)
    }

    @Test func pageDecodesSnakeCaseKeyWithBothDecoders() throws {
        let meta = PageMeta(
            key: "task_queues_statistics", baseURL: Self.base, path: "/v1/Workspaces/WS1/TaskQueues/Statistics",
            filters: [], pageSize: 50, page: 0)
        let page = Page(items: [TaskQueuesStatisticsItem(taskQueueSid: "WQ1")], meta: meta)
        let data = try WireCoding.makeEncoder().encode(page)
        #expect(String(decoding: data, as: UTF8.self).hasPrefix(#"{"meta":{"#))
        let viaWire = try WireCoding.makeDecoder().decode(Page<TaskQueuesStatisticsItem>.self, from: data)
        #expect(viaWire.items == page.items)
        #expect(viaWire.meta.key == "task_queues_statistics")
        let emptyPage = Page<TaskQueuesStatisticsItem>(items: [], meta: meta)
        #expect(try wireJSON(emptyPage).contains(#""task_queues_statistics":[]"#))
    }
}
