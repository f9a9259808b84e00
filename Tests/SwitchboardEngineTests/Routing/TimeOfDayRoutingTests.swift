import Foundation
import SwitchboardCore
import SwitchboardEngine
import SwitchboardTesting
import Testing

/// Queues and workflow targets whose expressions read `taskrouter.*` (spec §1.6): a waiting task is
/// offered again when the time alone makes a worker eligible. The harness clock starts on
/// 2026-01-01 at 00:00:00 UTC.
@Suite struct TimeOfDayRoutingTests {
    @Test func aQueueOpeningAtAGivenMinuteGetsItsWaitingTask() async throws {
        let h = try await RoutingHarness.make()
        let q = try await h.queue("Night shift", targetWorkers: "taskrouter.currentTime >= 2")
        let wf = try await h.workflow(RoutingHarness.defaultFilter(q))
        let alice = try await h.worker("Alice")
        let bob = try await h.worker("Bob", attributes: #"{"late":true}"#)
        let first = try await h.task(workflow: wf)
        let second = try await h.task(workflow: wf)
        #expect(try await h.status(first) == .pending)
        try await h.tick(to: 119)
        #expect(try await h.status(first) == .pending, "00:01:59: the queue selects nobody yet")
        try await h.tick(to: 120)
        // One check for the queue offers both waiting tasks to the workers it now selects (longest idle first).
        #expect(try await h.pending(first).workerSid == alice)
        #expect(try await h.pending(second).workerSid == bob)
        #expect(try await h.read { $0.nextDeadline.map { h.offset($0) } } != 180, "no check while no task waits")
    }

    @Test func aQueueClosingAgainLeavesTasksWaitingUntilItReopens() async throws {
        let h = try await RoutingHarness.make()
        // Open during minute 00:01 only, then from 00:03.
        let q = try await h.queue("Shifts", targetWorkers: "taskrouter.currentTime == 1 OR taskrouter.currentTime >= 3")
        let wf = try await h.workflow(RoutingHarness.defaultFilter(q))
        let alice = try await h.worker("Alice")
        let task = try await h.task(workflow: wf)
        try await h.tick(to: 60)
        let r = try await h.pending(task)
        #expect(r.workerSid == alice)
        try await h.tick(to: 125)
        try await h.reject(r.sid)
        #expect(try await h.status(task) == .pending, "00:02: the queue selects nobody")
        try await h.tick(to: 179)
        #expect(try await h.status(task) == .pending)
        try await h.tick(to: 180)
        #expect(try await h.pending(task).workerSid == alice, "00:03: open again; Alice is selected anew")
    }

    @Test func aTargetExpressionReadingTheTimeIsCheckedAgainEachMinute() async throws {
        let h = try await RoutingHarness.make()
        let q = try await h.queue("Everyone")
        let wf = try await h.workflow(RoutingHarness.filter([#"{"queue":"\#(q)","expression":"taskrouter.currentMin >= 3"}"#]))
        let bob = try await h.worker("Bob")
        let task = try await h.task(workflow: wf)
        try await h.tick(to: 150)
        #expect(try await h.status(task) == .pending)
        try await h.tick(to: 180)
        #expect(try await h.pending(task).workerSid == bob)
    }

    @Test func queuesNotReadingTheTimeScheduleNoMinuteTimer() async throws {
        let h = try await RoutingHarness.make()
        let q = try await h.queue("Sales", targetWorkers: "skill == 'sales'")
        let wf = try await h.workflow(RoutingHarness.defaultFilter(q))
        _ = try await h.task(workflow: wf, timeout: 3_600)
        let next = try await h.read { $0.nextDeadline }
        #expect(h.offset(next) == 3_600, "only the TTL: no per-minute retry for a queue that ignores the time")
    }

    @Test func aWaitingTaskIsOfferedAgainAfterARestart() async throws {
        let h = try await RoutingHarness.make()
        let q = try await h.queue("Night shift", targetWorkers: "taskrouter.currentTime >= 2")
        let wf = try await h.workflow(RoutingHarness.defaultFilter(q))
        let alice = try await h.worker("Alice")
        let task = try await h.task(workflow: wf)
        // The process is down from 00:00 to 00:05; the new one loads the workspace from the store.
        h.clock.advance(by: 300)
        let rebuilt = try await EngineRegistry(store: h.store, clock: h.clock, ids: RandomIdentifierGenerator())
        #expect(await rebuilt.runDueTimers() >= 1)
        let engine = try rebuilt.engine(h.engine.sid, account: RoutingHarness.caller.accountSid)
        let reservations = try await engine.read { s, _ in s.reservations.values.filter { $0.taskSid == task } }
        #expect(reservations.map(\.workerSid) == [alice])
    }
}
