import TaskRouter
import Testing

/// Lists are pages that follow the server's `next_page_url` / `previous_page_url`.
@Suite struct PagingTests {
    @Test func nextAndPreviousPages() async throws {
        try await LiveServer.run { server in
            let workspace = try server.workspace()
            for name in ["Ann", "Bob", "Cid"] { _ = try await workspace.workers.create(["FriendlyName": .string(name)]) }
            let first = try await workspace.workers.fetch(["PageSize": "2"])
            #expect(first.count == 2 && first.pageSize == 2 && first.page == 0)
            #expect(first.hasNext && !first.hasPrevious)
            let second = try await first.next()
            #expect(second.page == 1 && second.count == 1 && !second.hasNext && second.hasPrevious)
            let back = try await second.previous()
            #expect(back.map(\.sid) == first.map(\.sid))
            #expect(Set((first.data + second.data).map { $0.friendlyName ?? "" }) == ["Ann", "Bob", "Cid"])
        }
    }
}
