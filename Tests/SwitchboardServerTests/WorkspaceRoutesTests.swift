import Foundation
import SwitchboardTesting
import Testing

@Suite struct WorkspaceRoutesTests {
    @Test func createFetchListDelete() async throws {
        let server = try await TestServer()
        try await server.test { client in
            let created = try await client.call(.post, "/v1/Workspaces", [("FriendlyName", "Support")])
            #expect(created.status == .created)
            let sid = try #require(created["sid"])
            #expect(created["url"] == "\(TestServer.baseURL)/v1/Workspaces/\(sid)")
            let fetched = try await client.call(.get, "/v1/Workspaces/\(sid)")
            #expect(fetched.status == .ok)
            #expect(fetched["friendly_name"] == "Support")
            let deleted = try await client.call(.delete, "/v1/Workspaces/\(sid)")
            #expect(deleted.status == .noContent)
            #expect(deleted.body.isEmpty)
            let gone = try await client.call(.get, "/v1/Workspaces/\(sid)")
            #expect(gone.status == .notFound)
            #expect(gone.json["code"] as? Int == 20404)
        }
    }

    @Test func wrongCredentialsAre401() async throws {
        let server = try await TestServer()
        try await server.test { client in
            let r = try await client.call(.get, "/v1/Workspaces", token: "wrong")
            #expect(r.status == .unauthorized)
            #expect(r.json["code"] as? Int == 20003)
        }
    }
}
