import Foundation
import HummingbirdWebSocket
import Logging
import NIOWebSocket
import ServiceLifecycle
import SwitchboardCore
import SwitchboardEngine
import Synchronization

/// What a successful handshake established about one websocket.
struct SessionPlan: Sendable {
    let capability: VerifiedCapability
    let channel: BridgeChannel
    let engine: WorkspaceEngine
    let closeExistingSessions: Bool
    /// Worker channels: the activity to give the worker when the socket closes.
    let disconnectActivitySid: String?

    var key: String { "\(capability.claims.accountSid)/\(capability.claims.channel)" }
}

/// One open websocket: sends the events of its channel and a whitespace heartbeat, and closes at the
/// token's expiry (4401), when a newer session replaces it (4409) or when the workspace is deleted
/// (4404). One writer loop sends every frame, so frames never interleave.
struct EventBridgeSession {
    let bridge: EventBridge
    let plan: SessionPlan

    func run(inbound: WebSocketInboundStream, outbound: WebSocketOutboundWriter, logger: Logger) async {
        let (subscription, events) = bridge.registry.events.subscribe(workspaceSid: plan.engine.sid)
        defer { bridge.registry.events.unsubscribe(subscription) }
        let (inputs, sink) = AsyncStream<SessionInput>.makeStream()
        let id = bridge.sessions.register(plan.key, sink, replacing: plan.closeExistingSessions)
        defer { bridge.sessions.remove(plan.key, id) }
        let shuttingDown = ShutdownFlag()
        let reason = await withGracefulShutdownHandler {
            await withTaskGroup(of: Void.self, returning: SessionCloseReason?.self) { group in
                group.addTask {
                    do { for try await _ in inbound {} } catch {}
                    sink.yield(.stop)
                }
                group.addTask {
                    for await event in events { sink.yield(.event(event)) }
                    // The bus ends a workspace's subscriptions when it is deleted.
                    if !Task.isCancelled, (try? bridge.registry.engine(plan.engine.sid, account: plan.engine.accountSid)) == nil {
                        sink.yield(.close(.workspaceDeleted))
                    }
                }
                group.addTask { await tick(sink) }
                let reason = await write(inputs, outbound)
                group.cancelAll()
                return reason
            }
        } onGracefulShutdown: {
            shuttingDown.raise()
            sink.yield(.stop)
        }
        if let reason {
            logger.debug("event bridge closes a socket", metadata: ["channel": "\(plan.key)", "reason": "\(reason.text)"])
            try? await outbound.close(.unknown(reason.code), reason: reason.text)
        }
        if reason != .replaced, reason != .workspaceDeleted, !shuttingDown.isRaised { await applyDisconnectActivity(logger) }
    }

    /// Sends frames until the client leaves or a close is asked for; returns the server's close reason.
    private func write(_ inputs: AsyncStream<SessionInput>, _ outbound: WebSocketOutboundWriter) async -> SessionCloseReason? {
        let frames = EventFrames(renderer: bridge.renderer)
        do {
            try await outbound.writeTextMessage(initFrame)
            for await input in inputs {
                switch input {
                case .stop: return nil
                case .close(let reason): return reason
                case .heartbeat: try await outbound.write(.text(" "))
                case .event(let event):
                    guard let frame = await frames.frame(event, channel: plan.channel, engine: plan.engine) else { continue }
                    try await outbound.writeTextMessage(frame)
                }
            }
        } catch {}
        return nil
    }

    /// A heartbeat every interval; at the token's expiry (by the server's clock), a close.
    private func tick(_ sink: AsyncStream<SessionInput>.Continuation) async {
        let clock = bridge.registry.clock
        while !Task.isCancelled {
            let remaining = plan.capability.expiresAt.timeIntervalSince(clock.now())
            if remaining <= 0 { break }
            do { try await Task.sleep(for: min(bridge.heartbeat, .seconds(remaining))) } catch { return }
            if clock.now() >= plan.capability.expiresAt { break }
            sink.yield(.heartbeat)
        }
        if !Task.isCancelled { sink.yield(.close(.tokenExpired)) }
    }

    /// TaskRouter.js v2's `init` event (harmless to v1, which emits an unused `init`).
    private var initFrame: String {
        let c = plan.capability.claims
        let lifetime = max(0, Int(plan.capability.expiresAt.timeIntervalSince(bridge.registry.clock.now()) * 1000))
        return EventFrames.frame("init", payload: """
            {"account_sid":\(EventFrames.jsonString(c.accountSid)),"channel_id":\(EventFrames.jsonString(c.channel)),\
            "token_lifetime":\(lifetime),"workspace_sid":\(EventFrames.jsonString(c.workspaceSid))}
            """)
    }

    /// `disconnectActivitySid`: the worker takes that activity once its socket is gone.
    private func applyDisconnectActivity(_ logger: Logger) async {
        guard let activity = plan.disconnectActivitySid, case .worker(let worker) = plan.channel else { return }
        let caller = Caller(accountSid: plan.capability.account.sid, sourceIPAddress: nil)
        do {
            _ = try await plan.engine.perform(caller) { state, ctx, changes in
                try state.updateWorker(worker, WorkerInput(activitySid: activity), ifMatch: nil, ctx, &changes)
            }
        } catch {
            logger.notice("disconnectActivitySid not applied", metadata: ["worker": "\(worker)", "error": "\(error)"])
        }
    }
}

/// Set once graceful shutdown began: sockets closed by the server going away are not disconnects.
private final class ShutdownFlag: Sendable {
    private let raised = Mutex(false)
    func raise() { raised.withLock { $0 = true } }
    var isRaised: Bool { raised.withLock { $0 } }
}
