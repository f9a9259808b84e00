import Foundation
import Hummingbird
import SwitchboardTesting
import Testing

/// Reservations under `{WS}/Tasks/{TaskSid}` and `{WS}/Workers/{WorkerSid}` (rest-api §11), made by the router.
@Suite struct ReservationRoutesTests {
    /// Alice and Bob are available; t1 (queue with MaxReservedWorkers 2) is offered to both, Bob rejects, then t2 is
    /// offered to Bob (Alice's only slot is taken): Alice [t1 pending], Bob [t1 rejected, t2 pending].
    struct Offers: Sendable {
        let fx: WorkspaceFixture
        let alice: String, bob: String, t1: String, t2: String
        let aliceT1: String, bobT1: String, bobT2: String
    }

    static func withOffers(_ body: @Sendable (Offers) async throws -> Void) async throws {
        try await WorkspaceFixture.run { fx async throws in
            let queue = try await fx.createQueue("Pair", [("MaxReservedWorkers", "2")])
            let workflow = try await fx.createDefaultWorkflow("Pairs", queue: queue)
            let alice = try await fx.createWorker("Alice", activity: fx.activities["Available"])
            let bob = try await fx.createWorker("Bob", activity: fx.activities["Available"])
            let t1 = try await fx.createTask(#"{"n":1}"#, workflow: workflow)
            let aliceT1 = try await fx.pendingReservation(t1, for: alice)
            let bobT1 = try await fx.pendingReservation(t1, for: bob)
            fx.server.clock.advance(by: 10)
            let rejected = try await fx.call(.post, fx.path("Workers/\(bob)/Reservations/\(bobT1)"), [("ReservationStatus", "rejected")])
            try #require(rejected.status == .ok, "\(rejected.body)")
            fx.server.clock.advance(by: 10)
            let t2 = try await fx.createTask(#"{"n":2}"#, workflow: workflow)
            let bobT2 = try await fx.pendingReservation(t2, for: bob)
            try await body(Offers(fx: fx, alice: alice, bob: bob, t1: t1, t2: t2, aliceT1: aliceT1, bobT1: bobT1, bobT2: bobT2))
        }
    }

    @Test func listUnderTaskAndWorker() async throws {
        try await Self.withOffers { o in
            let byTask = try await o.fx.get("Tasks/\(o.t1)/Reservations")
            expectStatus(byTask, .ok)
            #expect(byTask.meta["key"] as? String == "reservations")
            #expect(Set(byTask.sids("reservations")) == [o.aliceT1, o.bobT1])
            #expect(byTask.values("reservations", "url").allSatisfy { $0.hasPrefix(o.fx.url("Tasks/\(o.t1)/Reservations/")) })
            let byWorker = try await o.fx.get("Workers/\(o.bob)/Reservations")
            expectStatus(byWorker, .ok)
            #expect(byWorker.sids("reservations") == [o.bobT1, o.bobT2])
            #expect(byWorker.values("reservations", "url") == [
                o.fx.url("Workers/\(o.bob)/Reservations/\(o.bobT1)"), o.fx.url("Workers/\(o.bob)/Reservations/\(o.bobT2)"),
            ])
            #expect(byWorker.values("reservations", "reservation_status") == ["rejected", "pending"])
            #expect(byWorker.values("reservations", "worker_name") == ["Bob", "Bob"])
        }
    }

    @Test func listFilters() async throws {
        try await Self.withOffers { o in
            let fx = o.fx
            #expect(try await fx.get("Tasks/\(o.t1)/Reservations", [("WorkerSid", o.bob)]).sids("reservations") == [o.bobT1])
            #expect(try await fx.get("Tasks/\(o.t1)/Reservations", [("ReservationStatus", "pending")]).sids("reservations") == [o.aliceT1])
            #expect(try await fx.get("Tasks/\(o.t1)/Reservations", [("ReservationStatus", "accepted")]).sids("reservations").isEmpty)
            #expect(try await fx.get("Workers/\(o.bob)/Reservations", [("ReservationStatus", "rejected")]).sids("reservations") == [o.bobT1])
            #expect(try await fx.get("Workers/\(o.bob)/Reservations", [("ReservationStatus", "pending")]).sids("reservations") == [o.bobT2])
            expectInvalid(try await fx.get("Workers/\(o.bob)/Reservations", [("ReservationStatus", "maybe")]))
            expectInvalid(try await fx.get("Tasks/\(o.t1)/Reservations", [("ReservationStatus", "PENDING")]))
        }
    }

