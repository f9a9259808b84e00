import Foundation
import SwitchboardTesting
import Testing

@Suite struct TaskChannelRoutesTests {
    @Test func createFetchUpdateDelete() async throws {
        try await WorkspaceFixture.run { fx async throws in
            let created = try await fx.call(.post, fx.path("TaskChannels"), [
                ("FriendlyName", "Email"), ("UniqueName", "email"), ("ChannelOptimizedRouting", "true"),
            ])
            expectStatus(created, .created)
            let sid = try #require(created["sid"])
            #expect(sid.hasPrefix("TC"))
            #expect(created["unique_name"] == "email")
            #expect(created.bool("channel_optimized_routing") == true)
            #expect(created["url"] == fx.url("TaskChannels/\(sid)"))
            #expect(created.link("workspace") == TestServer.baseURL + fx.ws)

            // By SID and by unique name (§1.5).
            #expect(try await fx.call(.get, fx.path("TaskChannels/\(sid)")).body == created.body)
            #expect(try await fx.call(.get, fx.path("TaskChannels/email")).body == created.body)

            fx.server.clock.advance(by: 10)
            let updated = try await fx.call(.post, fx.path("TaskChannels/email"), [
                ("FriendlyName", "E-mail"), ("ChannelOptimizedRouting", "false"),
            ])
            expectStatus(updated, .ok)
            #expect(updated["friendly_name"] == "E-mail")
            #expect(updated["unique_name"] == "email")
            #expect(updated.bool("channel_optimized_routing") == false)
            #expect(updated["date_updated"] == "2026-01-01T00:00:10Z")

            expectNoContent(try await fx.call(.delete, fx.path("TaskChannels/\(sid)")))
            expectNotFound(try await fx.call(.get, fx.path("TaskChannels/\(sid)")))
            expectNotFound(try await fx.call(.get, fx.path("TaskChannels/email")))
        }
    }

    @Test func golden() async throws {
        try await WorkspaceFixture.run { fx async throws in
            try await fx.create("TaskChannels", [("FriendlyName", "Email"), ("UniqueName", "email")])
            fx.server.clock.advance(by: 5)
            _ = try await fx.call(.post, fx.path("TaskChannels/email"), [("ChannelOptimizedRouting", "true")])
            try Golden.expect(try await fx.call(.get, fx.path("TaskChannels/email")).body, matches: "task_channel")
        }
    }

    @Test func deleteByUniqueName() async throws {
        try await WorkspaceFixture.run { fx async throws in
            try await fx.create("TaskChannels", [("FriendlyName", "Fax"), ("UniqueName", "fax")])
            expectNoContent(try await fx.call(.delete, fx.path("TaskChannels/fax")))
            #expect(try await fx.count("TaskChannels", key: "channels") == 5)
        }
    }

    @Test func emptyUpdateReturnsTheUnchangedResource() async throws {
        try await WorkspaceFixture.run { fx async throws in
            let before = try await fx.call(.get, fx.path("TaskChannels/voice"))
            fx.server.clock.advance(by: 60)
            let after = try await fx.call(.post, fx.path("TaskChannels/voice"))
            expectStatus(after, .ok)
            #expect(after.body == before.body)
        }
    }

    @Test func listHasNoFiltersAndKeyChannels() async throws {
        try await WorkspaceFixture.run { fx async throws in
            let r = try await fx.get("TaskChannels")
            expectStatus(r, .ok)
            #expect(r.values("channels", "unique_name") == ["default", "voice", "sms", "chat", "video"])
            #expect(r.meta["key"] as? String == "channels")
            #expect(r.meta["page_size"] as? Int == 50)
        }
    }

    @Test(arguments: [
        [("UniqueName", "email")], [("FriendlyName", "Email")], [("FriendlyName", tooLongName), ("UniqueName", "email")],
        [("FriendlyName", "Voice 2"), ("UniqueName", "voice")], [("FriendlyName", "Email"), ("UniqueName", "")],
    ])
    func createRejectsBadInput(_ form: [(String, String)]) async throws {
        try await WorkspaceFixture.run { fx async throws in
            let before = try await fx.get("TaskChannels").body
            expectInvalid(try await fx.call(.post, fx.path("TaskChannels"), form))
            #expect(try await fx.get("TaskChannels").body == before)
        }
    }

    @Test func updateRejectsTooLongName() async throws {
        try await WorkspaceFixture.run { fx async throws in
            expectInvalid(try await fx.call(.post, fx.path("TaskChannels/voice"), [("FriendlyName", tooLongName)]))
            #expect(try await fx.call(.get, fx.path("TaskChannels/voice"))["friendly_name"] == "Voice")
        }
    }

    @Test func newChannelReachesExistingWorkers() async throws {
        try await WorkspaceFixture.run { fx async throws in
            let worker = try await fx.createWorker("alice")
            #expect(try await fx.get("Workers/\(worker)/Channels").items("channels").count == 5)
            let email = try await fx.create("TaskChannels", [("FriendlyName", "Email"), ("UniqueName", "email")])
            let channels = try await fx.get("Workers/\(worker)/Channels")
            #expect(channels.items("channels").count == 6)
            let wc = try await fx.call(.get, fx.path("Workers/\(worker)/Channels/email"))
            expectStatus(wc, .ok)
            #expect(wc["task_channel_sid"] == email)
        }
    }

    @Test func unknownChannelIs404() async throws {
        try await WorkspaceFixture.run { fx async throws in
            for key in [unknownSID("TC"), "fax", "TC123"] {
                expectNotFound(try await fx.call(.get, fx.path("TaskChannels/\(key)")))
                expectNotFound(try await fx.call(.post, fx.path("TaskChannels/\(key)"), [("FriendlyName", "x")]))
                expectNotFound(try await fx.call(.delete, fx.path("TaskChannels/\(key)")))
            }
        }
    }
}
