import Foundation
import Hummingbird
import SwitchboardTesting
import Testing

@Suite struct WorkerRoutesTests {
    @Test func createFetchUpdateDelete() async throws {
        try await WorkspaceFixture.run { fx async throws in
            let created = try await fx.call(.post, fx.path("Workers"), [("FriendlyName", "Alice"), ("Attributes", #"{"languages":["en"]}"#)])
            expectStatus(created, .created)
            let sid = try #require(created["sid"])
            #expect(sid.hasPrefix("WK"))
            #expect(created["attributes"] == #"{"languages":["en"]}"#)
            #expect(created["url"] == fx.url("Workers/\(sid)"))
            #expect(created.link("channels") == fx.url("Workers/\(sid)/Channels"))
            #expect(created.link("worker_channels") == fx.url("Workers/\(sid)/Channels"))
            #expect(created.link("reservations") == fx.url("Workers/\(sid)/Reservations"))
            #expect(created.link("worker_statistics") == fx.url("Workers/\(sid)/Statistics"))
            #expect(created.link("statistics") == fx.url("Workers/Statistics"))
            #expect(created.link("activity") == fx.url("Activities/\(created["activity_sid"] ?? "")"))
            #expect(created.etag != nil)

            let fetched = try await fx.call(.get, fx.path("Workers/\(sid)"))
            expectStatus(fetched, .ok)
            #expect(fetched.body == created.body)
            #expect(fetched.etag == created.etag)

            fx.server.clock.advance(by: 300)
            let available = try #require(fx.activities["Available"])
            let updated = try await fx.call(.post, fx.path("Workers/\(sid)"), [
                ("ActivitySid", available), ("Attributes", #"{"languages":["en","es"]}"#), ("FriendlyName", "Alice B"),
            ])
            expectStatus(updated, .ok)
            #expect(updated["activity_name"] == "Available")
            #expect(updated.bool("available") == true)
            #expect(updated["friendly_name"] == "Alice B")
            #expect(updated["attributes"] == #"{"languages":["en","es"]}"#)
            #expect(updated["date_status_changed"] == "2026-01-01T00:05:00Z")
            #expect(updated["date_updated"] == "2026-01-01T00:05:00Z")
            #expect(updated.etag != nil && updated.etag != created.etag)

            expectNoContent(try await fx.call(.delete, fx.path("Workers/\(sid)")))
            expectNotFound(try await fx.call(.get, fx.path("Workers/\(sid)")))
            expectNotFound(try await fx.call(.get, fx.path("Workers/\(sid)/Channels")))
        }
    }

    @Test func golden() async throws {
        try await WorkspaceFixture.run { fx async throws in
            let sid = try await fx.createWorker("Alice", attributes: #"{"languages":["en","es"],"level":3}"#)
            fx.server.clock.advance(by: 120)
            let available = try #require(fx.activities["Available"])
            _ = try await fx.call(.post, fx.path("Workers/\(sid)"), [("ActivitySid", available)])
            try Golden.expect(try await fx.call(.get, fx.path("Workers/\(sid)")).body, matches: "worker")
        }
    }

    @Test func attributeChangeKeepsDateStatusChanged() async throws {
        try await WorkspaceFixture.run { fx async throws in
            let sid = try await fx.createWorker("Alice")
            fx.server.clock.advance(by: 60)
            let r = try await fx.call(.post, fx.path("Workers/\(sid)"), [("Attributes", #"{"x":1}"#)])
            #expect(r["date_status_changed"] == "2026-01-01T00:00:00Z")
            #expect(r["date_updated"] == "2026-01-01T00:01:00Z")
        }
    }

    @Test func emptyUpdateReturnsTheUnchangedResource() async throws {
        try await WorkspaceFixture.run { fx async throws in
            let sid = try await fx.createWorker("Alice")
            let before = try await fx.call(.get, fx.path("Workers/\(sid)"))
            fx.server.clock.advance(by: 60)
            let after = try await fx.call(.post, fx.path("Workers/\(sid)"))
            expectStatus(after, .ok)
            #expect(after.body == before.body)
            #expect(after.etag == before.etag)
        }
    }

    @Test(arguments: [
        [("Attributes", "{}")], [("FriendlyName", "")], [("FriendlyName", tooLongName)],
        [("FriendlyName", "alice")], [("FriendlyName", "ALICE")],
        [("FriendlyName", "Bob"), ("Attributes", "{not json")], [("FriendlyName", "Bob"), ("Attributes", "[1,2]")],
        [("FriendlyName", "Bob"), ("ActivitySid", unknownSID("WA"))], [("FriendlyName", "Bob"), ("ActivitySid", "Available")],
        [("FriendlyName", "Bob"), ("Attributes", "{\"a\":\"" + String(repeating: "x", count: 4100) + "\"}")],
    ])
    func createRejectsBadInput(_ form: [(String, String)]) async throws {
        try await WorkspaceFixture.run { fx async throws in
            try await fx.createWorker("Alice")
            let before = try await fx.get("Workers").body
            expectInvalid(try await fx.call(.post, fx.path("Workers"), form))
            // Nothing half-written: no worker, no event.
            #expect(try await fx.get("Workers").body == before)
            #expect(try await fx.get("Events", [("EventType", "worker.created")]).items("events").count == 1)
        }
    }

    @Test func longestNameIsAccepted() async throws {
        try await WorkspaceFixture.run { fx async throws in
            let r = try await fx.call(.post, fx.path("Workers"), [("FriendlyName", longestName)])
            expectStatus(r, .created)
        }
    }

    @Test func renameToAnotherWorkersNameIsRefusedCaseInsensitively() async throws {
        try await WorkspaceFixture.run { fx async throws in
            try await fx.createWorker("Alice")
            let bob = try await fx.createWorker("Bob")
            expectInvalid(try await fx.call(.post, fx.path("Workers/\(bob)"), [("FriendlyName", "aLiCe")]))
            // Changing the case of one's own name is fine.
            expectStatus(try await fx.call(.post, fx.path("Workers/\(bob)"), [("FriendlyName", "BOB")]), .ok)
        }
    }

    @Test func updateRejectsBadInputAndChangesNothing() async throws {
        try await WorkspaceFixture.run { fx async throws in
            let sid = try await fx.createWorker("Alice")
            let before = try await fx.call(.get, fx.path("Workers/\(sid)"))
            for form in [[("Attributes", "{")], [("ActivitySid", unknownSID("WA"))], [("FriendlyName", tooLongName)],
                         [("FriendlyName", "Alicia"), ("Attributes", "nope")]] {
                expectInvalid(try await fx.call(.post, fx.path("Workers/\(sid)"), form))
            }
            let after = try await fx.call(.get, fx.path("Workers/\(sid)"))
            #expect(after.body == before.body)
            #expect(after.etag == before.etag)
        }
    }

    @Test func ifMatchOnUpdateAndDelete() async throws {
        try await WorkspaceFixture.run { fx async throws in
            let created = try await fx.call(.post, fx.path("Workers"), [("FriendlyName", "Alice")])
            let sid = try #require(created["sid"])
            let etag = try #require(created.etag)

            let stale: HTTPFields = [.ifMatch: "\"999\""]
            expectError(try await fx.call(.post, fx.path("Workers/\(sid)"), [("FriendlyName", "X")], headers: stale), .preconditionFailed, 20412)
            expectError(try await fx.call(.delete, fx.path("Workers/\(sid)"), headers: stale), .preconditionFailed, 20412)
            #expect(try await fx.call(.get, fx.path("Workers/\(sid)"))["friendly_name"] == "Alice")

            let updated = try await fx.call(.post, fx.path("Workers/\(sid)"), [("FriendlyName", "Alicia")], headers: [.ifMatch: etag])
            expectStatus(updated, .ok)
            let newTag = try #require(updated.etag)
            #expect(newTag != etag)
            // The old tag is stale now; the new one works, with or without quotes.
            expectError(try await fx.call(.delete, fx.path("Workers/\(sid)"), headers: [.ifMatch: etag]), .preconditionFailed, 20412)
            let bare = newTag.replacingOccurrences(of: "\"", with: "")
            expectNoContent(try await fx.call(.delete, fx.path("Workers/\(sid)"), headers: [.ifMatch: bare]))
        }
    }

    @Test func listEtagHeader() async throws {
        try await WorkspaceFixture.run { fx async throws in
            try await fx.createWorker("Alice")
            let r = try await fx.get("Workers")
            expectStatus(r, .ok)
            #expect(r.etag != nil, "rest-api §1.7/§1.8: the Workers list returns an ETag header")
            #expect(try await fx.get("Workers").etag == r.etag)
            let alice = try #require(r.sids("workers").first)
            _ = try await fx.call(.post, fx.path("Workers/\(alice)"), [("Attributes", #"{"changed":true}"#)])
            #expect(try await fx.get("Workers").etag != r.etag, "the list's ETag follows its items")
        }
    }

    @Test func malformedAndUnknownSidsAre404() async throws {
        try await WorkspaceFixture.run { fx async throws in
            for sid in ["WK123", unknownSID("WK"), unknownSID("WT"), "Alice"] {
                expectNotFound(try await fx.call(.get, fx.path("Workers/\(sid)")))
                expectNotFound(try await fx.call(.post, fx.path("Workers/\(sid)"), [("FriendlyName", "x")]))
                expectNotFound(try await fx.call(.delete, fx.path("Workers/\(sid)")))
            }
        }
    }
}
