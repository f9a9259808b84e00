import Foundation
import SwitchboardTesting
import Testing

@Suite struct WorkerChannelRoutesTests {
    @Test func listFetchByEveryKeyAndUpdate() async throws {
        try await WorkspaceFixture.run { fx async throws in
            let worker = try await fx.createWorker("Alice")
            let list = try await fx.get("Workers/\(worker)/Channels")
            expectStatus(list, .ok)
            #expect(list.meta["key"] as? String == "channels")
            #expect(list.values("channels", "task_channel_unique_name") == ["default", "voice", "sms", "chat", "video"])
            let voice = try #require(list.items("channels").first { $0["task_channel_unique_name"] as? String == "voice" })
            let wcSid = try #require(voice["sid"] as? String)
            #expect(wcSid.hasPrefix("WC"))
            #expect(voice["url"] as? String == fx.url("Workers/\(worker)/Channels/\(wcSid)"))
            #expect(voice["links"] == nil)

            // §1.5: the WorkerChannel SID, the TaskChannel SID or the unique name.
            let byWC = try await fx.call(.get, fx.path("Workers/\(worker)/Channels/\(wcSid)"))
            expectStatus(byWC, .ok)
            let byTC = try await fx.call(.get, fx.path("Workers/\(worker)/Channels/\(fx.channels["voice"]!)"))
            let byName = try await fx.call(.get, fx.path("Workers/\(worker)/Channels/voice"))
            #expect(byTC.body == byWC.body)
            #expect(byName.body == byWC.body)

            fx.server.clock.advance(by: 30)
            let updated = try await fx.call(.post, fx.path("Workers/\(worker)/Channels/voice"), [("Capacity", "3")])
            expectStatus(updated, .ok)
            #expect(updated.int("configured_capacity") == 3)
            #expect(updated.int("available_capacity_percentage") == 100)
            #expect(updated["date_updated"] == "2026-01-01T00:00:30Z")

            let off = try await fx.call(.post, fx.path("Workers/\(worker)/Channels/\(wcSid)"), [("Available", "false")])
            expectStatus(off, .ok)
            #expect(off.bool("available") == false)
            #expect(off.int("configured_capacity") == 3)
            #expect(off.int("available_capacity_percentage") == 0)
        }
    }

    @Test func golden() async throws {
        try await WorkspaceFixture.run { fx async throws in
            let worker = try await fx.createWorker("Alice")
            fx.server.clock.advance(by: 30)
            _ = try await fx.call(.post, fx.path("Workers/\(worker)/Channels/chat"), [("Capacity", "4")])
            try Golden.expect(try await fx.call(.get, fx.path("Workers/\(worker)/Channels/chat")).body, matches: "worker_channel")
        }
    }

    @Test func emptyUpdateReturnsTheUnchangedResource() async throws {
        try await WorkspaceFixture.run { fx async throws in
            let worker = try await fx.createWorker("Alice")
            let before = try await fx.call(.get, fx.path("Workers/\(worker)/Channels/sms"))
            fx.server.clock.advance(by: 60)
            let after = try await fx.call(.post, fx.path("Workers/\(worker)/Channels/sms"))
            expectStatus(after, .ok)
            #expect(after.body == before.body)
        }
    }

    @Test func capacityAndAvailabilityChangesAreRecorded() async throws {
        try await WorkspaceFixture.run { fx async throws in
            let worker = try await fx.createWorker("Alice")
            _ = try await fx.call(.post, fx.path("Workers/\(worker)/Channels/voice"), [("Capacity", "2")])
            _ = try await fx.call(.post, fx.path("Workers/\(worker)/Channels/voice"), [("Available", "false")])
            let events = try await fx.get("Events", [("WorkerSid", worker)])
            #expect(events.values("events", "event_type") == ["worker.channel.availability.update", "worker.capacity.update", "worker.created"])
            let capacity = try #require(events.items("events").first { $0["event_type"] as? String == "worker.capacity.update" })
            let data = try #require(capacity["event_data"] as? [String: any Sendable])
            #expect(data["worker_channel_previous_capacity"] as? String == "1")
            #expect(data["task_channel_unique_name"] as? String == "voice")
        }
    }

    @Test(arguments: [[("Capacity", "-1")], [("Capacity", "two")], [("Capacity", "1.5")]])
    func updateRejectsBadCapacity(_ form: [(String, String)]) async throws {
        try await WorkspaceFixture.run { fx async throws in
            let worker = try await fx.createWorker("Alice")
            let before = try await fx.call(.get, fx.path("Workers/\(worker)/Channels/voice")).body
            expectInvalid(try await fx.call(.post, fx.path("Workers/\(worker)/Channels/voice"), form + [("Available", "false")]))
            #expect(try await fx.call(.get, fx.path("Workers/\(worker)/Channels/voice")).body == before)
        }
    }

    @Test func unknownWorkerOrChannelIs404() async throws {
        try await WorkspaceFixture.run { fx async throws in
            let alice = try await fx.createWorker("Alice")
            let bob = try await fx.createWorker("Bob")
            let bobsVoice = try #require(try await fx.get("Workers/\(bob)/Channels").items("channels")
                .first { $0["task_channel_unique_name"] as? String == "voice" }?["sid"] as? String)
            for path in [
                "Workers/\(unknownSID("WK"))/Channels", "Workers/WK123/Channels", "Workers/\(unknownSID("WK"))/Channels/voice",
                "Workers/\(alice)/Channels/fax", "Workers/\(alice)/Channels/\(unknownSID("WC"))",
                "Workers/\(alice)/Channels/\(bobsVoice)",  // another worker's channel
            ] {
                expectNotFound(try await fx.call(.get, fx.path(path)))
            }
            expectNotFound(try await fx.call(.post, fx.path("Workers/\(alice)/Channels/fax"), [("Capacity", "2")]))
        }
    }

    @Test func deletedTaskChannelLeavesTheWorkers() async throws {
        try await WorkspaceFixture.run { fx async throws in
            try await fx.create("TaskChannels", [("FriendlyName", "Fax"), ("UniqueName", "fax")])
            let worker = try await fx.createWorker("Alice")
            #expect(try await fx.get("Workers/\(worker)/Channels").items("channels").count == 6)
            expectNoContent(try await fx.call(.delete, fx.path("TaskChannels/fax")))
            #expect(try await fx.get("Workers/\(worker)/Channels").items("channels").count == 5)
            expectNotFound(try await fx.call(.get, fx.path("Workers/\(worker)/Channels/fax")))
        }
    }
}
