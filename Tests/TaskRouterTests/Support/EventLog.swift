import Synchronization
import TaskRouter

/// Every event a workspace client emitted, and a way to wait for one with a deadline.
final class EventLog: Sendable {
    private struct State {
        var events: [WorkspaceEvent] = []
        var listeners: [Int: AsyncStream<Void>.Continuation] = [:]
        var nextListener = 0
    }

    private let state = Mutex(State())

    /// Records an event and wakes the waiters.
    func append(_ event: WorkspaceEvent) {
        let listeners = state.withLock { state in
            state.events.append(event)
            return Array(state.listeners.values)
        }
        for listener in listeners { listener.yield() }
    }

    /// The names of the events so far, in order.
    var names: [String] { state.withLock { $0.events.map(\.name) } }

    /// The events so far.
    var events: [WorkspaceEvent] { state.withLock { $0.events } }

    /// Waits until the `count`-th event named `name` arrived and returns it.
    @discardableResult
    func wait(for name: String, count: Int = 1, timeout: Duration = .seconds(10)) async throws -> WorkspaceEvent {
        try await wait("\(count)× \(name)", timeout: timeout) { events in
            let matching = events.filter { $0.name == name }
            return matching.count >= count ? matching[count - 1] : nil
        }
    }

    /// Waits until `match` finds something in the events so far.
    func wait<T: Sendable>(
        _ what: String, timeout: Duration = .seconds(10), _ match: @escaping @Sendable ([WorkspaceEvent]) -> T?
    ) async throws -> T {
        try await withDeadline(timeout, "waiting for \(what); got \(names)") {
            let (changes, continuation) = AsyncStream.makeStream(of: Void.self, bufferingPolicy: .bufferingNewest(1))
            let id = self.state.withLock { state in
                state.nextListener += 1
                state.listeners[state.nextListener] = continuation
                return state.nextListener
            }
            defer { _ = self.state.withLock { $0.listeners.removeValue(forKey: id) } }
            continuation.yield()
            for await _ in changes {
                if let found = match(self.events) { return found }
            }
            throw CancellationError()
        }
    }
}

/// A test step that took too long.
struct DeadlineExceeded: Error, CustomStringConvertible {
    let description: String
}

/// Runs `body`, failing with ``DeadlineExceeded`` when it takes longer than `timeout`.
///
/// These are live-socket tests against a real server: waits are signalled (``EventLog`` wakes its
/// waiters on every event, nothing polls), and this deadline, the one wait on real time, only bounds a
/// step that never comes, so the failure names what was awaited and what arrived instead.
func withDeadline<T: Sendable>(
    _ timeout: Duration, _ what: String, _ body: @escaping @Sendable () async throws -> T
) async throws -> T {
    try await withThrowingTaskGroup(of: T?.self) { group in
        group.addTask { try await body() }
        group.addTask {
            try await Task.sleep(for: timeout)
            return nil
        }
        defer { group.cancelAll() }
        guard let first = try await group.next(), let value = first else { throw DeadlineExceeded(description: what) }
        return value
    }
}
