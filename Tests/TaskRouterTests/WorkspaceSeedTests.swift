import Foundation
import Synchronization
import TaskRouter
import Testing

/// The Workspace examples of the TaskRouter.js v1 page, in Swift, against a live server.
@Suite struct WorkspaceSeedTests {
    @Test func readyDeliversTheWorkspaceResource() async throws {
        try await LiveServer.run { server in
            let workspace = try server.workspace()
            let seen = Mutex<[String]>([])
            // workspace.on("ready", function(workspace) { … })
            workspace.on(.ready) { workspace in
                seen.withLock {
                    $0 = [workspace.sid, workspace.friendlyName ?? "", workspace.prioritizeQueueOrder,
                          workspace.defaultActivityName ?? ""]
                }
            }
            try await workspace.connected { log in
                try await log.wait(for: "ready")
                #expect(log.names.prefix(1) == ["connected"])
            }
            #expect(seen.withLock { $0 } == [server.workspaceSid, "Workspace 1", "FIFO", "Offline"])
        }
    }

    @Test func connectedAndDisconnectedHandlers() async throws {
        try await LiveServer.run { server in
            let workspace = try server.workspace()
            let calls = Mutex<[String]>([])
            workspace.on(.connected) { calls.withLock { $0.append("Websocket has connected") } }
            workspace.on(.disconnected) { calls.withLock { $0.append("Websocket has disconnected") } }
            let events = workspace.events
            workspace.connect()
            try await withDeadline(.seconds(10), "ready") {
                for await event in events where event.name == "ready" { return }
            }
            await workspace.disconnect()
            #expect(calls.withLock { $0 } == ["Websocket has connected", "Websocket has disconnected"])
        }
    }

    @Test func updateASingleAttribute() async throws {
        try await LiveServer.run { server in
            let workspace = try server.workspace()
            // workspace.update("EventCallbackUrl", "http://requestb.in/1kmw9im1", function(error, workspace) { … })
            let updated = try await workspace.update("EventCallbackUrl", "http://requestb.in/1kmw9im1")
            #expect(updated.eventCallbackUrl == "http://requestb.in/1kmw9im1")
            #expect(updated.sid == server.workspaceSid)
        }
    }

    @Test func updateMultipleAttributes() async throws {
        try await LiveServer.run { server in
            let workspace = try server.workspace()
            let busy = try await workspace.activities.create(["FriendlyName": "Busy", "Available": "false"])
            // var props = {"EventCallbackUrl": "http://requestb.in/1kmw9im1", "TimeoutActivitySid": "WAxxx"};
            let props: Parameters = ["EventCallbackUrl": "http://requestb.in/1kmw9im1", "TimeoutActivitySid": .string(busy.sid)]
            let updated = try await workspace.update(props)
            #expect(updated.eventCallbackUrl == "http://requestb.in/1kmw9im1")
            #expect(updated.timeoutActivitySid == busy.sid)
            #expect(updated.timeoutActivityName == "Busy")
        }
    }

    @Test func deleteTheWorkspace() async throws {
        try await LiveServer.run { server in
            let workspace = try server.workspace()
            try await workspace.delete()
            let gone = try await server.call(.get, "/v1/Workspaces/\(server.workspaceSid)")
            #expect(gone.status == .notFound)
            await #expect(throws: TaskRouterError.self) { _ = try await workspace.fetch() }
        }
    }

    @Test func updateTokenIsUsedByLaterRequestsAndExistingObjects() async throws {
        try await LiveServer.run { server in
            // A default workspace token may read the workspace but none of its subresources.
            let workspace = try server.workspace(token: server.token(full: false))
            let details = try await workspace.fetch()
            do {
                _ = try await workspace.activities.fetch()
                Issue.record("a default workspace token must not list activities")
            } catch let error as TaskRouterError {
                #expect(error.code == 403)
                #expect(error.twilioCode != nil)
            }
            // var token = refreshJWT(); workspace.updateToken(token);
            try workspace.updateToken(server.token())
            let activities = try await workspace.activities.fetch()
            #expect(activities.data.map { $0.friendlyName } .contains("Offline"))
            let renamed = try await details.update("FriendlyName", "Renamed")
            #expect(renamed.friendlyName == "Renamed")
        }
    }
}
