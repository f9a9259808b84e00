import TaskRouter
import Testing

/// The `workspace.workflows` examples of the TaskRouter.js v1 page, in Swift.
@Suite struct WorkflowsSeedTests {
    @Test func createFetchUpdateAndDelete() async throws {
        try await LiveServer.run { server in
            let workspace = try server.workspace()
            let queue = try await workspace.taskqueues.create(["FriendlyName": "Support", "TargetWorkers": "1==1"])
            // var workflowConfig = {"task_routing":{"default_filter":{"task_queue_sid":"WQxxx"}}};
            let workflowConfig: WireJSON = ["task_routing": ["default_filter": ["task_queue_sid": .string(queue.sid)]]]
            let params: Parameters = [
                "FriendlyName": "Workflow1", "AssignmentCallbackUrl": "http://requestb.in/1kmw9im1",
                "Configuration": workflowConfig,
            ]
            let workflow = try await workspace.workflows.create(params)
            #expect(workflow.friendlyName == "Workflow1")
            #expect(workflow.assignmentCallbackUrl == "http://requestb.in/1kmw9im1")
            #expect(workflow.configuration["task_routing"]?["default_filter"]?["task_queue_sid"] == .string(queue.sid))

            // workspace.workflows.fetch(…) and fetch("WWxxx", …)
            let workflowList = try await workspace.workflows.fetch()
            #expect(workflowList.data.map(\.sid) == [workflow.sid])
            #expect(try await workspace.workflows.fetch(workflow.sid).friendlyName == "Workflow1")

            // workflow.update("TaskReservationTimeout", "300", …)
            let updated = try await workflowList.data[0].update("TaskReservationTimeout", "300")
            #expect(updated.taskReservationTimeout == 300)
            // workspace.workflows.update("WWxxx", "TaskReservationTimeout", "300", …)
            let viaList = try await workspace.workflows.update(workflow.sid, "TaskReservationTimeout", "240")
            #expect(viaList.taskReservationTimeout == 240)

            // workflow.delete(…) and workspace.workflows.delete("WWxxx", …)
            try await viaList.delete()
            let second = try await workspace.workflows.create(["FriendlyName": "Workflow2", "Configuration": workflowConfig])
            try await workspace.workflows.delete(second.sid)
            #expect(try await workspace.workflows.fetch().isEmpty)
        }
    }
}
