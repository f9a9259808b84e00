import TaskRouter
import Testing

/// The `workspace.workers` examples of the TaskRouter.js v1 page, in Swift.
@Suite struct WorkersSeedTests {
    @Test func createFetchUpdateAndDelete() async throws {
        try await LiveServer.run { server in
            let workspace = try server.workspace()
            let available = try #require(try await workspace.activities.fetch().first { $0.friendlyName == "Available" })
            // var params = {"FriendlyName":"Worker1"}; workspace.workers.create(params, …)
            let worker = try await workspace.workers.create(["FriendlyName": "Worker1", "Attributes": #"{"skills":["en"]}"#])
            #expect(worker.friendlyName == "Worker1" && worker.activityName == "Offline")
            #expect(worker.attributes["skills"] == ["en"])

            // workspace.workers.fetch(…) and fetch("WKxxx", …)
            let workerList = try await workspace.workers.fetch()
            #expect(workerList.map(\.sid) == [worker.sid])
            #expect(try await workspace.workers.fetch(worker.sid).friendlyName == "Worker1")

            // worker.update("ActivitySid", "WAxxx", …)
            let moved = try await workerList.data[0].update("ActivitySid", available.sid)
            #expect(moved.activitySid == available.sid && moved.available == true)
            // workspace.workers.update("WKxxx", "ActivitySid", "WAxxx", …)
            let offline = try #require(try await workspace.activities.fetch(["FriendlyName": "Offline"]).first)
            let back = try await workspace.workers.update(worker.sid, "ActivitySid", offline.sid)
            #expect(back.activityName == "Offline")

            // worker.delete(…) and workspace.workers.delete("WKxxx", …)
            try await back.delete()
            let second = try await workspace.workers.create(["FriendlyName": "Worker2"])
            try await workspace.workers.delete(second.sid)
            #expect(try await workspace.workers.fetch().isEmpty)
        }
    }
}
