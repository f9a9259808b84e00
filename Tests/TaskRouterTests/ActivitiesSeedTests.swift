import TaskRouter
import Testing

/// The `workspace.activities` examples of the TaskRouter.js v1 page, in Swift.
@Suite struct ActivitiesSeedTests {
    @Test func fetchTheListAndOneActivity() async throws {
        try await LiveServer.run { server in
            let workspace = try server.workspace()
            // workspace.activities.fetch(function(error, activityList) { … data[i].friendlyName … })
            let activityList = try await workspace.activities.fetch()
            let names = activityList.data.map { $0.friendlyName ?? "" }
            #expect(Set(names).isSuperset(of: ["Offline", "Available", "Unavailable"]))
            #expect(activityList.page == 0 && !activityList.hasPrevious)
            // workspace.activities.fetch("WAxxx", function(error, activity) { … })
            let offline = try #require(activityList.first { $0.friendlyName == "Offline" })
            let activity = try await workspace.activities.fetch(offline.sid)
            #expect(activity.friendlyName == "Offline" && activity.available == false)
            #expect(activity.json["sid"] == .string(offline.sid))
            // with query parameters
            let available = try await workspace.activities.fetch(["Available": "true"])
            #expect(available.data.allSatisfy { $0.available == true } && !available.isEmpty)
        }
    }

    @Test func createUpdateAndDeleteInBothForms() async throws {
        try await LiveServer.run { server in
            let workspace = try server.workspace()
            // var params = {"FriendlyName":"Activity1", "Available":"true"}; workspace.activities.create(params, …)
            let params: Parameters = ["FriendlyName": "Activity1", "Available": "true"]
            let activity = try await workspace.activities.create(params)
            #expect(activity.friendlyName == "Activity1" && activity.available == true)
            // activity.update("FriendlyName", "NewFriendlyName", …) on an instance from the list
            let listed = try #require(try await workspace.activities.fetch().first { $0.sid == activity.sid })
            let renamed = try await listed.update("FriendlyName", "NewFriendlyName")
            #expect(renamed.friendlyName == "NewFriendlyName")
            // workspace.activities.update("WAxxx", "FriendlyName", "NewFriendlyName", …)
            let again = try await workspace.activities.update(activity.sid, "FriendlyName", "Activity1b")
            #expect(again.friendlyName == "Activity1b")
            // activity.delete(…) and workspace.activities.delete("WAxxx", …)
            try await again.delete()
            let second = try await workspace.activities.create(["FriendlyName": "Activity2"])
            try await workspace.activities.delete(second.sid)
            let left = try await workspace.activities.fetch().map(\.sid)
            #expect(!left.contains(activity.sid) && !left.contains(second.sid))
            do {
                _ = try await workspace.activities.fetch(second.sid)
                Issue.record("deleted activity still found")
            } catch let error as TaskRouterError {
                #expect(error.code == 404)
            }
        }
    }
}
