import TaskRouter
import Testing

/// The `workspace.tasks` examples of the TaskRouter.js v1 page, in Swift.
@Suite struct TasksSeedTests {
    /// A queue and a workflow routing every task to it.
    func workflow(_ workspace: Workspace) async throws -> Workflow {
        let queue = try await workspace.taskqueues.create(["FriendlyName": "Support"])
        let configuration: WireJSON = ["task_routing": ["default_filter": ["task_queue_sid": .string(queue.sid)]]]
        return try await workspace.workflows.create(["FriendlyName": "Main", "Configuration": configuration])
    }

    @Test func createFetchCancelAndDelete() async throws {
        try await LiveServer.run { server in
            let workspace = try server.workspace()
            let workflow = try await workflow(workspace)
            // var attributes = "{\"Ticket\":\"Gold\"}"; var params = {"WorkflowSid":"WWxxx", "Attributes":attributes};
            let attributes = #"{"Ticket":"Gold"}"#
            let params: Parameters = ["WorkflowSid": .string(workflow.sid), "Attributes": .string(attributes)]
            let task = try await workspace.tasks.create(params)
            #expect(task.sid.hasPrefix("WT"))
            #expect(task.attributes.jsonString == attributes)
            #expect(task.assignmentStatus == "pending" && task.taskQueueFriendlyName == "Support")

            // workspace.tasks.fetch(…) printing JSON.stringify(data[i].attributes), and fetch("WTxxx", …)
            let taskList = try await workspace.tasks.fetch()
            #expect(taskList.map(\.attributes.jsonString) == [attributes])
            #expect(try await workspace.tasks.fetch(task.sid).attributes["Ticket"] == "Gold")
            let pending = try await workspace.tasks.fetch(["AssignmentStatus": "pending"])
            #expect(pending.count == 1)

            // task.update(cancelAttrs, …) with {"AssignmentStatus":"canceled", "Reason":"waiting"}
            let cancelAttrs: Parameters = ["AssignmentStatus": "canceled", "Reason": "waiting"]
            let canceled = try await taskList.data[0].update(cancelAttrs)
            #expect(canceled.assignmentStatus == "canceled" && canceled.reason == "waiting")
            // workspace.tasks.update("WTxxx", cancelAttrs, …)
            let second = try await workspace.tasks.create(params)
            let viaList = try await workspace.tasks.update(second.sid, cancelAttrs)
            #expect(viaList.assignmentStatus == "canceled")

            // task.delete(…) and workspace.tasks.delete("WTxxx", …)
            try await canceled.delete()
            try await workspace.tasks.delete(second.sid)
            #expect(try await workspace.tasks.fetch().isEmpty)
        }
    }
}
