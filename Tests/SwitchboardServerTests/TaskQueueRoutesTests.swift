import Foundation
import SwitchboardTesting
import Testing

@Suite struct TaskQueueRoutesTests {
    @Test func createWithDefaultsFetchUpdateDelete() async throws {
        try await WorkspaceFixture.run { fx async throws in
            let created = try await fx.call(.post, fx.path("TaskQueues"), [("FriendlyName", "Support")])
            expectStatus(created, .created)
            let sid = try #require(created["sid"])
            #expect(sid.hasPrefix("WQ"))
            #expect(created["target_workers"] == "1==1")
            #expect(created.int("max_reserved_workers") == 1)
            #expect(created["task_order"] == "FIFO")
            #expect(created.isNull("reservation_activity_sid") && created.isNull("reservation_activity_name"))
            #expect(created.isNull("assignment_activity_sid") && created.isNull("assignment_activity_name"))
            #expect(created["url"] == fx.url("TaskQueues/\(sid)"))
            #expect(created.link("statistics") == fx.url("TaskQueues/\(sid)/Statistics"))
            #expect(created.link("list_statistics") == fx.url("TaskQueues/Statistics"))
            #expect(created.link("workspace") == TestServer.baseURL + fx.ws)
            #expect(try await fx.call(.get, fx.path("TaskQueues/\(sid)")).body == created.body)

            fx.server.clock.advance(by: 20)
            let unavailable = try #require(fx.activities["Unavailable"])
            let updated = try await fx.call(.post, fx.path("TaskQueues/\(sid)"), [
                ("FriendlyName", "Support EN"), ("TargetWorkers", "languages HAS \"en\""), ("MaxReservedWorkers", "50"),
                ("TaskOrder", "LIFO"), ("AssignmentActivitySid", unavailable),
            ])
            expectStatus(updated, .ok)
            #expect(updated["friendly_name"] == "Support EN")
            #expect(updated["target_workers"] == "languages HAS \"en\"")
            #expect(updated.int("max_reserved_workers") == 50)
            #expect(updated["task_order"] == "LIFO")
            #expect(updated["assignment_activity_sid"] == unavailable)
            #expect(updated["assignment_activity_name"] == "Unavailable")
            #expect(updated.link("assignment_activity") == fx.url("Activities/\(unavailable)"))
            #expect(updated["date_updated"] == "2026-01-01T00:00:20Z")

            expectNoContent(try await fx.call(.delete, fx.path("TaskQueues/\(sid)")))
            expectNotFound(try await fx.call(.get, fx.path("TaskQueues/\(sid)")))
        }
    }

    @Test func golden() async throws {
        try await WorkspaceFixture.run { fx async throws in
            let offline = try #require(fx.activities["Offline"])
            let available = try #require(fx.activities["Available"])
            let sid = try await fx.createQueue("Spanish", targetWorkers: "languages HAS \"es\"", [
                ("MaxReservedWorkers", "3"), ("TaskOrder", "LIFO"),
                ("ReservationActivitySid", available), ("AssignmentActivitySid", offline),
            ])
            try Golden.expect(try await fx.call(.get, fx.path("TaskQueues/\(sid)")).body, matches: "task_queue")
        }
    }

    @Test func emptyUpdateReturnsTheUnchangedResource() async throws {
        try await WorkspaceFixture.run { fx async throws in
            let sid = try await fx.createQueue("Support")
            let before = try await fx.call(.get, fx.path("TaskQueues/\(sid)"))
            fx.server.clock.advance(by: 60)
            let after = try await fx.call(.post, fx.path("TaskQueues/\(sid)"))
            expectStatus(after, .ok)
            #expect(after.body == before.body)
        }
    }

