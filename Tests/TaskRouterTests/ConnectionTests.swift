import Foundation
import Synchronization
import TaskRouter
import Testing

/// The connection lifecycle (spec tokens-and-events §4.2–4.3): events pushed on the channel,
/// reconnection after a dropped connection, giving up after `maxRetries`, and `token.expired`.
@Suite struct ConnectionTests {
    @Test func pushedEventsArriveAsSDKObjects() async throws {
        try await LiveServer.run { server in
            let workspace = try server.workspace()
            let created = Mutex<[String]>([])
            workspace.on("worker.created") { payload in
                if case .worker(let worker) = payload { created.withLock { $0.append(worker.friendlyName ?? "") } }
            }
            try await workspace.connected { log in
                try await log.wait(for: "ready")
                let worker = try await workspace.workers.create(["FriendlyName": "Alice"])
                let event = try await log.wait(for: "worker.created")
                guard case .event(_, .worker(let pushed)) = event else {
                    Issue.record("expected a Worker payload, got \(event)")
                    return
                }
                #expect(pushed.sid == worker.sid)
                _ = try await workspace.workers.update(worker.sid, "Attributes", #"{"team":"blue"}"#)
                try await log.wait(for: "worker.attributes.update")
            }
            #expect(created.withLock { $0 } == ["Alice"])
        }
    }

    @Test func reconnectsAfterADroppedConnectionAndIsReadyAgain() async throws {
        try await LiveServer.run { server in
            let proxy = try await DroppingProxy.start(to: server.port)
            let workspace = try server.workspace(baseURL: URL(string: "http://127.0.0.1:\(proxy.port)"))
            try await workspace.connected { log in
                try await log.wait(for: "ready")
                proxy.dropAll()
                try await log.wait(for: "disconnected")
                try await log.wait(for: "connected", count: 2)
                try await log.wait(for: "ready", count: 2)
                // Events flow on the new socket.
                _ = try await workspace.workers.create(["FriendlyName": "After the drop"])
                try await log.wait(for: "worker.created")
                let names = log.names.filter { ["connected", "ready", "disconnected"].contains($0) }
                #expect(names == ["connected", "ready", "disconnected", "connected", "ready"])
            }
            try await proxy.stop()
        }
    }

    @Test func silenceLongerThanTheHeartbeatTimeoutCountsAsADroppedConnection() async throws {
        try await LiveServer.run { server in
            // The server's heartbeat comes every 15 s; a 300 ms watchdog sees the socket as dead.
            let configuration = WorkspaceConfiguration(
                debug: false, baseURL: server.baseURL, heartbeatTimeout: .milliseconds(300),
                reconnectBackoff: ReconnectBackoff(unit: .milliseconds(10)))
            let workspace = try Workspace(token: server.token(), configuration: configuration)
            try await workspace.connected { log in
                try await log.wait(for: "ready")
                try await log.wait(for: "disconnected")
                try await log.wait(for: "ready", count: 2)
            }
        }
    }

    @Test func givesUpAfterMaxRetriesFailedAttempts() async throws {
        try await LiveServer.run { server in
            let proxy = try await DroppingProxy.start(to: server.port)
            let url = URL(string: "http://127.0.0.1:\(proxy.port)")
            let workspace = try server.workspace(maxRetries: 2, baseURL: url)
            let log = EventLog()
            let stream = workspace.events
            try await withThrowingTaskGroup(of: Void.self) { group in
                group.addTask { for await event in stream { log.append(event) } }
                group.addTask {
                    do {
                        try await workspace.run()
                        Issue.record("run() returned although the server went away")
                    } catch let error as TaskRouterError {
                        log.append(.error(error))
                    }
                }
                try await log.wait(for: "ready")
                try await proxy.stop()  // nothing listens any more
                let final = try await log.wait("connectionFailed") { events in
                    events.compactMap { if case .error(.connectionFailed(let n, _)) = $0 { n } else { nil } }.first
                }
                #expect(final == 3)
                // One reconnection attempt, then maxRetries = 2 retries, each reported as an error.
                let failedAttempts = log.events.filter { if case .error(.transport) = $0 { true } else { false } }
                #expect(failedAttempts.count == 3)
                group.cancelAll()
            }
        }
    }

    @Test func tokenExpiredFiresFiveSecondsEarlyAndUpdateTokenRearmsIt() async throws {
        try await LiveServer.run { server in
            // Expires in 5 s: the SDK warns right away.
            let workspace = try server.workspace(token: server.token(ttl: 5))
            let refreshed = Mutex(0)
            // workspace.on("token.expired", function() { workspace.updateToken(refreshJWT()) })
            workspace.on(.tokenExpired) {
                let count = refreshed.withLock { $0 += 1; return $0 }
                // First refresh: another short token (warns again); then a long one (does not).
                try? workspace.updateToken(server.token(ttl: count == 1 ? 6 : 3600))
            }
            try await workspace.connected { log in
                try await log.wait(for: "token.expired", count: 2)
                try await log.wait(for: "ready")
                // The long token is in use: requests succeed, and the next warning is an hour away.
                _ = try await workspace.activities.fetch()
            }
            #expect(refreshed.withLock { $0 } == 2)
        }
    }
}
