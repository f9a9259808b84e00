public import Foundation
public import SwitchboardCore
import Synchronization

/// Fans committed events out to live subscribers (the event bridge's websockets), per workspace.
/// Events are published only after their commit, in commit order; a slow subscriber drops the oldest.
public final class EventBus: Sendable {
    private struct Subscriber: Sendable {
        let workspaceSid: String
        let continuation: AsyncStream<WorkspaceEvent>.Continuation
    }

    private let subscribers = Mutex<[UUID: Subscriber]>([:])
    /// Events kept per subscriber before the oldest are dropped.
    public let bufferSize: Int

    public init(bufferSize: Int = 10_000) { self.bufferSize = bufferSize }

    /// A stream of the workspace's events from now on; it ends when `cancel` is called or the consumer stops.
    public func subscribe(workspaceSid: String) -> (id: UUID, events: AsyncStream<WorkspaceEvent>) {
        let id = UUID()
        let (stream, continuation) = AsyncStream<WorkspaceEvent>.makeStream(bufferingPolicy: .bufferingNewest(bufferSize))
        continuation.onTermination = { [weak self] _ in self?.unsubscribe(id) }
        subscribers.withLock { $0[id] = Subscriber(workspaceSid: workspaceSid, continuation: continuation) }
        return (id, stream)
    }

    /// Ends a subscription.
    public func unsubscribe(_ id: UUID) {
        let removed = subscribers.withLock { $0.removeValue(forKey: id) }
        removed?.continuation.finish()
    }

    /// Ends every subscription of a workspace (it was deleted); their streams finish.
    public func endSubscriptions(workspaceSid: String) {
        let ended = subscribers.withLock { s -> [Subscriber] in
            let ids = s.filter { $0.value.workspaceSid == workspaceSid }.map(\.key)
            return ids.compactMap { s.removeValue(forKey: $0) }
        }
        for s in ended { s.continuation.finish() }
    }

    /// Delivers committed events to the subscribers of their workspace.
    public func publish(_ events: [WorkspaceEvent]) {
        guard !events.isEmpty else { return }
        let targets = subscribers.withLock { Array($0.values) }
        for s in targets {
            for e in events where e.workspaceSid == s.workspaceSid { s.continuation.yield(e) }
        }
    }

    /// Number of live subscriptions.
    public var count: Int { subscribers.withLock { $0.count } }
}
