import Foundation
import SwitchboardTesting
import Testing

@Suite struct ActivityRoutesTests {
    @Test func createFetchUpdateDelete() async throws {
        try await WorkspaceFixture.run { fx async throws in
            let created = try await fx.call(.post, fx.path("Activities"), [("FriendlyName", "Break"), ("Available", "true")])
            expectStatus(created, .created)
            let sid = try #require(created["sid"])
            #expect(sid.hasPrefix("WA") && sid.count == 34)
            #expect(created.bool("available") == true)
            #expect(created["workspace_sid"] == fx.sid)
            #expect(created["account_sid"] == TestServer.accountSid)
            #expect(created["url"] == fx.url("Activities/\(sid)"))
            #expect(created.link("workspace") == TestServer.baseURL + fx.ws)

            let fetched = try await fx.call(.get, fx.path("Activities/\(sid)"))
            expectStatus(fetched, .ok)
            #expect(fetched.body == created.body)

            fx.server.clock.advance(by: 30)
            let renamed = try await fx.call(.post, fx.path("Activities/\(sid)"), [("FriendlyName", "Lunch")])
            expectStatus(renamed, .ok)
            #expect(renamed["friendly_name"] == "Lunch")
            #expect(renamed["date_updated"] == "2026-01-01T00:00:30Z")
            #expect(renamed["date_created"] == "2026-01-01T00:00:00Z")

            expectNoContent(try await fx.call(.delete, fx.path("Activities/\(sid)")))
            expectNotFound(try await fx.call(.get, fx.path("Activities/\(sid)")))
            expectNotFound(try await fx.call(.delete, fx.path("Activities/\(sid)")))
            #expect(!(try await fx.get("Activities").sids("activities").contains(sid)))
        }
    }

    @Test func golden() async throws {
        try await WorkspaceFixture.run { fx async throws in
            let sid = try await fx.create("Activities", [("FriendlyName", "Break"), ("Available", "true")])
            fx.server.clock.advance(by: 45)
            _ = try await fx.call(.post, fx.path("Activities/\(sid)"), [("FriendlyName", "Coffee Break")])
            try Golden.expect(try await fx.call(.get, fx.path("Activities/\(sid)")).body, matches: "activity")
        }
    }

    @Test(arguments: [("true", true), ("1", true), ("yes", true), ("TRUE", true), ("false", false), ("no", false), ("", false)])
    func availableFollowsTwilioBooleans(_ value: String, _ expected: Bool) async throws {
        try await WorkspaceFixture.run { fx async throws in
            let r = try await fx.call(.post, fx.path("Activities"), [("FriendlyName", "X"), ("Available", value)])
            expectStatus(r, .created)
            #expect(r.bool("available") == expected)
        }
    }

    @Test func availableDefaultsToFalseAndCannotBeChanged() async throws {
        try await WorkspaceFixture.run { fx async throws in
            let r = try await fx.call(.post, fx.path("Activities"), [("FriendlyName", "Training")])
            #expect(r.bool("available") == false)
            let sid = try #require(r["sid"])
            let updated = try await fx.call(.post, fx.path("Activities/\(sid)"), [("Available", "true")])
            expectStatus(updated, .ok)
            #expect(updated.bool("available") == false)
        }
    }

    @Test func emptyUpdateReturnsTheUnchangedResource() async throws {
        try await WorkspaceFixture.run { fx async throws in
            let sid = try #require(fx.activities["Available"])
            let before = try await fx.call(.get, fx.path("Activities/\(sid)"))
            fx.server.clock.advance(by: 60)
            let after = try await fx.call(.post, fx.path("Activities/\(sid)"))
            expectStatus(after, .ok)
            #expect(after.body == before.body)
        }
    }

