import Foundation
import SwitchboardTesting
import Testing

/// MaxReservedWorkers=3: accepting one reservation rescinds the others (routing-semantics §4.3, §4.4, §5.4).
@Suite struct MultiReservationScenarioTests {
    @Test func acceptingOneRescindsTheOthers() async throws {
        try await Scenario.run { s in
            let q = try await s.queue("Support", [("MaxReservedWorkers", "3")])
            let wf = try await s.workflow(Scenario.defaultFilter(q))
            var workers: [String] = []
            for name in ["Alice", "Bob", "Carol"] {
                workers.append(try await s.worker(name))
                s.server.clock.advance(by: 1)
            }
            let m = try await s.mark()
            let task = try await s.task(workflow: wf)
            let rs = try await s.reservations(task)
            #expect(rs.count == 3)
            #expect(Set(rs.map(\.worker)) == Set(workers))
            #expect(rs.allSatisfy { $0.status == "pending" })
            let created = try await s.eventTypes(since: m).filter { $0.hasPrefix("reservation.") }
            #expect(created == ["reservation.created", "reservation.created", "reservation.created"])

            let m2 = try await s.mark()
            expectScenarioStatus(try await s.answer(task, rs[1].sid, [("ReservationStatus", "accepted")]), 200)
            #expect(try await s.eventTypes(since: m2) == ["reservation.accepted", "reservation.rescinded", "reservation.rescinded"])
            let after = try await s.reservations(task)
            #expect(after.map(\.status) == ["rescinded", "accepted", "rescinded"])
            #expect(try await s.status(task) == "assigned")
            for loser in [rs[0], rs[2]] {
                expectScenarioStatus(try await s.answer(task, loser.sid, [("ReservationStatus", "accepted")]), 410)
            }
            let rescinded = scenarioRows(try await s.get("Tasks/\(task)/Reservations", [("ReservationStatus", "rescinded")]), "reservations")
            #expect(rescinded.count == 2)
        }
    }
}
