/// Fans workspace events out to `on(_:)` handlers and to `events` streams, in registration order.
final class EventHub: Sendable {
    typealias Handler = @Sendable (WorkspaceEvent) -> Void

    private struct State {
        var nextID = 0
        var handlers: [(id: Int, handler: Handler)] = []
        var streams: [Int: AsyncStream<WorkspaceEvent>.Continuation] = [:]
    }

    private let state = Locked(State())

    /// Delivers `event` to every stream, then calls every handler.
    func emit(_ event: WorkspaceEvent) {
        let (handlers, streams) = state.withLock { ($0.handlers.map(\.handler), Array($0.streams.values)) }
        for stream in streams { stream.yield(event) }
        for handler in handlers { handler(event) }
    }

    /// Registers a handler; the returned id removes it.
    func add(_ handler: @escaping Handler) -> Int {
        state.withLock { state in
            state.nextID += 1
            state.handlers.append((state.nextID, handler))
            return state.nextID
        }
    }

    /// Removes a handler registered with ``add(_:)``.
    func remove(_ id: Int) {
        state.withLock { $0.handlers.removeAll { $0.id == id } }
    }

    /// Removes every handler.
    func removeAll() {
        state.withLock { $0.handlers.removeAll() }
    }

    /// A new stream of every event emitted from now on; it ends when its consumer stops.
    func stream() -> AsyncStream<WorkspaceEvent> {
        let (stream, continuation) = AsyncStream.makeStream(of: WorkspaceEvent.self)
        let id = state.withLock { state in
            state.nextID += 1
            state.streams[state.nextID] = continuation
            return state.nextID
        }
        continuation.onTermination = { [weak self] _ in
            _ = self?.state.withLock { $0.streams.removeValue(forKey: id) }
        }
        return stream
    }

    /// Ends every stream (the workspace client is gone).
    func finish() {
        let streams = state.withLock { state in
            defer { state.streams.removeAll() }
            return Array(state.streams.values)
        }
        for stream in streams { stream.finish() }
    }
}