    @Test func fetchUnderTaskAndWorker() async throws {
        try await Self.withOffers { o in
            let viaTask = try await o.fx.call(.get, o.fx.path("Tasks/\(o.t2)/Reservations/\(o.bobT2)"))
            expectStatus(viaTask, .ok)
            #expect(viaTask.etag != nil)
            #expect(viaTask["reservation_status"] == "pending")
            #expect(viaTask["task_sid"] == o.t2)
            #expect(viaTask["worker_sid"] == o.bob)
            #expect(viaTask["worker_name"] == "Bob")
            #expect(viaTask["url"] == o.fx.url("Tasks/\(o.t2)/Reservations/\(o.bobT2)"))
            #expect(viaTask.link("task") == o.fx.url("Tasks/\(o.t2)"))
            #expect(viaTask.link("worker") == o.fx.url("Workers/\(o.bob)"))
            #expect(viaTask.link("workspace") == TestServer.baseURL + o.fx.ws)

            let viaWorker = try await o.fx.call(.get, o.fx.path("Workers/\(o.bob)/Reservations/\(o.bobT2)"))
            expectStatus(viaWorker, .ok)
            #expect(viaWorker["url"] == o.fx.url("Workers/\(o.bob)/Reservations/\(o.bobT2)"))
            // Only the url differs.
            var a = viaTask.json, b = viaWorker.json
            a["url"] = nil
            b["url"] = nil
            #expect(NSDictionary(dictionary: a).isEqual(to: b))
        }
    }

    @Test func golden() async throws {
        try await Self.withOffers { o in
            try Golden.expect(try await o.fx.call(.get, o.fx.path("Tasks/\(o.t1)/Reservations/\(o.aliceT1)")).body,
                              matches: "task_reservation")
            try Golden.expect(try await o.fx.call(.get, o.fx.path("Workers/\(o.bob)/Reservations/\(o.bobT1)")).body,
                              matches: "worker_reservation")
        }
    }

    @Test func acceptWithIfMatch() async throws {
        try await Self.withOffers { o in
            let path = o.fx.path("Tasks/\(o.t1)/Reservations/\(o.aliceT1)")
            let etag = try #require(try await o.fx.call(.get, path).etag)
            expectError(try await o.fx.call(.post, path, [("ReservationStatus", "accepted")], headers: [.ifMatch: "\"77\""]),
                        .preconditionFailed, 20412)
            #expect(try await o.fx.call(.get, path)["reservation_status"] == "pending")
            let accepted = try await o.fx.call(.post, path, [("ReservationStatus", "accepted")], headers: [.ifMatch: etag])
            expectStatus(accepted, .ok)
            #expect(accepted["reservation_status"] == "accepted")
            #expect(accepted.etag != nil && accepted.etag != etag)
            #expect(try await o.fx.call(.get, o.fx.path("Tasks/\(o.t1)"))["assignment_status"] == "assigned")
            // Answering it again is refused.
            let again = try await o.fx.call(.post, path, [("ReservationStatus", "rejected")])
            #expect(again.status == .badRequest || again.status == .gone, "\(again.body)")
        }
    }

    @Test func answeringAnEndedReservationIs410() async throws {
        try await Self.withOffers { o in
            let r = try await o.fx.call(.post, o.fx.path("Workers/\(o.bob)/Reservations/\(o.bobT1)"), [("ReservationStatus", "accepted")])
            expectError(r, .gone, 20001)
            #expect(try await o.fx.call(.get, o.fx.path("Tasks/\(o.t1)"))["assignment_status"] == "reserved")
        }
    }

    @Test(arguments: [
        [("ReservationStatus", "pending")], [("ReservationStatus", "timeout")], [("ReservationStatus", "canceled")],
        [("ReservationStatus", "rescinded")], [("ReservationStatus", "declined")], [("ReservationStatus", "wrapping")],
        [("ReservationStatus", "completed")], [("Instruction", "teleport")],
        [("ReservationStatus", "rejected"), ("WorkerActivitySid", unknownSID("WA"))],
        [("ReservationStatus", "accepted"), ("Supervisor", "WK0"), ("SupervisorMode", "monitor")],
    ])
    func updateRejectsBadInput(_ form: [(String, String)]) async throws {
        try await Self.withOffers { o in
            let path = o.fx.path("Workers/\(o.bob)/Reservations/\(o.bobT2)")
            let before = try await o.fx.call(.get, path).body
            expectInvalid(try await o.fx.call(.post, path, form))
            #expect(try await o.fx.call(.get, path).body == before)
        }
    }

