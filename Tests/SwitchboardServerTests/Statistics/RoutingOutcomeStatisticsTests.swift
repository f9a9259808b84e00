import Foundation
import SwitchboardTesting
import Testing

/// Moves between queues, falling off a workflow, rescinded and canceled reservations
/// (routing-semantics §6.3), each figure computed by hand.
@Suite struct RoutingOutcomeStatisticsTests {
    /// A task enters Q1 at t = 0, moves to Q2 at t = 30 (step timeout) and falls off the workflow at t = 60.
    @Test func movesAndWorkflowTimeouts() async throws {
        try await WorkspaceFixture.run { fx async throws in
            let q1 = try await fx.createQueue("First")
            let q2 = try await fx.createQueue("Second")
            let wf = try await fx.createWorkflow("Steps", configuration: #"""
                {"task_routing":{"filters":[{"expression":"1==1","targets":[{"queue":"\#(q1)","timeout":30},{"queue":"\#(q2)","timeout":30}]}]}}
                """#)
            let task = try await fx.createTask("{}", workflow: wf)
            await fx.advance(30)
            await fx.advance(30)
            let t = try await fx.get("Tasks/\(task)")
            #expect(t["assignment_status"] == "canceled")

            let ws = try await fx.statistics("CumulativeStatistics")
            expectInts(ws, ["tasks_created": 1, "tasks_moved": 1, "tasks_timed_out_in_workflow": 1, "tasks_canceled": 1])
            expectDuration(ws["wait_duration_until_canceled"], avg: 60, min: 60, max: 60, total: 60)
            let first = try await fx.statistics("TaskQueues/\(q1)/CumulativeStatistics")
            expectInts(first, ["tasks_entered": 1, "tasks_moved": 1, "tasks_canceled": 0])
            let second = try await fx.statistics("TaskQueues/\(q2)/CumulativeStatistics")
            expectInts(second, ["tasks_entered": 1, "tasks_moved": 0, "tasks_canceled": 1])
            expectDuration(second["wait_duration_until_canceled"], avg: 60, min: 60, max: 60, total: 60)
            let flow = try await fx.statistics("Workflows/\(wf)/CumulativeStatistics")
            expectInts(flow, ["tasks_entered": 1, "tasks_moved": 1, "tasks_timed_out_in_workflow": 1, "tasks_canceled": 1])
        }
    }

    /// T1 is offered to W1 and W2 at t = 0 (two reserved workers); W1 accepts at t = 8, W2's is rescinded.
    /// T2 is then offered to W2 and canceled at t = 12.
    @Test func rescindedAndCanceledReservations() async throws {
        try await WorkspaceFixture.run { fx async throws in
            let queue = try await fx.createQueue("Pair", [("MaxReservedWorkers", "2")])
            try await fx.createDefaultWorkflow("Flow", queue: queue)
            let w1 = try await fx.createWorker("W1", activity: fx.activities["Available"])
            let w2 = try await fx.createWorker("W2", activity: fx.activities["Available"])
            let t1 = try await fx.createTask()
            let r1 = try await fx.pendingReservation(t1, for: w1)
            try await fx.pendingReservation(t1, for: w2)
            await fx.advance(8)
            try await fx.answer(t1, r1, "accepted")
            let t2 = try await fx.createTask()
            try await fx.pendingReservation(t2, for: w2)
            await fx.advance(4)
            try await fx.setStatus(t2, "canceled")

            let ws = try await fx.statistics("CumulativeStatistics", [("SplitByWaitTime", "8")])
            expectInts(ws, ["reservations_created": 3, "reservations_accepted": 1, "reservations_rescinded": 1,
                            "reservations_canceled": 1, "reservations_rejected": 0, "reservations_timed_out": 0,
                            "tasks_canceled": 1, "avg_task_acceptance_time": 8,
                            "split_by_wait_time.8.above.reservations_accepted": 1, "split_by_wait_time.8.below.tasks_canceled": 1,
                            "split_by_wait_time.8.below.reservations_accepted": 0, "split_by_wait_time.8.above.tasks_canceled": 0])
            expectDuration(ws["wait_duration_until_canceled"], avg: 4, min: 4, max: 4, total: 4)
            let second = try await fx.statistics("Workers/\(w2)/Statistics")
            expectInts(second["cumulative"], ["reservations_created": 2, "reservations_rescinded": 1, "reservations_canceled": 1,
                                              "reservations_accepted": 0])
            let byChannel = try await fx.statistics("CumulativeStatistics", [("TaskChannel", "voice")])
            expectInts(byChannel, ["reservations_created": 0, "tasks_canceled": 0])
            let byDefault = try await fx.statistics("CumulativeStatistics", [("TaskChannel", "default")])
            expectInts(byDefault, ["reservations_created": 3, "tasks_created": 2])
        }
    }

    /// Waits are whole seconds and averages round half up: accepted after 3 s and 4 s → avg 4.
    @Test func averagesRoundHalfUp() async throws {
        try await WorkspaceFixture.run { fx async throws in
            let routing = try await fx.createRouting()
            let w1 = try await fx.createWorker("W1")
            let w2 = try await fx.createWorker("W2")
            let t1 = try await fx.createTask()
            let t2 = try await fx.createTask()
            await fx.advance(3)
            try await fx.assign(t1, to: w1)
            await fx.advance(1)
            try await fx.assign(t2, to: w2)
            let q = try await fx.statistics("TaskQueues/\(routing.queue)/CumulativeStatistics")
            expectDuration(q["wait_duration_until_accepted"], avg: 4, min: 3, max: 4, total: 7)
            expectDuration(q["wait_duration_in_queue_until_accepted"], avg: 4, min: 3, max: 4, total: 7)
            expectInts(q, ["avg_task_acceptance_time": 4])
        }
    }
}
