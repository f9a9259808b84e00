import Foundation
import SwitchboardCore
import SwitchboardEngine
import Testing

/// `max_reserved_workers` > 1 (routing-semantics §4.3 step 2–3, §4.4 Accept, §5.4, §9 item 18).
@Suite struct MultiReservationRoutingTests {
    static func threeWay() async throws -> (h: RoutingHarness, task: String, workers: [String], wf: String) {
        let h = try await RoutingHarness.make()
        let q = try await h.queue("Support", maxReserved: 3)
        let wf = try await h.workflow(RoutingHarness.defaultFilter(q), reservationTimeout: 30)
        var workers: [String] = []
        for name in ["Alice", "Bob", "Carol", "Dave"] {
            workers.append(try await h.worker(name))
            h.clock.advance(by: 1)
        }
        let task = try await h.task(workflow: wf)
        return (h, task, workers, wf)
    }

    @Test func threeWorkersAreReservedAtOnceAndAcceptingOneRescindsTheOthers() async throws {
        let (h, task, workers, _) = try await Self.threeWay()
        let rs = try await h.pendingReservations(task)
        #expect(rs.map(\.workerSid) == Array(workers.prefix(3)), "the three longest idle workers")
        #expect(Set(rs.map(\.dateCreated)).count == 1)
        #expect(try await h.taskTypes(task).filter { $0 == "reservation.created" }.count == 3)
        let m = try await h.mark()
        try await h.accept(rs[1].sid)
        #expect(try await h.types(since: m) == ["reservation.accepted", "reservation.rescinded", "reservation.rescinded"])
        #expect(try await h.reservations(of: task).map(\.status) == [.rescinded, .accepted, .rescinded])
        #expect(try await h.status(task) == .assigned)
    }

    @Test func rescindedWorkersGetTheNextTask() async throws {
        let (h, task, workers, wf) = try await Self.threeWay()
        let next = try await h.task(workflow: wf)
        #expect(try await h.pendingReservations(next).map(\.workerSid) == [workers[3]], "fewer eligible than three: not topped up later")
        let rs = try await h.pendingReservations(task)
        try await h.accept(rs[0].sid)
        #expect(try await h.pendingReservations(next).map(\.workerSid) == [workers[3]], "no top-up while reserved (§9 item 18)")
        let third = try await h.task(workflow: wf)
        #expect(Set(try await h.pendingReservations(third).map(\.workerSid)) == [workers[1], workers[2]])
    }

    @Test func theTaskStaysReservedUntilEveryReservationHasEnded() async throws {
        let (h, task, _, _) = try await Self.threeWay()
        let rs = try await h.pendingReservations(task)
        try await h.reject(rs[0].sid, activity: "Offline")
        #expect(try await h.status(task) == .reserved)
        try await h.reject(rs[1].sid, activity: "Offline")
        #expect(try await h.status(task) == .reserved)
        #expect(try await h.pendingReservations(task).count == 1)
        try await h.reject(rs[2].sid, activity: "Offline")
        // Dave is left: the task is offered again.
        #expect(try await h.pendingReservations(task).count == 1)
    }

    @Test func allReservationsTimingOutTogetherReRouteOnce() async throws {
        let (h, task, workers, _) = try await Self.threeWay()
        try await h.tick(30)
        let rs = try await h.reservations(of: task)
        #expect(rs.prefix(3).allSatisfy { $0.status == .timeout })
        for w in workers.prefix(3) { #expect(try await h.activity(of: w) == "Offline") }
        #expect(try await h.pendingReservations(task).map(\.workerSid) == [workers[3]])
    }

    @Test func aRescindedReservationCannotBeAccepted() async throws {
        let (h, task, _, _) = try await Self.threeWay()
        let rs = try await h.pendingReservations(task)
        try await h.accept(rs[0].sid)
        await expectRefusal(.gone) { try await h.accept(rs[1].sid) }
        await expectRefusal(.gone) { try await h.reject(rs[2].sid) }
    }
}
