import TaskRouter
import Testing

/// The statistics examples of the TaskRouter.js v1 page, in Swift. A server without statistics
/// answers 501, which must arrive as `TaskRouterError.notImplemented`.
@Suite struct StatisticsSeedTests {
    /// The statistics, or nil when the server does not implement the endpoint (checked to be a typed 501).
    func statistics<T: Sendable>(_ fetch: () async throws -> T) async throws -> T? {
        do {
            return try await fetch()
        } catch let error as TaskRouterError {
            guard case .notImplemented(_, let twilioCode) = error else { throw error }
            #expect(twilioCode == 20501)
            return nil
        }
    }

    @Test func workspaceStatistics() async throws {
        try await LiveServer.run { server in
            let workspace = try server.workspace()
            let queryParams: Parameters = ["Minutes": "240"]
            // workspace.statistics.fetch(queryParams, …)
            if let stats = try await statistics({ try await workspace.statistics.fetch(queryParams) }) {
                #expect(stats.workspaceSid == server.workspaceSid)
                #expect(stats.realtime?.activityStatistics?.contains { $0.friendlyName == "Offline" } == true)
            }
            // workspace.cumulativeStats.fetch(queryParams, …)
            if let stats = try await statistics({ try await workspace.cumulativeStats.fetch(queryParams) }) {
                #expect(stats.tasksCreated == 0)
            }
            // workspace.realtimeStats.fetch({}, …)
            if let stats = try await statistics({ try await workspace.realtimeStats.fetch([:]) }) {
                #expect(stats.totalTasks == 0 && stats.totalWorkers == 0)
            }
        }
    }

    @Test func workflowAndTaskQueueStatistics() async throws {
        try await LiveServer.run { server in
            let workspace = try server.workspace()
            let taskqueue = try await workspace.taskqueues.create(["FriendlyName": "Support"])
            let configuration: WireJSON = ["task_routing": ["default_filter": ["task_queue_sid": .string(taskqueue.sid)]]]
            let workflow = try await workspace.workflows.create(["FriendlyName": "Main", "Configuration": configuration])
            _ = try await workspace.tasks.create(["WorkflowSid": .string(workflow.sid), "Attributes": "{}"])
            let queryParams: Parameters = ["Minutes": "240"]

            // workflow.statistics / cumulativeStats / realtimeStats
            if let stats = try await statistics({ try await workflow.statistics.fetch(queryParams) }) {
                #expect(stats.workflowSid == workflow.sid)
            }
            if let stats = try await statistics({ try await workflow.cumulativeStats.fetch(queryParams) }) {
                #expect(stats.tasksEntered == 1)
            }
            if let stats = try await statistics({ try await workflow.realtimeStats.fetch() }) {
                #expect(stats.totalTasks == 1)
            }

            // workspace.taskqueues.statistics.fetch(queryParams, …): one item per queue
            if let list = try await statistics({ try await workspace.taskqueues.statistics.fetch(queryParams) }) {
                #expect(list.map(\.taskQueueSid) == [taskqueue.sid])
            }
            // taskqueue.statistics / cumulativeStats / realtimeStats
            if let stats = try await statistics({ try await taskqueue.statistics.fetch(queryParams) }) {
                #expect(stats.taskQueueSid == taskqueue.sid)
            }
            if let stats = try await statistics({ try await taskqueue.cumulativeStats.fetch() }) {
                #expect(stats.avgTaskAcceptanceTime == 0)
            }
            if let stats = try await statistics({ try await taskqueue.realtimeStats.fetch(queryParams) }) {
                #expect(stats.totalAvailableWorkers == 0 && stats.totalTasks == 1)
            }
        }
    }

    @Test func workerStatistics() async throws {
        try await LiveServer.run { server in
            let workspace = try server.workspace()
            let worker = try await workspace.workers.create(["FriendlyName": "Worker1"])
            let queryParams: Parameters = ["Minutes": "240"]
            // workspace.workers.statistics / cumulativeStats / realtimeStats
            if let stats = try await statistics({ try await workspace.workers.statistics.fetch(queryParams) }) {
                #expect(stats.workspaceSid == server.workspaceSid)
            }
            if let stats = try await statistics({ try await workspace.workers.cumulativeStats.fetch(queryParams) }) {
                #expect(stats.reservationsCreated == 0)
            }
            if let stats = try await statistics({ try await workspace.workers.realtimeStats.fetch() }) {
                #expect(stats.totalWorkers == 1)
            }
            // worker.statistics.fetch(queryParams, …)
            if let stats = try await statistics({ try await worker.statistics.fetch(queryParams) }) {
                #expect(stats.workerSid == worker.sid)
            }
        }
    }
}
