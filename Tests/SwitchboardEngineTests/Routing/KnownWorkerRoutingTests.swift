import Foundation
import SwitchboardCore
import SwitchboardEngine
import Testing

/// Known-worker targets and target expressions (routing-semantics §2.5, §4.2).
@Suite struct KnownWorkerRoutingTests {
    @Test func knownWorkerSidOffersTheTaskToThatWorkerOnly() async throws {
        let h = try await RoutingHarness.make()
        let q = try await h.queue("Support")
        let wf = try await h.workflow(RoutingHarness.filter([#"{"queue":"\#(q)","known_worker_sid":"task.agent"}"#]))
        _ = try await h.worker("Alice")
        let bob = try await h.worker("Bob")
        let task = try await h.task(#"{"agent":"\#(bob)"}"#, workflow: wf)
        #expect(try await h.pending(task).workerSid == bob)
    }

    @Test func eventsOfAKnownWorkerStepCarryTheKnownWorker() async throws {
        // §2.5: "Events produced in such a step include known_worker_sid data".
        let h = try await RoutingHarness.make()
        let q = try await h.queue("Support")
        let wf = try await h.workflow(RoutingHarness.filter([#"{"queue":"\#(q)","known_worker_sid":"task.agent"}"#]))
        let bob = try await h.worker("Bob")
        let task = try await h.task(#"{"agent":"\#(bob)"}"#, workflow: wf)
        let events = try await h.events().filter { $0.data["task_sid"] == task || $0.resourceSid == task }
        let matched = try #require(events.first { $0.eventType == "workflow.target-matched" })
        #expect(matched.data["known_worker_sid"] == bob, "\(matched.data)")
        let created = try #require(events.first { $0.eventType == "reservation.created" })
        #expect(created.data["known_worker_sid"] == bob, "\(created.data)")
    }

    @Test func knownWorkerFriendlyNameIsCaseInsensitive() async throws {
        let h = try await RoutingHarness.make()
        let q = try await h.queue("Support")
        let wf = try await h.workflow(RoutingHarness.filter([#"{"queue":"\#(q)","known_worker_friendly_name":"task.last.agent"}"#]))
        _ = try await h.worker("Alice")
        let bob = try await h.worker("Bob")
        let task = try await h.task(#"{"last":{"agent":"bOB"}}"#, workflow: wf)
        #expect(try await h.pending(task).workerSid == bob)
    }

    @Test func aMissingOrUnknownKnownWorkerLeavesTheTaskWaitingUntilTheTimeout() async throws {
        let h = try await RoutingHarness.make()
        let q = try await h.queue("Support"), q2 = try await h.queue("Everyone")
        let wf = try await h.workflow(RoutingHarness.filter([
            #"{"queue":"\#(q)","known_worker_sid":"task.agent","timeout":30}"#, #"{"queue":"\#(q2)"}"#,
        ]))
        let alice = try await h.worker("Alice")
        let missing = try await h.task(#"{}"#, workflow: wf)
        h.clock.advance(by: 1)
        let unknown = try await h.task(#"{"agent":"WK\#(String(repeating: "e", count: 32))"}"#, workflow: wf)
        #expect(try await h.status(missing) == .pending)
        #expect(try await h.status(unknown) == .pending)
        try await h.tick(to: 30)
        #expect(try await h.pending(missing).workerSid == alice)
        #expect(try await h.taskState(unknown)?.taskQueueSid == q)
        try await h.tick(to: 31)
        #expect(try await h.taskState(unknown)?.taskQueueSid == q2)
        #expect(try await h.status(unknown) == .pending, "Alice's capacity is taken by the older task")
    }

    @Test func theKnownWorkerMustBelongToTheQueueAndBeAvailable() async throws {
        let h = try await RoutingHarness.make()
        let q = try await h.queue("Support", targetWorkers: "team == 'support'")
        let wf = try await h.workflow(RoutingHarness.filter([#"{"queue":"\#(q)","known_worker_sid":"task.agent"}"#]))
        let outsider = try await h.worker("Outsider", attributes: #"{"team":"sales"}"#)
        let member = try await h.worker("Member", attributes: #"{"team":"support"}"#, available: false)
        let a = try await h.task(#"{"agent":"\#(outsider)"}"#, workflow: wf)
        let b = try await h.task(#"{"agent":"\#(member)"}"#, workflow: wf)
        #expect(try await h.status(a) == .pending)
        #expect(try await h.status(b) == .pending)
        try await h.setActivity(member, "Available")
        #expect(try await h.pending(b).workerSid == member)
        #expect(try await h.status(a) == .pending)
    }

    @Test func theTargetExpressionMustAlsoMatch() async throws {
        let h = try await RoutingHarness.make()
        let q = try await h.queue("Support")
        let wf = try await h.workflow(RoutingHarness.filter([
            #"{"queue":"\#(q)","known_worker_sid":"task.agent","expression":"worker.level > 3"}"#,
        ]))
        let bob = try await h.worker("Bob", attributes: #"{"level":1}"#)
        let task = try await h.task(#"{"agent":"\#(bob)"}"#, workflow: wf)
        #expect(try await h.status(task) == .pending)
        try await h.step { s, ctx, c in _ = try s.updateWorker(bob, WorkerInput(attributes: #"{"level":5}"#), ifMatch: nil, ctx, &c) }
        #expect(try await h.pending(task).workerSid == bob, "a worker attribute change runs the assignment pass")
    }

    @Test func targetExpressionsCompareTaskAndWorkerAttributes() async throws {
        let h = try await RoutingHarness.make()
        let q = try await h.queue("Support")
        let wf = try await h.workflow(RoutingHarness.filter([#"{"queue":"\#(q)","expression":"task.language IN worker.languages"}"#]))
        _ = try await h.worker("English", attributes: #"{"languages":["en"]}"#)
        let french = try await h.worker("French", attributes: #"{"languages":["fr","en"]}"#)
        let task = try await h.task(#"{"language":"fr"}"#, workflow: wf)
        #expect(try await h.pending(task).workerSid == french)
    }

    @Test func queueTargetWorkersSelectTheQueueMembers() async throws {
        let h = try await RoutingHarness.make()
        let q = try await h.queue("Spanish", targetWorkers: "'es' IN languages")
        let wf = try await h.workflow(RoutingHarness.defaultFilter(q))
        _ = try await h.worker("English", attributes: #"{"languages":["en"]}"#)
        let task = try await h.task(workflow: wf)
        #expect(try await h.status(task) == .pending)
        let spanish = try await h.worker("Spanish", attributes: #"{"languages":["es"]}"#)
        #expect(try await h.pending(task).workerSid == spanish, "a new worker runs the assignment pass")
    }

    @Test func changingTheQueueTargetWorkersReachesWaitingTasks() async throws {
        let h = try await RoutingHarness.make()
        let q = try await h.queue("Spanish", targetWorkers: "'es' IN languages")
        let wf = try await h.workflow(RoutingHarness.defaultFilter(q))
        let english = try await h.worker("English", attributes: #"{"languages":["en"]}"#)
        let task = try await h.task(workflow: wf)
        try await h.step { s, ctx, c in _ = try s.updateTaskQueue(q, TaskQueueInput(targetWorkers: "1==1"), ctx, &c) }
        #expect(try await h.pending(task).workerSid == english)
    }

    @Test func aBusyKnownWorkerGetsTheTaskWhenFreed() async throws {
        let h = try await RoutingHarness.make()
        let q = try await h.queue("Support")
        let plain = try await h.workflow(RoutingHarness.defaultFilter(q), name: "Plain")
        let known = try await h.workflow(RoutingHarness.filter([#"{"queue":"\#(q)","known_worker_sid":"task.agent"}"#]), name: "Known")
        let bob = try await h.worker("Bob")
        _ = try await h.worker("Alice", available: false)
        let first = try await h.task(workflow: plain)
        #expect(try await h.pending(first).workerSid == bob)
        try await h.accept(try await h.pending(first).sid)
        let second = try await h.task(#"{"agent":"\#(bob)"}"#, workflow: known)
        #expect(try await h.status(second) == .pending)
        try await h.updateTask(first, TaskUpdate(assignmentStatus: .completed, reason: "done"))
        #expect(try await h.pending(second).workerSid == bob)
    }
}
