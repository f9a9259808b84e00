import Foundation
import HTTPTypes
import SwitchboardTesting
import Testing

/// Refused reservation updates: 410, 400, 404, 412 (routing-semantics §4.1, rest-api §11).
@Suite struct ReservationErrorScenarioTests {
    /// A reserved task with Alice's pending reservation; Bob is available too.
    static func reserved(_ s: Scenario, timeout: Int = 120) async throws -> (task: String, r: String, alice: String, wf: String) {
        let q = try await s.queue("Support")
        let wf = try await s.workflow(Scenario.defaultFilter(q), [("TaskReservationTimeout", String(timeout))])
        let alice = try await s.worker("Alice")
        let task = try await s.task(workflow: wf)
        return (task, try await s.pendingReservation(task).sid, alice, wf)
    }

    static func code(_ r: APIResponse) -> Int? { r.json["code"] as? Int }

    @Test func answeringARejectedReservationIsGone() async throws {
        try await Scenario.run { s in
            let (task, r, _, _) = try await Self.reserved(s)
            try await s.answer(task, r, [("ReservationStatus", "rejected"), ("WorkerActivitySid", s.activities["Offline"]!)])
            for status in ["accepted", "rejected"] {
                expectScenarioStatus(try await s.answer(task, r, [("ReservationStatus", status)]), 410)
            }
        }
    }

    @Test func answeringATimedOutReservationIsGone() async throws {
        try await Scenario.run { s in
            let (task, r, _, _) = try await Self.reserved(s, timeout: 5)
            try await s.tick(5)
            expectScenarioStatus(try await s.answer(task, r, [("ReservationStatus", "accepted")]), 410)
            expectScenarioStatus(try await s.answer(task, r, [("Instruction", "dequeue")]), 410)
        }
    }

    @Test func answeringACanceledReservationIsGone() async throws {
        try await Scenario.run { s in
            let (task, r, _, _) = try await Self.reserved(s)
            expectScenarioStatus(try await s.post("Tasks/\(task)", [("AssignmentStatus", "canceled"), ("Reason", "gone")]), 200)
            expectScenarioStatus(try await s.answer(task, r, [("ReservationStatus", "accepted")]), 410)
        }
    }

    @Test func otherInvalidTransitionsAre400() async throws {
        try await Scenario.run { s in
            let (task, r, _, _) = try await Self.reserved(s)
            for status in ["wrapping", "completed", "pending", "timeout", "canceled", "rescinded"] {
                let resp = try await s.answer(task, r, [("ReservationStatus", status)])
                expectScenarioStatus(resp, 400)
                #expect(Self.code(resp) == 20001, "\(status): \(resp.body)")
            }
            expectScenarioStatus(try await s.answer(task, r, [("ReservationStatus", "accepted")]), 200)
            expectScenarioStatus(try await s.answer(task, r, [("ReservationStatus", "accepted")]), 400)
            expectScenarioStatus(try await s.answer(task, r, [("ReservationStatus", "rejected")]), 400)
            expectScenarioStatus(try await s.answer(task, r, [("ReservationStatus", "completed")]), 200)
            expectScenarioStatus(try await s.answer(task, r, [("ReservationStatus", "wrapping")]), 400)
            expectScenarioStatus(try await s.answer(task, r, [("ReservationStatus", "completed")]), 400)
            expectScenarioStatus(try await s.answer(task, r, [("Instruction", "ring")]), 400)
            #expect(try await s.status(task) == "completed")
        }
    }

    @Test func unknownReservationsAre404() async throws {
        try await Scenario.run { s in
            let (task, r, alice, wf) = try await Self.reserved(s)
            let unknown = "WR" + String(repeating: "f", count: 32)
            expectScenarioStatus(try await s.answer(task, unknown, [("ReservationStatus", "accepted")]), 404)
            expectScenarioStatus(try await s.get("Tasks/\(task)/Reservations/\(unknown)"), 404)
            let other = try await s.task(workflow: wf)
            expectScenarioStatus(try await s.answer(other, r, [("ReservationStatus", "accepted")]), 404)
            let bob = try await s.worker("Bob", activity: "Offline")
            expectScenarioStatus(try await s.post("Workers/\(bob)/Reservations/\(r)", [("ReservationStatus", "accepted")]), 404)
            expectScenarioStatus(try await s.get("Workers/\(alice)/Reservations/\(unknown)"), 404)
            #expect(try await s.status(task) == "reserved")
        }
    }

    @Test func ifMatchMustEqualTheReservationVersion() async throws {
        try await Scenario.run { s in
            let (task, r, _, _) = try await Self.reserved(s)
            let etag = try #require(try await s.get("Tasks/\(task)/Reservations/\(r)").headers[.eTag])
            var stale = HTTPFields()
            stale[.ifMatch] = "\"999\""
            let refused = try await s.answer(task, r, [("ReservationStatus", "accepted")], headers: stale)
            expectScenarioStatus(refused, 412)
            #expect(Self.code(refused) == 20412)
            let alice = try #require(try await s.reservations(task).first?.worker)
            expectScenarioStatus(try await s.post("Workers/\(alice)/Reservations/\(r)", [("ReservationStatus", "accepted")], headers: stale), 412)
            #expect(try await s.status(task) == "reserved")
            var good = HTTPFields()
            good[.ifMatch] = etag
            let accepted = try await s.answer(task, r, [("ReservationStatus", "accepted")], headers: good)
            expectScenarioStatus(accepted, 200)
            #expect(accepted.headers[.eTag] != etag, "the version moves on every change")
        }
    }
}
