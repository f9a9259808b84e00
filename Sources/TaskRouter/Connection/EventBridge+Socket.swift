import Foundation
import WSClient

extension EventBridge {
    /// How one websocket connection ended.
    enum SessionOutcome {
        /// It was open, then closed (by either side, or by the heartbeat watchdog).
        case closed
        /// It never opened.
        case failed(TaskRouterError)
    }

    /// Opens the channel's websocket, emits `connected`, sends the ready request, and reads frames
    /// until the socket closes or stays silent for `heartbeatTimeout`.
    func connectOnce() async -> SessionOutcome {
        let watchdog = HeartbeatWatchdog(timeout: configuration.heartbeatTimeout)
        let opened = Locked(false)
        let url = endpoints.socket(token: token)
        let channel = endpoints.channel
        logger.info("Connecting to \(channel)")
        let failure: (any Error)? = await withTaskGroup(of: Optional<any Error>.self) { group in
            group.addTask {
                do {
                    let configuration = WebSocketClientConfiguration(maxFrameSize: 1 << 24, closeTimeout: .seconds(2))
                    try await WebSocketClient.connect(url: url, configuration: configuration, logger: self.logger) {
                        inbound, _, _ in
                        opened.withLock { $0 = true }
                        watchdog.feed()
                        try await self.serve(inbound, watchdog: watchdog)
                    }
                    return nil
                } catch {
                    return error
                }
            }
            group.addTask {
                await watchdog.expired()
                return nil
            }
            let first = await group.next() ?? nil
            group.cancelAll()
            return first
        }
        if opened.current { return .closed }
        let reason = failure.map { "\($0)" } ?? "no answer within \(configuration.heartbeatTimeout)"
        return .failed(.transport("Could not open the websocket \(channel): \(reason)"))
    }

    /// The life of an open socket: `connected`, the ready request, then every frame.
    private func serve(_ inbound: WebSocketInboundStream, watchdog: HeartbeatWatchdog) async throws {
        logger.info("Websocket connected")
        hub.emit(.connected)
        try await withThrowingTaskGroup(of: Void.self) { group in
            group.addTask { await self.sendReady() }
            for try await message in inbound.messages(maxSize: 1 << 24) {
                watchdog.feed()
                receive(message)
            }
            group.cancelAll()
        }
    }

    /// TaskRouter.js v1's ready request: GET the workspace (with its trailing `/`) as `event_type: ready`.
    private func sendReady() async {
        let url = endpoints.workspace + "/"
        do {
            let json = try await send("GET", url, eventType: "ready")
            let location = ResourceLocation(bridge: self, url: url)
            hub.emit(.ready(try WorkspaceInstance(decoding: ResourcePayload(json: json, location: location))))
        } catch {
            if !Task.isCancelled { hub.emit(.error(error)) }
        }
    }

    /// One frame: blank text is a heartbeat; otherwise `{"event_type", "payload"}`.
    private func receive(_ message: WebSocketMessage) {
        guard case .text(let text) = message else { return }
        let trimmed = text.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !trimmed.isEmpty else { return }
        guard let frame = try? WireJSON(jsonText: trimmed), let type = frame["event_type"]?.stringValue, !type.isEmpty
        else {
            hub.emit(.error(.invalidResponse("Unreadable event-bridge frame: \(trimmed.prefix(200))")))
            return
        }
        hub.emit(.event(type: type, payload: eventPayload(frame["payload"] ?? .null)))
    }
}
