import Foundation
import SwitchboardCore
import SwitchboardEngine
import Testing

/// Multitasking capacity per worker channel (routing-semantics §4.2 item 5, §4.6).
@Suite struct CapacityRoutingTests {
    static func setup() async throws -> (h: RoutingHarness, wf: String, alice: String) {
        let h = try await RoutingHarness.make()
        let q = try await h.queue("Support")
        let wf = try await h.workflow(RoutingHarness.defaultFilter(q))
        let alice = try await h.worker("Alice")
        return (h, wf, alice)
    }

    @Test func capacityTwoGivesTwoReservations() async throws {
        let (h, wf, alice) = try await Self.setup()
        try await h.channel(alice, "chat", capacity: 2)
        let a = try await h.task(workflow: wf, channel: "chat")
        let b = try await h.task(workflow: wf, channel: "chat")
        let c = try await h.task(workflow: wf, channel: "chat")
        #expect(try await h.pending(a).workerSid == alice)
        #expect(try await h.pending(b).workerSid == alice)
        #expect(try await h.status(c) == .pending)
        let percentage = try await h.read { s in
            s.workerChannels.values.first { $0.workerSid == alice && $0.taskChannelSid == h.channels["chat"] }.map { s.availableCapacityPercentage($0) }
        }
        #expect(percentage == 0)
        try await h.reject(try await h.pending(a).sid, activity: nil)
        // Alice is offered a again (older than c) — the freed slot goes to the first task in order.
        #expect(try await h.pending(a).workerSid == alice)
        #expect(try await h.status(c) == .pending)
    }

    @Test func channelsAreCountedSeparately() async throws {
        let (h, wf, alice) = try await Self.setup()
        let voice = try await h.task(workflow: wf, channel: "voice")
        let chat = try await h.task(workflow: wf, channel: "chat")
        let voice2 = try await h.task(workflow: wf, channel: "voice")
        #expect(try await h.pending(voice).workerSid == alice)
        #expect(try await h.pending(chat).workerSid == alice)
        #expect(try await h.status(voice2) == .pending)
    }

    @Test func capacityZeroIsNeverEligible() async throws {
        let (h, wf, alice) = try await Self.setup()
        try await h.channel(alice, "chat", capacity: 0)
        let task = try await h.task(workflow: wf, channel: "chat")
        #expect(try await h.status(task) == .pending)
        try await h.channel(alice, "chat", capacity: 1)
        #expect(try await h.pending(task).workerSid == alice, "a capacity increase runs the assignment pass")
    }

    @Test func aCapacityIncreaseFillsEveryFreeSlotInOnePass() async throws {
        let (h, wf, alice) = try await Self.setup()
        try await h.channel(alice, "chat", capacity: 0)
        var tasks: [String] = []
        for _ in 0..<4 { tasks.append(try await h.task(workflow: wf, channel: "chat")) }
        try await h.channel(alice, "chat", capacity: 3)
        for t in tasks.prefix(3) { #expect(try await h.pending(t).workerSid == alice) }
        #expect(try await h.status(tasks[3]) == .pending)
    }

    @Test func anUnavailableChannelIsNeverEligible() async throws {
        let (h, wf, alice) = try await Self.setup()
        try await h.channel(alice, "sms", available: false)
        let task = try await h.task(workflow: wf, channel: "sms")
        #expect(try await h.status(task) == .pending)
        let other = try await h.task(workflow: wf, channel: "voice")
        #expect(try await h.pending(other).workerSid == alice)
        try await h.channel(alice, "sms", available: true)
        #expect(try await h.pending(task).workerSid == alice)
    }

    @Test func acceptedAndWrappingTasksHoldCapacityUntilCompletion() async throws {
        let (h, wf, alice) = try await Self.setup()
        let a = try await h.task(workflow: wf)
        let b = try await h.task(workflow: wf)
        try await h.accept(try await h.pending(a).sid)
        try await h.updateTask(a, TaskUpdate(assignmentStatus: .wrapping))
        #expect(try await h.status(b) == .pending)
        try await h.updateTask(a, TaskUpdate(assignmentStatus: .completed, reason: "done"))
        #expect(try await h.pending(b).workerSid == alice)
    }

    @Test func loweringCapacityBelowUseRevokesNothing() async throws {
        let (h, wf, alice) = try await Self.setup()
        try await h.channel(alice, capacity: 2)
        let a = try await h.task(workflow: wf)
        let b = try await h.task(workflow: wf)
        // From here the worker legitimately holds more than its capacity (§4.6): the only invariant report
        // allowed is that one, so these steps bypass the harness's own check.
        try await h.engine.perform(RoutingHarness.caller) { s, ctx, c in
            _ = try s.updateWorkerChannel("default", worker: alice, capacity: 1, available: nil, ctx, &c)
        }
        let c = try await h.engine.perform(RoutingHarness.caller) { s, ctx, changes in
            try s.createTask(TaskCreate(workflowSid: wf), ctx, &changes).sid
        }
        let problems = try await h.read { $0.invariantViolations() }
        #expect(problems.count == 1 && problems.allSatisfy { $0.contains("with capacity 1") }, "\(problems)")
        #expect(try await h.pending(a).workerSid == alice)
        #expect(try await h.pending(b).workerSid == alice)
        #expect(try await h.status(c) == .pending, "no new reservation above capacity")
        try await h.engine.perform(RoutingHarness.caller) { s, ctx, changes in
            _ = try s.updateReservation(s.reservations.values.first { $0.taskSid == a }!.sid,
                                        ReservationUpdate(reservationStatus: .rejected, workerActivitySid: nil), ifMatch: nil, ctx, &changes)
        }
        #expect(try await h.status(c) == .pending, "one slot is still in use by b: capacity 1 is full")
        try await h.checkInvariants()
    }

    @Test func workerChannelExpressionsSeeCapacity() async throws {
        let h = try await RoutingHarness.make()
        let q = try await h.queue("Chatters", targetWorkers: "worker.channel.chat.configured_capacity > 1")
        let wf = try await h.workflow(RoutingHarness.defaultFilter(q))
        let alice = try await h.worker("Alice")
        let task = try await h.task(workflow: wf, channel: "chat")
        #expect(try await h.status(task) == .pending)
        try await h.channel(alice, "chat", capacity: 3)
        #expect(try await h.pending(task).workerSid == alice)
    }
}
