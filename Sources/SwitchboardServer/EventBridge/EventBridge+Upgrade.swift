import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdCore
import HummingbirdWebSocket
import Logging
import SwitchboardCore
import SwitchboardEngine
import TaskRouterWire

extension EventBridge {
    /// Decides a websocket upgrade: only `/v1/wschannels/{AC}/{CH}?token=…` with a valid token for that
    /// channel whose policies allow GET on it, for a workspace, worker or queue that exists. A refusal
    /// is answered by Hummingbird with 400 and no body; the reason is logged.
    func upgrade(_ head: HTTPRequest, logger: Logger) async -> ShouldUpgradeResult<WebSocketDataHandler<HTTP1WebSocketUpgradeChannel.Context>> {
        let uri = URI(head.path ?? "")
        let segments = uri.path.split(separator: "/").map(String.init)
        guard segments.count == 4, segments[0] == "v1", segments[1] == "wschannels" else { return .dontUpgrade }
        do {
            let plan = try await handshake(uri, account: segments[2], channel: segments[3], logger: logger)
            return .upgrade([:]) { inbound, outbound, context in
                await EventBridgeSession(bridge: self, plan: plan).run(inbound: inbound, outbound: outbound, logger: context.logger)
            }
        } catch {
            let reason = (error as? CapabilityError)?.reason ?? "\(error)"
            logger.info("event bridge refused a websocket", metadata: ["path": "\(uri.path)", "reason": "\(reason)"])
            return .dontUpgrade
        }
    }

    func handshake(_ uri: URI, account: String, channel: String, logger: Logger) async throws -> SessionPlan {
        let query = FormParameters(encoded: uri.query ?? "")
        guard let token = query["token"] else { throw CapabilityError.denied("token required") }
        let capability = try await verifier.verify(token)
        try Self.authorize(capability, channelPath: uri.path, method: "GET", account: account, channel: channel)
        guard let target = BridgeChannel(channel) else { throw CapabilityError.invalidClaims("unknown channel kind") }
        let workspace = capability.claims.workspaceSid
        guard let engine = try? registry.engine(workspace, account: capability.account.sid),
              (try? await engine.read({ s, _ in Self.exists(target, in: s) })) == true
        else { throw CapabilityError.denied("No such workspace, worker or task queue for this token") }
        var disconnectActivity = query["disconnectActivitySid"]
        if let activity = disconnectActivity {
            let update = PolicyRequest(method: "POST", path: "/v1/Workspaces/\(workspace)/Workers/\(channel)",
                                       form: FormParameters(pairs: [("ActivitySid", activity)]))
            if !target.isWorker || (try? capability.authorize(update)) == nil {
                logger.notice("disconnectActivitySid ignored: not a worker channel, or the token may not set the activity",
                              metadata: ["channel": "\(channel)"])
                disconnectActivity = nil
            }
        }
        return SessionPlan(capability: capability, channel: target, engine: engine,
                           closeExistingSessions: query["closeExistingSessions"]?.lowercased() == "true",
                           disconnectActivitySid: disconnectActivity)
    }

    static func exists(_ channel: BridgeChannel, in state: WorkspaceState) -> Bool {
        switch channel {
        case .workspace(let ws): state.sid == ws
        case .worker(let wk): state.workers[wk] != nil
        case .taskQueue(let wq): state.taskQueues[wq] != nil
        }
    }
}
