import Foundation
import SwitchboardTesting
import Testing

/// `{WS}/Events` and `{WS}/Events/{Sid}` (rest-api §12, routing-semantics §5).
@Suite struct EventRoutesTests {
    @Test func crudOperationsAreRecordedNewestFirst() async throws {
        try await WorkspaceFixture.run { fx async throws in
            let activity = try await fx.create("Activities", [("FriendlyName", "Break")])
            _ = try await fx.call(.post, fx.path("Activities/\(activity)"), [("FriendlyName", "Pause")])
            try await fx.create("TaskChannels", [("FriendlyName", "Fax"), ("UniqueName", "fax")])
            _ = try await fx.call(.post, fx.path("TaskChannels/fax"), [("FriendlyName", "Telefax")])
            expectNoContent(try await fx.call(.delete, fx.path("TaskChannels/fax")))
            let routing = try await fx.createRouting()
            _ = try await fx.call(.post, fx.path("TaskQueues/\(routing.queue)"), [("TargetWorkers", "level > 1")])
            _ = try await fx.call(.post, fx.path("Workflows/\(routing.workflow)"), [("FriendlyName", "Flow 2")])
            let worker = try await fx.createWorker("Alice")
            _ = try await fx.call(.post, fx.path("Workers/\(worker)"), [("ActivitySid", fx.activities["Unavailable"]!), ("Attributes", #"{"a":1}"#)])
            let task = try await fx.createTask()
            _ = try await fx.call(.post, fx.path("Tasks/\(task)"), [("Priority", "2")])
            _ = try await fx.call(.post, fx.path("Tasks/\(task)"), [("AssignmentStatus", "canceled"), ("Reason", "r")])
            expectNoContent(try await fx.call(.delete, fx.path("Tasks/\(task)")))
            expectNoContent(try await fx.call(.delete, fx.path("Workers/\(worker)")))
            expectNoContent(try await fx.call(.delete, fx.path("Workflows/\(routing.workflow)")))
            expectNoContent(try await fx.call(.delete, fx.path("TaskQueues/\(routing.queue)")))
            expectNoContent(try await fx.call(.delete, fx.path("Activities/\(activity)")))
            _ = try await fx.call(.post, fx.ws, [("FriendlyName", "Support 2")])

            let r = try await fx.get("Events", [("PageSize", "100")])
            expectStatus(r, .ok)
            #expect(r.meta["key"] as? String == "events")
            let chronological = Array(r.values("events", "event_type").reversed())
            #expect(chronological == [
                "workspace.created", "activity.created", "activity.updated",
                "task-channel.created", "task-channel.updated", "task-channel.deleted",
                "task-queue.created", "workflow.created", "task-queue.expression.updated", "workflow.updated",
                "worker.created", "worker.attributes.update", "worker.activity.update",
                "task.created", "workflow.entered", "workflow.target-matched", "task-queue.entered",
                "task.updated", "task.canceled", "task.deleted",
                "worker.deleted", "workflow.deleted", "task-queue.deleted", "activity.deleted", "workspace.updated",
            ])
            let resourceTypes = Set(r.values("events", "resource_type"))
            #expect(resourceTypes == ["workspace", "activity", "task-channel", "task-queue", "workflow", "worker", "task"])
        }
    }

    @Test func fetchBySidAndGolden() async throws {
        try await WorkspaceFixture.run { fx async throws in
            let worker = try await fx.createWorker("Alice", attributes: #"{"skill":"billing"}"#)
            fx.server.clock.advance(by: 95.5)
            _ = try await fx.call(.post, fx.path("Workers/\(worker)"), [("ActivitySid", fx.activities["Available"]!)])
            let list = try await fx.get("Events", [("EventType", "worker.activity.update")])
            let item = try #require(list.items("events").first)
            let sid = try #require(item["sid"] as? String)
            let fetched = try await fx.call(.get, fx.path("Events/\(sid)"))
            expectStatus(fetched, .ok)
            #expect(fetched["url"] == fx.url("Events/\(sid)"))
            #expect(fetched["resource_url"] == fx.url("Workers/\(worker)"))
            #expect(fetched["resource_type"] == "worker")
            #expect(fetched.int("event_date_ms") == 1_767_225_695_500)
            #expect(fetched["event_date"] == "2026-01-01T00:01:35Z")
            let data = try #require(fetched.json["event_data"] as? [String: any Sendable])
            #expect(data["worker_previous_activity_name"] as? String == "Offline")
            #expect(data["worker_activity_name"] as? String == "Available")
            #expect(data["worker_time_in_previous_activity"] as? String == "95")
            #expect(fetched.json["links"] == nil)
            try Golden.expect(fetched.body, matches: "event")
        }
    }

    @Test func goldenPage() async throws {
        try await WorkspaceFixture.run { fx async throws in
            try await fx.createWorker("Alice")
            try await fx.createWorker("Bob")
            // A page with no neighbours: page tokens are opaque and not part of the golden.
            let page = try await fx.get("Events", [("EventType", "worker.created"), ("PageSize", "2")])
            #expect(page.meta["next_page_url"] is NSNull)
            try Golden.expect(page.body, matches: "events_page")
        }
    }

    @Test func filters() async throws {
        try await WorkspaceFixture.run { fx async throws in
            let routing = try await fx.createRouting()
            let alice = try await fx.createWorker("Alice")
            let bob = try await fx.createWorker("Bob")
            let t1 = try await fx.createTask(#"{"n":1}"#, workflow: routing.workflow, [("TaskChannel", "voice")])
            let t2 = try await fx.createTask(#"{"n":2}"#, workflow: routing.workflow)
            // Alice takes no voice tasks, so the router offers her t2, not the older t1.
            expectStatus(try await fx.call(.post, fx.path("Workers/\(alice)/Channels/voice"), [("Available", "false")]), .ok)
            let res = try await fx.reserve(t2, for: alice)
            _ = try await fx.call(.post, fx.path("Tasks/\(t2)"), [("AssignmentStatus", "canceled"), ("Reason", "x")])

            let byType = try await fx.get("Events", [("EventType", "worker.created")])
            #expect(byType.values("events", "resource_sid") == [bob, alice])
            #expect(try await fx.get("Events", [("WorkerSid", bob)]).values("events", "event_type") == ["worker.created"])
            let byTask = try await fx.get("Events", [("TaskSid", t1)])
            #expect(Set(byTask.values("events", "resource_sid")) == [t1])
            #expect(byTask.items("events").count == 4)
            let byReservation = try await fx.get("Events", [("ReservationSid", res)])
            #expect(byReservation.values("events", "event_type") == ["reservation.canceled", "reservation.created"])
            #expect(Set(byReservation.values("events", "resource_sid")) == [res])
            // TaskChannel: t1's events (voice) and Alice's voice channel change, none of t2's (default channel).
            let voice = try await fx.get("Events", [("TaskChannel", "voice")])
            #expect(Set(voice.values("events", "resource_sid")) == [t1, alice])
            #expect(try await fx.get("Events", [("TaskChannel", fx.channels["voice"]!)]).body == voice.body.replacingOccurrences(
                of: "TaskChannel=voice", with: "TaskChannel=\(fx.channels["voice"]!)"))
            #expect(!(try await fx.get("Events", [("TaskQueueSid", routing.queue)]).items("events").isEmpty))
            #expect(!(try await fx.get("Events", [("WorkflowSid", routing.workflow)]).items("events").isEmpty))
            let one = try #require(byType.sids("events").first)
            #expect(try await fx.get("Events", [("Sid", one)]).sids("events") == [one])
            #expect(try await fx.get("Events", [("EventType", "no.such.type")]).items("events").isEmpty)
        }
    }

    @Test func minutesWindowFollowsTheManualClock() async throws {
        try await WorkspaceFixture.run { fx async throws in
            let old = try await fx.createWorker("Old")
            fx.server.clock.advance(by: 16 * 60)
            let new = try await fx.createWorker("New")
            // Default window: the last 15 minutes.
            let recent = try await fx.get("Events")
            #expect(recent.values("events", "resource_sid") == [new])
            #expect(try await fx.get("Events", [("Minutes", "17")]).values("events", "resource_sid") == [new, old, fx.sid])
            // Once another 15 minutes pass, even the new events leave the default window.
            fx.server.clock.advance(by: 15 * 60 + 1)
            #expect(try await fx.get("Events").items("events").isEmpty)
            #expect(try await fx.get("Events", [("Minutes", "60")]).items("events").count == 3)
        }
    }

    @Test func startAndEndDates() async throws {
        try await WorkspaceFixture.run { fx async throws in
            let a = try await fx.createWorker("A")  // 00:00:00
            fx.server.clock.advance(by: 3600)
            let b = try await fx.createWorker("B")  // 01:00:00
            fx.server.clock.advance(by: 3600)
            let c = try await fx.createWorker("C")  // 02:00:00
            let workers = [("EventType", "worker.created")]
            #expect(try await fx.get("Events", workers + [("StartDate", "2026-01-01T00:30:00Z")]).values("events", "resource_sid") == [c, b])
            #expect(try await fx.get("Events", workers + [("EndDate", "2026-01-01T01:00:00Z")]).values("events", "resource_sid") == [b, a])
            #expect(try await fx.get("Events", workers + [("StartDate", "2026-01-01T01:00:00Z"), ("EndDate", "2026-01-01T01:00:00Z")])
                    .values("events", "resource_sid") == [b])
            // Dates win over the default 15-minute window.
            #expect(try await fx.get("Events", workers + [("StartDate", "2025-12-31T00:00:00Z")]).items("events").count == 3)
        }
    }

    @Test(arguments: [[("Minutes", "0")], [("Minutes", "ten")], [("StartDate", "yesterday")], [("EndDate", "2026-13-01T00:00:00Z")],
                      [("StartDate", "2026-01-01T02:00:00Z"), ("EndDate", "2026-01-01T01:00:00Z")], [("PageToken", "garbage")]])
    func badFiltersAre400(_ params: [(String, String)]) async throws {
        try await WorkspaceFixture.run { fx async throws in
            expectInvalid(try await fx.get("Events", params))
        }
    }

    @Test func pagingForwardAndBack() async throws {
        try await WorkspaceFixture.run { fx async throws in
            for name in ["A", "B", "C", "D"] { try await fx.createWorker(name) }
            let all = try await fx.get("Events", [("EventType", "worker.created")]).sids("events")
            #expect(all.count == 4)
            var seen: [String] = []
            var page = try await fx.get("Events", [("EventType", "worker.created"), ("PageSize", "3")])
            #expect(page.meta["previous_page_url"] is NSNull)
            seen += page.sids("events")
            let next = try #require(page.meta["next_page_url"] as? String)
            page = try await fx.call(.get, try relative(next))
            seen += page.sids("events")
            #expect(seen == all)
            #expect(page.meta["next_page_url"] is NSNull)
            let back = try await fx.call(.get, try relative(page.meta["previous_page_url"] as? String))
            #expect(back.sids("events") == Array(all.prefix(3)))
        }
    }

    @Test func unknownMalformedOrForeignEventIs404() async throws {
        try await WorkspaceFixture.run { fx async throws in
            expectNotFound(try await fx.call(.get, fx.path("Events/\(unknownSID("EV"))")))
            expectNotFound(try await fx.call(.get, fx.path("Events/EV123")))
            expectNotFound(try await fx.call(.get, fx.path("Events/\(unknownSID("WK"))")))
            // An event of another workspace of the same account.
            let other = try await WorkspaceFixture.make(server: fx.server, client: fx.client)
            let foreign = try #require(try await other.get("Events").sids("events").first)
            expectNotFound(try await fx.call(.get, fx.path("Events/\(foreign)")))
            expectStatus(try await fx.call(.get, other.path("Events/\(foreign)")), .ok)
        }
    }
}
