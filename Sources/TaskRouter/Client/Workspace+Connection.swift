import Foundation

extension Workspace {
    /// Keeps the event-bridge websocket open until the calling task is cancelled: connects, emits
    /// `connected` then `ready`, reconnects with ``ReconnectBackoff`` after a drop, and emits
    /// `token.expired` five seconds before the token's `exp`.
    ///
    /// ```swift
    /// try await withThrowingTaskGroup(of: Void.self) { group in
    ///     group.addTask { try await workspace.run() }
    ///     for await event in workspace.events { if case .ready = event { break } }
    ///     group.cancelAll()
    /// }
    /// ```
    /// Returns when cancelled; throws ``TaskRouterError/connectionFailed(attempts:reason:)`` when
    /// `maxRetries` consecutive reconnection attempts failed.
    public func run() async throws(TaskRouterError) {
        try await bridge.run()
    }

    /// Starts ``run()`` in a task owned by this client, as TaskRouter.js v1 connects on construction.
    /// Does nothing when already connected; ``disconnect()`` (or releasing the client) stops it.
    ///
    /// ```swift
    /// let workspace = try Workspace(token: WORKSPACE_TOKEN)
    /// workspace.on(.ready) { workspace in print(workspace.friendlyName ?? "") }
    /// workspace.connect()
    /// ```
    public func connect() {
        let bridge = self.bridge
        let connection = self.connection
        connection.withLock { current in
            guard current == nil else { return }
            let id = UUID()
            current = (id, Task {
                do throws(TaskRouterError) { try await bridge.run() } catch { bridge.hub.emit(.error(error)) }
                // Gave up (maxRetries): a later connect() starts again.
                connection.withLock { if $0?.id == id { $0 = nil } }
            })
        }
    }

    /// Stops the connection started by ``connect()`` and waits until the websocket is closed.
    ///
    /// ```swift
    /// await workspace.disconnect()
    /// ```
    public func disconnect() async {
        let task = connection.withLock { current in
            defer { current = nil }
            return current?.task
        }
        task?.cancel()
        await task?.value
    }
}
