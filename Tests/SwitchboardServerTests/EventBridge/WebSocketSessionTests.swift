import Foundation
import HummingbirdTesting
import HummingbirdWSTesting
import NIOWebSocket
import SwitchboardServer
import SwitchboardTesting
import Synchronization
import Testing

/// The websocket's life: handshake checks, init, heartbeats, expiry, closeExistingSessions,
/// disconnectActivitySid. Live server on port 0; the clock is manual, nothing sleeps.
@Suite("Event bridge: websocket sessions", .timeLimit(.minutes(1)))
struct WebSocketSessionTests {
    @Test("The first frame is `init`; whitespace heartbeats follow")
    func initAndHeartbeat() async throws {
        try await LiveBridge.run(heartbeat: .milliseconds(20)) { bridge in
            let token = try bridge.token(bridge.workspaceToken())
            let seen = SeenFrames()
            try await bridge.client.ws(bridge.socketPath(bridge.workspace, token: token)) { inbound, _, _ in
                for try await frame in inbound.frames() {
                    seen.append(frame)
                    if frame.isHeartbeat { return }
                }
            }
            let first = try #require(seen.frames.first)
            #expect(first.eventType == "init")
            #expect(first.payload["channel_id"] as? String == bridge.workspace)
            #expect(first.payload["account_sid"] as? String == TestServer.accountSid)
            #expect(first.payload["token_lifetime"] as? Int == 3_600_000)
            #expect(seen.frames.last?.text == " ")
        }
    }

    @Test("When the token expires the server closes the socket with 4401 \"token expired\"")
    func expiry() async throws {
        try await LiveBridge.run(heartbeat: .milliseconds(20)) { bridge in
            let token = try bridge.token(bridge.workspaceToken(), ttl: 600)
            let close = try await bridge.client.ws(bridge.socketPath(bridge.workspace, token: token)) { inbound, _, _ in
                for try await frame in inbound.frames() where frame.eventType == "init" {
                    bridge.clock.advance(by: 600)
                }
            }
            #expect(close?.closeCode == .unknown(4401))
            #expect(close?.reason == "token expired")
        }
    }

    @Test("Deleting the workspace closes its sockets with 4404 \"workspace deleted\"")
    func workspaceDeletion() async throws {
        try await LiveBridge.run { bridge in
            let token = try bridge.token(bridge.workspaceToken())
            let close = try await bridge.client.ws(bridge.socketPath(bridge.workspace, token: token)) { inbound, _, _ in
                for try await frame in inbound.frames() where frame.eventType == "init" {
                    let r = try await bridge.client.call(.delete, "/v1/Workspaces/\(bridge.workspace)")
                    #expect(r.status == .noContent)
                }
            }
            #expect(close?.closeCode == .unknown(4404))
            #expect(close?.reason == "workspace deleted")
            #expect(bridge.app.registry.events.count == 0)
        }
    }

    @Test("closeExistingSessions=true closes the channel's other sockets with 4409")
    func closeExistingSessions() async throws {
        try await LiveBridge.run { bridge in
            let worker = try await bridge.create("Workers", [("FriendlyName", "Alice")])
            let token = try bridge.token(bridge.workerToken(worker))
            let first = bridge.socketPath(worker, token: token)
            let second = first.replacingOccurrences(of: "closeExistingSessions=false", with: "closeExistingSessions=true")
            let close = try await bridge.client.ws(first) { inbound, _, _ in
                for try await frame in inbound.frames() where frame.eventType == "init" {
                    #expect(bridge.app.eventBridge.openSessions(account: TestServer.accountSid, channel: worker) == 1)
                    try await bridge.client.ws(second) { inbound, _, _ in
                        for try await frame in inbound.frames() where frame.eventType == "init" { return }
                    }
                }
            }
            #expect(close?.closeCode == .unknown(4409))
        }
    }

    @Test("disconnectActivitySid: the worker takes that activity when its socket closes")
    func disconnectActivity() async throws {
        try await LiveBridge.run { bridge in
            let offline = try #require(bridge.activities["Offline"])
            let available = try #require(bridge.activities["Available"])
            let worker = try await bridge.create("Workers", [("FriendlyName", "Alice"), ("ActivitySid", available)])
            var builder = bridge.workerToken(worker)
            builder.allowActivityUpdates()
            let workerPath = bridge.socketPath(worker, token: try bridge.token(builder), extra: "&disconnectActivitySid=\(offline)")
            let watcher = try bridge.token(bridge.workspaceToken())
            try await bridge.client.ws(bridge.socketPath(bridge.workspace, token: watcher)) { inbound, _, _ in
                for try await frame in inbound.frames() {
                    if frame.eventType == "init" {
                        try await bridge.client.ws(workerPath) { inbound, _, _ in
                            for try await frame in inbound.frames() where frame.eventType == "init" { return }
                        }
                    }
                    if frame.eventType == "worker.activity.update", frame.payloadSid == worker {
                        #expect(frame.payload["activity_sid"] as? String == offline)
                        return
                    }
                }
            }
        }
    }

    @Test("Refused handshakes: bad token, another channel, another account, no token, unknown worker, expired")
    func refusals() async throws {
        try await LiveBridge.run { bridge in
            let worker = try await bridge.create("Workers", [("FriendlyName", "Alice")])
            let good = try bridge.token(bridge.workspaceToken())
            let expired = try bridge.token(bridge.workspaceToken(), ttl: 1)
            bridge.clock.advance(by: 1)
            let ghost = "WK" + String(repeating: "f", count: 32)
            let paths = [
                bridge.socketPath(bridge.workspace, token: good + "x"),
                bridge.socketPath(worker, token: good),
                "/v1/wschannels/AC\(String(repeating: "9", count: 32))/\(bridge.workspace)?token=\(good)",
                "/v1/wschannels/\(TestServer.accountSid)/\(bridge.workspace)",
                bridge.socketPath(ghost, token: try bridge.token(bridge.workerToken(ghost))),
                bridge.socketPath(bridge.workspace, token: expired),
            ]
            for path in paths {
                await #expect(throws: (any Error).self, "\(path)") {
                    try await bridge.client.ws(path) { _, _, _ in }
                }
            }
            #expect(bridge.app.eventBridge.openSessions(account: TestServer.accountSid, channel: bridge.workspace) == 0)
        }
    }
}

/// Frames collected by a socket handler.
final class SeenFrames: Sendable {
    private let storage = Mutex<[BridgeFrame]>([])
    func append(_ frame: BridgeFrame) { storage.withLock { $0.append(frame) } }
    var frames: [BridgeFrame] { storage.withLock { $0 } }
}
