import Foundation
import Hummingbird
import HummingbirdTesting
import HummingbirdWSTesting
import Logging
import SwitchboardServer
import SwitchboardTesting
import TaskRouterWire
import Testing
import WSClient

/// A live server on port 0 (websockets need one) with a manual clock, a short heartbeat and a
/// workspace with two workers, a queue and a workflow.
struct LiveBridge: Sendable {
    let app: SwitchboardApplication
    let clock: ManualWallClock
    let client: any TestClientProtocol
    let workspace: String
    let activities: [String: String]

    static func run<T: Sendable>(heartbeat: Duration = .seconds(15), _ body: @Sendable (LiveBridge) async throws -> T) async throws -> T {
        let clock = ManualWallClock()
        var config = ServerConfiguration(host: "127.0.0.1", port: 0, database: ":memory:", publicURL: TestServer.baseURL,
                                         accountSid: TestServer.accountSid, authToken: TestServer.authToken)
        config.eventBridgeHeartbeat = heartbeat
        var logger = Logger(label: "live-bridge")
        logger.logLevel = .warning
        let app = try await buildApplication(config, clock: clock, ids: SequentialIdentifierGenerator(), logger: logger)
        return try await app.application.test(.live) { client in
            let created = try await client.call(.post, "/v1/Workspaces", [("FriendlyName", "Live")])
            let ws = try #require(created["sid"])
            var activities: [String: String] = [:]
            for a in try await client.call(.get, "/v1/Workspaces/\(ws)/Activities").items("activities") {
                activities[a["friendly_name"] as? String ?? ""] = a["sid"] as? String
            }
            return try await body(LiveBridge(app: app, clock: clock, client: client, workspace: ws, activities: activities))
        }
    }

    /// POST to a collection of the workspace, expecting 201; the new SID.
    func create(_ collection: String, _ form: [(String, String)]) async throws -> String {
        let r = try await client.call(.post, "/v1/Workspaces/\(workspace)/\(collection)", form)
        try #require(r.status == .created, "\(collection): \(r.body)")
        return try #require(r["sid"])
    }

    func update(_ path: String, _ form: [(String, String)]) async throws {
        let r = try await client.call(.post, "/v1/Workspaces/\(workspace)/\(path)", form)
        try #require(r.status == .ok, "\(path): \(r.body)")
    }

    func token(_ builder: CapabilityTokenBuilder, ttl: Int = 3600) throws -> String {
        try builder.token(authToken: TestServer.authToken, now: clock.now(), ttl: ttl)
    }

    func workspaceToken() -> CapabilityTokenBuilder { .workspace(accountSid: TestServer.accountSid, workspaceSid: workspace) }

    func workerToken(_ worker: String) -> CapabilityTokenBuilder {
        .worker(accountSid: TestServer.accountSid, workspaceSid: workspace, workerSid: worker)
    }

    /// `/v1/wschannels/{AC}/{channel}?token=…&closeExistingSessions=false` plus `extra`.
    func socketPath(_ channel: String, token: String, extra: String = "") -> String {
        "/v1/wschannels/\(TestServer.accountSid)/\(channel)?token=\(token)&closeExistingSessions=false\(extra)"
    }
}

/// A text frame of the bridge, parsed.
struct BridgeFrame: Sendable {
    let text: String

    var isHeartbeat: Bool { text.trimmingCharacters(in: .whitespaces).isEmpty }
    var json: [String: any Sendable] {
        (try? JSONSerialization.jsonObject(with: Data(text.utf8))) as? [String: any Sendable] ?? [:]
    }
    var eventType: String? { json["event_type"] as? String }
    var payload: [String: any Sendable] { json["payload"] as? [String: any Sendable] ?? [:] }
    var payloadSid: String? { payload["sid"] as? String }
}

extension WebSocketInboundStream {
    /// The text messages of the socket, as frames.
    func frames() -> AsyncCompactMapSequence<WebSocketInboundMessageStream, BridgeFrame> {
        messages(maxSize: 1 << 20).compactMap { message in
            if case .text(let text) = message { BridgeFrame(text: text) } else { nil }
        }
    }
}
