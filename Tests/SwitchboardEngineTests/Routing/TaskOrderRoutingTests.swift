import Foundation
import SwitchboardCore
import SwitchboardEngine
import Testing

/// Which waiting task a freed worker gets (routing-semantics §3.4, §4.3 step 1).
@Suite struct TaskOrderRoutingTests {
    /// Creates tasks while nobody is available, then makes one worker available and returns the order in which
    /// the tasks are reserved (each accepted and completed in turn).
    static func servedOrder(_ h: RoutingHarness, _ tasks: [String]) async throws -> [String] {
        let worker = try await h.worker("Server")
        var order: [String] = []
        for _ in tasks {
            let reserved = try await h.reservations(ofWorker: worker).filter { $0.status == .pending }
            guard let r = reserved.first else { break }
            order.append(r.taskSid)
            try await h.accept(r.sid)
            try await h.updateTask(r.taskSid, TaskUpdate(assignmentStatus: .completed, reason: "done"))
        }
        return order
    }

    @Test func fifoServesHigherPriorityFirstThenOlder() async throws {
        let h = try await RoutingHarness.make()
        let q = try await h.queue("FIFO")
        let wf = try await h.workflow(RoutingHarness.defaultFilter(q))
        var tasks: [String] = []
        for priority in [1, 5, 1, 5] {
            tasks.append(try await h.task(workflow: wf, priority: priority))
            h.clock.advance(by: 1)
        }
        #expect(try await Self.servedOrder(h, tasks) == [tasks[1], tasks[3], tasks[0], tasks[2]])
    }

    @Test func lifoServesTheNewestFirstAndIgnoresPriority() async throws {
        let h = try await RoutingHarness.make()
        let q = try await h.queue("LIFO", order: .lifo)
        let wf = try await h.workflow(RoutingHarness.defaultFilter(q))
        var tasks: [String] = []
        for priority in [9, 1, 5] {
            tasks.append(try await h.task(workflow: wf, priority: priority))
            h.clock.advance(by: 1)
        }
        #expect(try await Self.servedOrder(h, tasks) == [tasks[2], tasks[1], tasks[0]])
    }

    @Test func virtualStartTimeOrdersEqualPriorities() async throws {
        let h = try await RoutingHarness.make()
        let q = try await h.queue("FIFO")
        let wf = try await h.workflow(RoutingHarness.defaultFilter(q))
        h.clock.advance(by: 100)
        let late = try await h.task(workflow: wf)
        h.clock.advance(by: 1)
        let early = try await h.task(workflow: wf, virtualStartTime: h.start)
        #expect(try await Self.servedOrder(h, [late, early]) == [early, late])
    }

    @Test func prioritizeQueueOrderFIFOServesFIFOQueuesFirst() async throws {
        let h = try await RoutingHarness.make(prioritizeQueueOrder: .fifo)
        let (fifoTask, lifoTask) = try await Self.twoQueues(h)
        #expect(try await Self.servedOrder(h, [fifoTask, lifoTask]) == [fifoTask, lifoTask])
    }

    @Test func prioritizeQueueOrderLIFOServesLIFOQueuesFirst() async throws {
        let h = try await RoutingHarness.make(prioritizeQueueOrder: .lifo)
        let (fifoTask, lifoTask) = try await Self.twoQueues(h)
        #expect(try await Self.servedOrder(h, [fifoTask, lifoTask]) == [lifoTask, fifoTask])
    }

    /// A FIFO and a LIFO queue; the LIFO task is older and has the higher priority, so only the group order
    /// can put the FIFO task first.
    static func twoQueues(_ h: RoutingHarness) async throws -> (String, String) {
        let fifo = try await h.queue("FIFO", order: .fifo)
        let lifo = try await h.queue("LIFO", order: .lifo)
        let wf = try await h.workflow(RoutingHarness.filters([
            ("F", "q == 'f'", [#"{"queue":"\#(fifo)"}"#]), ("L", "q == 'l'", [#"{"queue":"\#(lifo)"}"#]),
        ]))
        let lifoTask = try await h.task(#"{"q":"l"}"#, workflow: wf, priority: 9)
        h.clock.advance(by: 1)
        let fifoTask = try await h.task(#"{"q":"f"}"#, workflow: wf, priority: 1)
        return (fifoTask, lifoTask)
    }

    @Test func betweenTwoFIFOQueuesPriorityThenAgeDecide() async throws {
        let h = try await RoutingHarness.make()
        let a = try await h.queue("A"), b = try await h.queue("B")
        let wf = try await h.workflow(RoutingHarness.filters([
            ("A", "q == 'a'", [#"{"queue":"\#(a)"}"#]), ("B", "q == 'b'", [#"{"queue":"\#(b)"}"#]),
        ]))
        let a1 = try await h.task(#"{"q":"a"}"#, workflow: wf, priority: 1)
        h.clock.advance(by: 1)
        let b1 = try await h.task(#"{"q":"b"}"#, workflow: wf, priority: 2)
        h.clock.advance(by: 1)
        let a2 = try await h.task(#"{"q":"a"}"#, workflow: wf, priority: 2)
        #expect(try await Self.servedOrder(h, [a1, b1, a2]) == [b1, a2, a1])
    }
}