    @Test func listFilters() async throws {
        try await WorkspaceFixture.run { fx async throws in
            try await fx.create("Activities", [("FriendlyName", "Break"), ("Available", "yes")])
            let all = try await fx.get("Activities")
            #expect(all.values("activities", "friendly_name") == ["Offline", "Available", "Unavailable", "Break"])
            #expect(all.meta["key"] as? String == "activities")
            #expect(try await fx.get("Activities", [("FriendlyName", "Break")]).values("activities", "friendly_name") == ["Break"])
            #expect(try await fx.get("Activities", [("FriendlyName", "break")]).items("activities").isEmpty)
            #expect(try await fx.get("Activities", [("Available", "true")]).values("activities", "friendly_name") == ["Available", "Break"])
            #expect(try await fx.get("Activities", [("Available", "1")]).values("activities", "friendly_name") == ["Available", "Break"])
            #expect(try await fx.get("Activities", [("Available", "false")]).values("activities", "friendly_name") == ["Offline", "Unavailable"])
            // "anything else → only unavailable ones"
            #expect(try await fx.get("Activities", [("Available", "maybe")]).values("activities", "friendly_name") == ["Offline", "Unavailable"])
            let combined = try await fx.get("Activities", [("FriendlyName", "Offline"), ("Available", "true")])
            #expect(combined.items("activities").isEmpty)
            #expect(combined.meta["url"] as? String == fx.url("Activities") + "?FriendlyName=Offline&Available=true&PageSize=50&Page=0")
        }
    }

    @Test(arguments: [[("Available", "true")], [("FriendlyName", "")], [("FriendlyName", "   ")], [("FriendlyName", tooLongName)],
                      [("FriendlyName", "Offline")]])
    func createRejectsBadInput(_ form: [(String, String)]) async throws {
        try await WorkspaceFixture.run { fx async throws in
            let before = try await fx.get("Activities").body
            expectInvalid(try await fx.call(.post, fx.path("Activities"), form))
            #expect(try await fx.get("Activities").body == before)
        }
    }

    @Test func longestNameIsAccepted() async throws {
        try await WorkspaceFixture.run { fx async throws in
            let r = try await fx.call(.post, fx.path("Activities"), [("FriendlyName", longestName)])
            expectStatus(r, .created)
            #expect(r["friendly_name"] == longestName)
        }
    }

    @Test func updateRejectsBadNames() async throws {
        try await WorkspaceFixture.run { fx async throws in
            let sid = try await fx.create("Activities", [("FriendlyName", "Break")])
            let before = try await fx.call(.get, fx.path("Activities/\(sid)")).body
            expectInvalid(try await fx.call(.post, fx.path("Activities/\(sid)"), [("FriendlyName", tooLongName)]))
            expectInvalid(try await fx.call(.post, fx.path("Activities/\(sid)"), [("FriendlyName", "Available")]))
            #expect(try await fx.call(.get, fx.path("Activities/\(sid)")).body == before)
        }
    }

    @Test func deletingAnActivityInUseIsRefused() async throws {
        try await WorkspaceFixture.run { fx async throws in
            let offline = try #require(fx.activities["Offline"])
            let available = try #require(fx.activities["Available"])
            let unavailable = try #require(fx.activities["Unavailable"])
            // The workspace's default and timeout activity.
            expectInvalid(try await fx.call(.delete, fx.path("Activities/\(offline)")))
            // An activity a worker is in.
            let worker = try await fx.createWorker("alice", activity: available)
            expectInvalid(try await fx.call(.delete, fx.path("Activities/\(available)")))
            // An activity a queue refers to.
            try await fx.createQueue("Sales", [("ReservationActivitySid", unavailable)])
            expectInvalid(try await fx.call(.delete, fx.path("Activities/\(unavailable)")))
            // All still there.
            #expect(try await fx.count("Activities", key: "activities") == 3)
            // Once the worker moved away, the activity can go.
            expectStatus(try await fx.call(.post, fx.path("Workers/\(worker)"), [("ActivitySid", offline)]), .ok)
            expectNoContent(try await fx.call(.delete, fx.path("Activities/\(available)")))
        }
    }

    @Test func atMostOneHundredActivities() async throws {
        try await WorkspaceFixture.run { fx async throws in
            for i in 4...100 { try await fx.create("Activities", [("FriendlyName", "Activity \(i)")]) }
            expectInvalid(try await fx.call(.post, fx.path("Activities"), [("FriendlyName", "One too many")]))
            #expect(try await fx.count("Activities", key: "activities") == 100)
        }
    }

    @Test func malformedAndUnknownSidsAre404() async throws {
        try await WorkspaceFixture.run { fx async throws in
            for sid in ["WA123", unknownSID("WA"), unknownSID("WK"), "Offline"] {
                expectNotFound(try await fx.call(.get, fx.path("Activities/\(sid)")))
                expectNotFound(try await fx.call(.post, fx.path("Activities/\(sid)"), [("FriendlyName", "x")]))
                expectNotFound(try await fx.call(.delete, fx.path("Activities/\(sid)")))
            }
        }
    }
}