    @Test func emptyActivityClearsTheReference() async throws {
        try await WorkspaceFixture.run { fx async throws in
            let sid = try await fx.createQueue("Support", [("ReservationActivitySid", try #require(fx.activities["Offline"]))])
            let r = try await fx.call(.post, fx.path("TaskQueues/\(sid)"), [("ReservationActivitySid", "")])
            expectStatus(r, .ok)
            #expect(r.isNull("reservation_activity_sid"))
            #expect(r.link("reservation_activity") == nil)
        }
    }

    @Test(arguments: [
        [("TargetWorkers", "1==1")],
        [("FriendlyName", "")],
        [("FriendlyName", "Q"), ("TaskOrder", "RANDOM")],
        [("FriendlyName", "Q"), ("TaskOrder", "fifo")],
        [("FriendlyName", "Q"), ("MaxReservedWorkers", "0")],
        [("FriendlyName", "Q"), ("MaxReservedWorkers", "51")],
        [("FriendlyName", "Q"), ("MaxReservedWorkers", "many")],
        [("FriendlyName", "Q"), ("TargetWorkers", "languages HAS")],
        [("FriendlyName", "Q"), ("TargetWorkers", "(1==1")],
        [("FriendlyName", "Q"), ("ReservationActivitySid", unknownSID("WA"))],
        [("FriendlyName", "Q"), ("AssignmentActivitySid", "Offline")],
    ])
    func createRejectsBadInput(_ form: [(String, String)]) async throws {
        try await WorkspaceFixture.run { fx async throws in
            try await fx.createQueue("Existing")
            let before = try await fx.get("TaskQueues").body
            expectInvalid(try await fx.call(.post, fx.path("TaskQueues"), form))
            #expect(try await fx.get("TaskQueues").body == before)
        }
    }

    @Test func duplicateNameIsRefused() async throws {
        try await WorkspaceFixture.run { fx async throws in
            let first = try await fx.createQueue("Support")
            let other = try await fx.createQueue("Sales")
            expectInvalid(try await fx.call(.post, fx.path("TaskQueues"), [("FriendlyName", "Support")]))
            expectInvalid(try await fx.call(.post, fx.path("TaskQueues/\(other)"), [("FriendlyName", "Support")]))
            #expect(try await fx.get("TaskQueues").sids("task_queues") == [first, other])
        }
    }

    @Test func updateRejectsBadInputAndChangesNothing() async throws {
        try await WorkspaceFixture.run { fx async throws in
            let sid = try await fx.createQueue("Support")
            let before = try await fx.call(.get, fx.path("TaskQueues/\(sid)")).body
            for form in [[("MaxReservedWorkers", "51")], [("TaskOrder", "SIDEWAYS")], [("TargetWorkers", "a ==")],
                         [("FriendlyName", "Renamed"), ("MaxReservedWorkers", "0")]] {
                expectInvalid(try await fx.call(.post, fx.path("TaskQueues/\(sid)"), form))
            }
            #expect(try await fx.call(.get, fx.path("TaskQueues/\(sid)")).body == before)
        }
    }

    @Test func listFilters() async throws {
        try await WorkspaceFixture.run { fx async throws in
            let english = try await fx.createQueue("English", targetWorkers: "languages HAS \"en\"")
            let spanish = try await fx.createQueue("Spanish", targetWorkers: "languages HAS \"es\"")
            let everyone = try await fx.createQueue("Everyone")
            #expect(try await fx.get("TaskQueues").sids("task_queues") == [english, spanish, everyone])
            #expect(try await fx.get("TaskQueues", [("FriendlyName", "Spanish")]).sids("task_queues") == [spanish])

            let evaluated = try await fx.get("TaskQueues", [("EvaluateWorkerAttributes", #"{"languages":["es"]}"#)])
            expectStatus(evaluated, .ok)
            #expect(evaluated.sids("task_queues") == [spanish, everyone])

            let worker = try await fx.createWorker("alice", attributes: #"{"languages":["en","fr"]}"#)
            #expect(try await fx.get("TaskQueues", [("WorkerSid", worker)]).sids("task_queues") == [english, everyone])

            let ordered = try await fx.get("TaskQueues", [("Ordering", "FriendlyName:desc")])
            #expect(ordered.values("task_queues", "friendly_name") == ["Spanish", "Everyone", "English"])
            #expect(ordered.meta["key"] as? String == "task_queues")
        }
    }

    @Test(arguments: [
        [("EvaluateWorkerAttributes", "{not json")], [("Ordering", "Priority:sideways")], [("PageSize", "0")],
    ])
    func listRejectsBadFilters(_ params: [(String, String)]) async throws {
        try await WorkspaceFixture.run { fx async throws in
            try await fx.createQueue("English")
            expectInvalid(try await fx.get("TaskQueues", params))
        }
    }

    @Test func deleteIsRefusedWhileTheQueueIsInUse() async throws {
        try await WorkspaceFixture.run { fx async throws in
            let routing = try await fx.createRouting()
            // A workflow routes to it.
            expectInvalid(try await fx.call(.delete, fx.path("TaskQueues/\(routing.queue)")))
            // A pending task sits in it (placed by TaskQueueSid, no workflow involved).
            let lonely = try await fx.createQueue("Lonely")
            let task = try await fx.createTask(workflow: routing.workflow, [("TaskQueueSid", lonely)])
            expectInvalid(try await fx.call(.delete, fx.path("TaskQueues/\(lonely)")))
            #expect(try await fx.count("TaskQueues", key: "task_queues") == 2)
            // Once the task is canceled, the queue can go.
            expectStatus(try await fx.call(.post, fx.path("Tasks/\(task)"), [("AssignmentStatus", "canceled"), ("Reason", "test")]), .ok)
            expectNoContent(try await fx.call(.delete, fx.path("TaskQueues/\(lonely)")))
        }
    }

    @Test func malformedAndUnknownSidsAre404() async throws {
        try await WorkspaceFixture.run { fx async throws in
            for sid in ["WQ123", unknownSID("WQ"), unknownSID("WW"), "Support"] {
                expectNotFound(try await fx.call(.get, fx.path("TaskQueues/\(sid)")))
                expectNotFound(try await fx.call(.post, fx.path("TaskQueues/\(sid)"), [("FriendlyName", "x")]))
                expectNotFound(try await fx.call(.delete, fx.path("TaskQueues/\(sid)")))
            }
        }
    }
}
