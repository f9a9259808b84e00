import Foundation
import SwitchboardCore
import SwitchboardEngine
import SwitchboardTesting
import Testing

/// Changes that touch live routing: queue expressions, task channel, and an engine restart
/// (routing-semantics §3.5, §4.3, §4.8).
@Suite struct RoutingChangesTests {
    @Test func aQueueExpressionChangeLeavesExistingReservationsAlone() async throws {
        let h = try await RoutingHarness.make()
        let q = try await h.queue("Support")
        let wf = try await h.workflow(RoutingHarness.defaultFilter(q))
        let alice = try await h.worker("Alice")
        let task = try await h.task(workflow: wf)
        let r = try await h.pending(task)
        try await h.step { s, ctx, c in _ = try s.updateTaskQueue(q, TaskQueueInput(targetWorkers: "skill == 'x'"), ctx, &c) }
        #expect(try await h.pending(task).sid == r.sid)
        try await h.reject(r.sid)
        #expect(try await h.status(task) == .pending, "Alice no longer matches the queue")
        #expect(try await h.reservations(ofWorker: alice).count == 1)
    }

    @Test func changingThePendingTaskChannelReRoutesIt() async throws {
        let h = try await RoutingHarness.make()
        let q = try await h.queue("Support")
        let wf = try await h.workflow(RoutingHarness.defaultFilter(q))
        let alice = try await h.worker("Alice")
        try await h.channel(alice, "chat", capacity: 0)
        let task = try await h.task(workflow: wf, channel: "chat")
        #expect(try await h.status(task) == .pending)
        try await h.updateTask(task, TaskUpdate(taskChannel: "voice"))
        #expect(try await h.pending(task).workerSid == alice)
        await expectRefusal(.invalid) { try await h.updateTask(task, TaskUpdate(taskChannel: "chat")) }
    }

    @Test func aRestartedEngineKeepsRoutingAndTimers() async throws {
        let h = try await RoutingHarness.make()
        let q1 = try await h.queue("One", targetWorkers: "team == 'one'"), q2 = try await h.queue("Two")
        let wf = try await h.workflow(RoutingHarness.filter([#"{"queue":"\#(q1)","timeout":50}"#, #"{"queue":"\#(q2)"}"#]),
                                      reservationTimeout: 30)
        let alice = try await h.worker("Alice", attributes: #"{"team":"one"}"#)
        let reservedTask = try await h.task(workflow: wf)
        let waitingTask = try await h.task(workflow: wf)
        #expect(try await h.pending(reservedTask).workerSid == alice)
        #expect(try await h.status(waitingTask) == .pending)

        let restarted = try await EngineRegistry(store: h.store, clock: h.clock, ids: h.registry.ids)
        let engine = try restarted.engine(h.engine.sid, account: RoutingHarness.caller.accountSid)
        #expect(try await engine.read { s, _ in s.invariantViolations() }.isEmpty)
        h.clock.advance(by: 30)
        await restarted.runDueTimers()
        let afterTimeout = try await engine.read { s, _ in
            (s.tasks[reservedTask]?.assignmentStatus, s.workers[alice].flatMap { s.activities[$0.activitySid]?.friendlyName },
             s.invariantViolations())
        }
        #expect(afterTimeout.0 == .pending)
        #expect(afterTimeout.1 == "Offline")
        #expect(afterTimeout.2.isEmpty)
        h.clock.advance(by: 20)
        await restarted.runDueTimers()
        let afterStep = try await engine.read { s, _ in
            (s.tasks[reservedTask]?.taskQueueSid, s.tasks[waitingTask]?.taskQueueSid, s.invariantViolations())
        }
        #expect(afterStep.0 == q2)
        #expect(afterStep.1 == q2)
        #expect(afterStep.2.isEmpty)
    }
}
