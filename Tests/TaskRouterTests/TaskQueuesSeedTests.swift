import TaskRouter
import Testing

/// The `workspace.taskqueues` examples of the TaskRouter.js v1 page, in Swift.
@Suite struct TaskQueuesSeedTests {
    @Test func createFetchUpdateAndDelete() async throws {
        try await LiveServer.run { server in
            let workspace = try server.workspace()
            let activities = try await workspace.activities.fetch()
            let busy = try #require(activities.first { $0.friendlyName == "Unavailable" })
            // var params = {"FriendlyName":"TaskQueue1", "ReservationActivitySid":"WAxxx",
            //               "AssignmentActivitySid":"WAxxx", "TargetWorkers":"1==1"};
            let params: Parameters = [
                "FriendlyName": "TaskQueue1", "ReservationActivitySid": .string(busy.sid),
                "AssignmentActivitySid": .string(busy.sid), "TargetWorkers": "1==1",
            ]
            let taskQueue = try await workspace.taskqueues.create(params)
            #expect(taskQueue.friendlyName == "TaskQueue1")
            #expect(taskQueue.reservationActivitySid == busy.sid && taskQueue.targetWorkers == "1==1")

            // workspace.taskqueues.fetch(…) and fetch("WQxxx", …)
            let taskQueueList = try await workspace.taskqueues.fetch()
            #expect(taskQueueList.map { $0.friendlyName ?? "" } == ["TaskQueue1"])
            #expect(try await workspace.taskqueues.fetch(taskQueue.sid).sid == taskQueue.sid)

            // taskqueue.update("MaxReservedWorkers", "20", …)
            let updated = try await taskQueueList.data[0].update("MaxReservedWorkers", "20")
            #expect(updated.maxReservedWorkers == 20)
            // workspace.taskqueues.update("WQxxx", "MaxReservedWorkers", "20", …)
            let viaList = try await workspace.taskqueues.update(taskQueue.sid, ["MaxReservedWorkers": "10"])
            #expect(viaList.maxReservedWorkers == 10)

            // taskqueue.delete(…) and workspace.taskqueues.delete("WQxxx", …)
            try await viaList.delete()
            let second = try await workspace.taskqueues.create(["FriendlyName": "TaskQueue2"])
            try await workspace.taskqueues.delete(second.sid)
            #expect(try await workspace.taskqueues.fetch().isEmpty)
        }
    }
}
