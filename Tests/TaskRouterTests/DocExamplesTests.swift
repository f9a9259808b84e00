import Foundation
import Synchronization
import TaskRouter
import Testing

/// The examples of docs/sdk-swift.md, as written there (with real SIDs for the `…xxx` placeholders),
/// run against a live server; their printed lines are checked.
@Suite struct DocExamplesTests {
    @Test func resourceExamplesRunAsDocumented() async throws {
        try await LiveServer.run { server in
            let out = Printed()
            let workspace = try server.workspace()
            let offline = try #require(try await workspace.activities.fetch(["FriendlyName": "Offline"]).first).sid

            // Workspace update, single and multiple attributes.
            do throws(TaskRouterError) {
                let updated = try await workspace.update("EventCallbackUrl", "http://requestb.in/1kmw9im1")
                out.print(updated.eventCallbackUrl ?? "")
            } catch {
                out.print(error.code, error.message)
            }
            let props: Parameters = ["EventCallbackUrl": "http://requestb.in/1kmw9im1", "TimeoutActivitySid": .string(offline)]
            do throws(TaskRouterError) {
                let workspace = try await workspace.update(props)
                out.print(workspace.timeoutActivitySid ?? "")
            } catch {
                out.print(error.code, error.message)
            }
            #expect(out.take() == ["http://requestb.in/1kmw9im1", offline])
            // No event callbacks to an outside host for the rest of the test.
            _ = try await workspace.update("EventCallbackUrl", "")

            // Activities: create, list, instance update, list update, deletes.
            let params: Parameters = ["FriendlyName": "Activity1", "Available": "true"]
            let activity = try await workspace.activities.create(params)
            out.print("FriendlyName: " + (activity.friendlyName ?? ""))
            do throws(TaskRouterError) {
                let activityList = try await workspace.activities.fetch(["FriendlyName": "Activity1"])
                for activity in activityList.data {
                    let activity = try await activity.update("FriendlyName", "NewFriendlyName")
                    out.print("FriendlyName: " + (activity.friendlyName ?? ""))
                }
            } catch {
                out.print(error.code, error.message)
            }
            do throws(TaskRouterError) {
                let activity = try await workspace.activities.update(activity.sid, "FriendlyName", "Activity1")
                out.print("FriendlyName: " + (activity.friendlyName ?? ""))
                try await workspace.activities.delete(activity.sid)
                out.print("Activity deleted")
                _ = try await workspace.activities.fetch(activity.sid)
            } catch {
                out.print(error.code)
            }
            #expect(out.take() == [
                "FriendlyName: Activity1", "FriendlyName: NewFriendlyName", "FriendlyName: Activity1",
                "Activity deleted", "404",
            ])

            // Workflows, task queues, tasks: the create examples and the statistics examples.
            let taskQueue = try await workspace.taskqueues.create(
                ["FriendlyName": "TaskQueue1", "ReservationActivitySid": .string(offline),
                 "AssignmentActivitySid": .string(offline), "TargetWorkers": "1==1"])
            let workflowConfig: WireJSON = ["task_routing": ["default_filter": ["task_queue_sid": .string(taskQueue.sid)]]]
            let workflow = try await workspace.workflows.create(
                ["FriendlyName": "Workflow1", "AssignmentCallbackUrl": "http://requestb.in/1kmw9im1",
                 "Configuration": workflowConfig])
            out.print(workflow.configuration.jsonString)
            let attributes = #"{"Ticket":"Gold"}"#
            let task = try await workspace.tasks.create(["WorkflowSid": .string(workflow.sid), "Attributes": .string(attributes)])
            let cancelAttrs: Parameters = ["AssignmentStatus": "canceled", "Reason": "waiting"]
            do throws(TaskRouterError) {
                for task in try await workspace.tasks.fetch().data {
                    let task = try await task.update(cancelAttrs)
                    out.print("Attributes: " + task.attributes.jsonString, task.assignmentStatus)
                }
            } catch {
                out.print(error.code, error.message)
            }
            #expect(out.take() == [
                #"{"task_routing":{"default_filter":{"task_queue_sid":"\#(taskQueue.sid)"}}}"#,
                #"Attributes: {"Ticket":"Gold"} canceled"#,
            ])
            #expect(task.sid.hasPrefix("WT"))
        }
    }

    @Test func eventExamplesRunAsDocumented() async throws {
        try await LiveServer.run { server in
            let out = Printed()
            let workspace = try server.workspace(token: server.token(ttl: 5))
            workspace.on(.ready) { workspace in
                out.print(workspace.friendlyName ?? "")
            }
            workspace.on(.connected) {
                out.print("Websocket has connected")
            }
            workspace.on(.tokenExpired) {
                out.print("updating token")
                let token = try? server.token()
                try? workspace.updateToken(token ?? "")
            }
            let subscription = workspace.on("worker.created") { payload in
                if case .worker(let worker) = payload { out.print("worker", worker.friendlyName ?? "") }
            }
            workspace.connect()
            try await out.wait(for: "Workspace 1")
            try await out.wait(for: "updating token")
            _ = try await workspace.workers.create(["FriendlyName": "Alice"])
            try await out.wait(for: "worker Alice")
            subscription.cancel()
            await workspace.disconnect()
            #expect(Set(out.take()) == ["Websocket has connected", "Workspace 1", "updating token", "worker Alice"])
        }
    }
}

/// Lines the examples print, collected instead of written to standard output.
final class Printed: Sendable {
    private let log = EventLog()
    private let taken = Mutex(0)

    /// `print(items…)` into the buffer.
    func print(_ items: Any..., separator: String = " ") {
        log.append(.event(type: items.map { "\($0)" }.joined(separator: separator), payload: .none))
    }

    /// Waits until `line` was printed.
    func wait(for line: String) async throws {
        try await log.wait(for: line)
    }

    /// The lines printed since the last `take()`.
    func take() -> [String] {
        let lines = log.names
        let start = taken.withLock { start in defer { start = lines.count }; return start }
        return Array(lines[start...])
    }
}
