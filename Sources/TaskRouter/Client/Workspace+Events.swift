extension Workspace {
    /// Calls `handler` with the event's argument each time the event happens (TaskRouter.js v1's `on`).
    ///
    /// ```swift
    /// workspace.on(.ready) { workspace in print(workspace.friendlyName ?? "") }
    /// workspace.on(.error) { error in print(error.code, error.message) }
    /// workspace.on("task.created") { payload in print(payload.json.jsonString) }
    /// ```
    /// Handlers run on the connection's task, in registration order; keep them short.
    @discardableResult
    public func on<Argument>(
        _ event: WorkspaceEventName<Argument>, _ handler: @escaping @Sendable (Argument) -> Void
    ) -> EventSubscription {
        let extract = event.extract
        let id = bridge.hub.add { if let argument = extract($0) { handler(argument) } }
        return EventSubscription(hub: bridge.hub, id: id)
    }

    /// Calls `handler` each time the event happens, ignoring its argument.
    ///
    /// ```swift
    /// workspace.on(.connected) { print("Websocket has connected") }
    /// workspace.on(.disconnected) { print("Websocket has disconnected") }
    /// workspace.on(.tokenExpired) { try? workspace.updateToken(refreshJWT()) }
    /// ```
    @discardableResult
    public func on<Argument>(
        _ event: WorkspaceEventName<Argument>, _ handler: @escaping @Sendable () -> Void
    ) -> EventSubscription {
        on(event) { (_: Argument) in handler() }
    }

    /// Removes every handler added with `on`.
    public func removeAllListeners() {
        bridge.hub.removeAll()
    }

    /// Every event from now on, as an async sequence; each access starts a new, independent stream.
    ///
    /// ```swift
    /// for await event in workspace.events {
    ///     if case .ready(let workspace) = event { print(workspace.sid) }
    /// }
    /// ```
    public var events: AsyncStream<WorkspaceEvent> {
        bridge.hub.stream()
    }
}

/// A handler added with `Workspace.on(_:_:)`; ``cancel()`` removes it.
///
/// ```swift
/// let subscription = workspace.on(.connected) { print("connected") }
/// subscription.cancel()
/// ```
public struct EventSubscription: Sendable {
    let hub: EventHub
    let id: Int

    /// Stops calling the handler.
    public func cancel() {
        hub.remove(id)
    }
}