    @Test func rejectWithWorkerActivity() async throws {
        try await Self.withOffers { o in
            let offline = try #require(o.fx.activities["Offline"])
            let r = try await o.fx.call(.post, o.fx.path("Tasks/\(o.t2)/Reservations/\(o.bobT2)"),
                                        [("ReservationStatus", "rejected"), ("WorkerActivitySid", offline)])
            expectStatus(r, .ok)
            #expect(r["reservation_status"] == "rejected")
            #expect(try await o.fx.call(.get, o.fx.path("Workers/\(o.bob)"))["activity_sid"] == offline)
            #expect(try await o.fx.call(.get, o.fx.path("Tasks/\(o.t2)"))["assignment_status"] == "pending")
        }
    }

    @Test func listEtagHeaders() async throws {
        try await Self.withOffers { o in
            let byTask = try await o.fx.get("Tasks/\(o.t1)/Reservations")
            let byWorker = try await o.fx.get("Workers/\(o.bob)/Reservations")
            #expect(byTask.etag != nil, "rest-api §1.8: the Task Reservation list returns an ETag")
            #expect(byWorker.etag != nil, "rest-api §1.8: the Worker Reservation list returns an ETag")
        }
    }

    @Test func wrongParentOrUnknownSidIs404() async throws {
        try await Self.withOffers { o in
            let fx = o.fx
            for path in [
                "Tasks/\(o.t2)/Reservations/\(o.aliceT1)",  // another task's reservation
                "Workers/\(o.bob)/Reservations/\(o.aliceT1)",  // another worker's reservation
                "Tasks/\(o.t1)/Reservations/\(unknownSID("WR"))", "Tasks/\(o.t1)/Reservations/WR123",
                "Tasks/\(unknownSID("WT"))/Reservations", "Tasks/WT123/Reservations",
                "Workers/\(unknownSID("WK"))/Reservations", "Workers/\(o.alice)/Reservations/\(unknownSID("WR"))",
                "Tasks/\(unknownSID("WT"))/Reservations/\(o.aliceT1)",
            ] {
                expectNotFound(try await fx.call(.get, fx.path(path)))
            }
            expectNotFound(try await fx.call(.post, fx.path("Tasks/\(o.t2)/Reservations/\(o.aliceT1)"), [("ReservationStatus", "accepted")]))
            expectNotFound(try await fx.call(.post, fx.path("Workers/\(o.bob)/Reservations/\(o.aliceT1)"), [("ReservationStatus", "accepted")]))
            #expect(try await fx.call(.get, fx.path("Tasks/\(o.t1)/Reservations/\(o.aliceT1)"))["reservation_status"] == "pending")
        }
    }

    @Test func deletingTheTaskRemovesItsReservations() async throws {
        try await Self.withOffers { o in
            expectNoContent(try await o.fx.call(.delete, o.fx.path("Tasks/\(o.t1)")))
            #expect(try await o.fx.get("Workers/\(o.alice)/Reservations").sids("reservations").isEmpty)
            #expect(try await o.fx.get("Workers/\(o.bob)/Reservations").sids("reservations") == [o.bobT2])
            expectNotFound(try await o.fx.call(.get, o.fx.path("Workers/\(o.bob)/Reservations/\(o.bobT1)")))
            let types = try await o.fx.get("Events", [("TaskSid", o.t1)]).values("events", "event_type")
            #expect(Array(types.prefix(2)) == ["task.deleted", "reservation.canceled"])
        }
    }

    @Test func deletingTheWorkerCancelsItsPendingReservations() async throws {
        try await Self.withOffers { o in
            expectNoContent(try await o.fx.call(.delete, o.fx.path("Workers/\(o.bob)")))
            let res = try await o.fx.call(.get, o.fx.path("Tasks/\(o.t2)/Reservations/\(o.bobT2)"))
            if res.status == .ok { #expect(res["reservation_status"] == "canceled") } else { expectNotFound(res) }
            #expect(try await o.fx.call(.get, o.fx.path("Tasks/\(o.t2)"))["assignment_status"] == "pending")
        }
    }
}
