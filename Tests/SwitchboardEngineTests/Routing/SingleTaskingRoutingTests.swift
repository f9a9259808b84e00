import Foundation
import SwitchboardCore
import SwitchboardEngine
import Testing

/// Single-tasking workspaces (MultiTaskEnabled=false): one task at a time, queue reservation/assignment
/// activities (routing-semantics §4.2 item 5, §4.3 step 3, §4.4, §4.5).
@Suite struct SingleTaskingRoutingTests {
    /// A single-tasking workspace with a "Reserved" and a "Busy" activity used by the queue.
    static func setup() async throws -> (h: RoutingHarness, wf: String, reserved: String, busy: String) {
        let h = try await RoutingHarness.make(multiTask: false)
        let reserved = try await h.step { s, ctx, c in try s.createActivity(friendlyName: "Reserved", available: false, ctx, &c).sid }
        let busy = try await h.step { s, ctx, c in try s.createActivity(friendlyName: "Busy", available: false, ctx, &c).sid }
        let q = try await h.queue("Support", reservationActivity: reserved, assignmentActivity: busy)
        let wf = try await h.workflow(RoutingHarness.defaultFilter(q))
        return (h, wf, reserved, busy)
    }

    @Test func aWorkerHoldsOneTaskAtATimeAcrossChannels() async throws {
        let h = try await RoutingHarness.make(multiTask: false)
        let q = try await h.queue("Support")
        let wf = try await h.workflow(RoutingHarness.defaultFilter(q))
        let alice = try await h.worker("Alice")
        let voice = try await h.task(workflow: wf, channel: "voice")
        let chat = try await h.task(workflow: wf, channel: "chat")
        #expect(try await h.pending(voice).workerSid == alice)
        #expect(try await h.status(chat) == .pending, "single-tasking: one task at a time on any channel")
        try await h.accept(try await h.pending(voice).sid)
        #expect(try await h.status(chat) == .pending)
        try await h.updateTask(voice, TaskUpdate(assignmentStatus: .completed, reason: "done"))
        #expect(try await h.pending(chat).workerSid == alice)
        #expect(try await h.activity(of: alice) == "Available", "no queue activities configured")
    }

    @Test func reservationAndAssignmentActivitiesApply() async throws {
        let (h, wf, _, _) = try await Self.setup()
        let alice = try await h.worker("Alice")
        let task = try await h.task(workflow: wf)
        let r = try await h.pending(task)
        #expect(try await h.activity(of: alice) == "Reserved")
        #expect(r.previousActivitySid == h.activities["Available"])
        try await h.accept(r.sid)
        #expect(try await h.activity(of: alice) == "Busy")
        try await h.updateTask(task, TaskUpdate(assignmentStatus: .completed, reason: "done"))
        #expect(try await h.activity(of: alice) == "Busy", "completion does not change the activity (§4.5)")
    }

    @Test func rejectWithoutAnActivityRestoresThePreviousOneAndReOffers() async throws {
        let (h, wf, _, _) = try await Self.setup()
        let alice = try await h.worker("Alice")
        let task = try await h.task(workflow: wf)
        let r = try await h.pending(task)
        let m = try await h.mark()
        try await h.reject(r.sid)
        #expect(try await h.types(since: m) == [
            "reservation.rejected", "worker.activity.update", "reservation.created", "worker.activity.update",
        ])
        let again = try await h.pending(task)
        #expect(again.workerSid == alice, "the rejecting worker can be chosen again")
        #expect(again.sid != r.sid)
        #expect(try await h.activity(of: alice) == "Reserved")
    }

    @Test func rejectWithAnActivityUsesIt() async throws {
        let (h, wf, _, _) = try await Self.setup()
        let alice = try await h.worker("Alice")
        let task = try await h.task(workflow: wf)
        try await h.reject(try await h.pending(task).sid, activity: "Unavailable")
        #expect(try await h.activity(of: alice) == "Unavailable")
        #expect(try await h.status(task) == .pending)
    }

    @Test func timeoutMovesTheWorkerToTheTimeoutActivityNotBack() async throws {
        let (h, wf, _, _) = try await Self.setup()
        let alice = try await h.worker("Alice")
        let task = try await h.task(workflow: wf)
        _ = try await h.pending(task)
        try await h.tick(120)
        #expect(try await h.activity(of: alice) == "Offline")
        #expect(try await h.status(task) == .pending)
    }

    @Test func cancelingTheTaskRestoresTheWorkerActivity() async throws {
        let (h, wf, _, _) = try await Self.setup()
        let alice = try await h.worker("Alice")
        let task = try await h.task(workflow: wf)
        let m = try await h.mark()
        try await h.updateTask(task, TaskUpdate(assignmentStatus: .canceled, reason: "gone"))
        #expect(try await h.types(since: m) == ["reservation.canceled", "worker.activity.update", "task.canceled"])
        #expect(try await h.activity(of: alice) == "Available")
    }

    @Test func deletingTheTaskRestoresTheWorkerActivity() async throws {
        // §3.6 pending reservations are canceled with the task; §4.4 a system cancel restores a reservation-activity move.
        let (h, wf, _, _) = try await Self.setup()
        let alice = try await h.worker("Alice")
        let task = try await h.task(workflow: wf)
        #expect(try await h.activity(of: alice) == "Reserved")
        try await h.step { s, ctx, c in try s.deleteTask(task, ifMatch: nil, ctx, &c) }
        #expect(try await h.activity(of: alice) == "Available")
    }

    @Test func multiReservationAcceptRestoresTheRescindedWorkers() async throws {
        let h = try await RoutingHarness.make(multiTask: false)
        let reserved = try await h.step { s, ctx, c in try s.createActivity(friendlyName: "Reserved", available: false, ctx, &c).sid }
        let q = try await h.queue("Support", maxReserved: 2, reservationActivity: reserved)
        let wf = try await h.workflow(RoutingHarness.defaultFilter(q))
        let alice = try await h.worker("Alice")
        let bob = try await h.worker("Bob")
        let task = try await h.task(workflow: wf)
        let rs = try await h.pendingReservations(task)
        #expect(Set(rs.map(\.workerSid)) == [alice, bob])
        let aliceR = try #require(rs.first { $0.workerSid == alice })
        try await h.accept(aliceR.sid)
        #expect(try await h.activity(of: bob) == "Available", "rescind restores the reservation-activity move (§4.4)")
        #expect(try await h.activity(of: alice) == "Reserved", "no assignment activity configured")
    }

    @Test func multitaskingWorkspacesIgnoreQueueActivities() async throws {
        let h = try await RoutingHarness.make(multiTask: true)
        let reserved = try await h.step { s, ctx, c in try s.createActivity(friendlyName: "Reserved", available: false, ctx, &c).sid }
        let busy = try await h.step { s, ctx, c in try s.createActivity(friendlyName: "Busy", available: false, ctx, &c).sid }
        let q = try await h.queue("Support", reservationActivity: reserved, assignmentActivity: busy)
        let wf = try await h.workflow(RoutingHarness.defaultFilter(q))
        let alice = try await h.worker("Alice")
        let task = try await h.task(workflow: wf)
        #expect(try await h.activity(of: alice) == "Available")
        try await h.accept(try await h.pending(task).sid)
        #expect(try await h.activity(of: alice) == "Available", "§4.5: stored but ignored when multitasking")
    }
}
