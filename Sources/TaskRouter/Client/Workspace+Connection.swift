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
        connection.withLock { task in
            guard task == nil else { return }
            task = Task {
                do throws(TaskRouterError) { try await bridge.run() } catch { bridge.hub.emit(.error(error)) }
            }
        }
    }

    /// Stops the connection started by ``connect()`` and waits until the websocket is closed.
    ///
    /// ```swift
    /// await workspace.disconnect()
    /// ```
    public func disconnect() async {
        let task = connection.withLock { task in
            defer { task = nil }
            return task
        }
        task?.cancel()
        await task?.value
    }
}
