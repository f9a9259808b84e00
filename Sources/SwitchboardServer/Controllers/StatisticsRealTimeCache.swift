import Foundation
import Synchronization

/// Realtime sections computed within the last second, reused for large workspaces: routing-semantics
/// §6.4 lets realtime figures lag by a second, and one pass over 100,000 open tasks is worth sharing
/// between dashboards polling together. Smaller workspaces are always computed afresh (exact).
///
///     let section = cache.value(key, size: s.tasks.count + s.workers.count, now: now) { compute() }
final class StatisticsRealTimeCache: Sendable {
    /// What a cached section is for.
    struct Key: Hashable, Sendable {
        var workspaceSid: String
        /// The endpoint and its scope, e.g. `queue:WQ…`.
        var scope: String
        var taskChannelSid: String?
    }

    private struct Entry: Sendable {
        var date: Date
        var value: any Sendable
    }

    /// How long a section may be reused, in seconds.
    let maxAge: TimeInterval
    /// Workspaces holding fewer tasks plus workers than this are never cached.
    let threshold: Int
    private let entries = Mutex<[Key: Entry]>([:])

    init(maxAge: TimeInterval = 1, threshold: Int = 20_000) {
        self.maxAge = maxAge
        self.threshold = threshold
    }

    /// The section for `key`: the cached one if computed less than `maxAge` before `now`, else `compute()`.
    func value<T: Sendable>(_ key: Key, size: Int, now: Date, compute: () throws -> T) rethrows -> T {
        if let hit: T = cached(key, size: size, now: now) { return hit }
        let value = try compute()
        store(value, for: key, size: size, now: now)
        return value
    }

    /// The cached section for `key`, if the workspace is large enough and the section fresh.
    func cached<T: Sendable>(_ key: Key, size: Int, now: Date) -> T? {
        guard size >= threshold, let hit = entries.withLock({ $0[key] }), hit.date <= now,
              now.timeIntervalSince(hit.date) < maxAge else { return nil }
        return hit.value as? T
    }

    /// Remembers a section computed at `now` (only for workspaces large enough to be cached).
    func store<T: Sendable>(_ value: T, for key: Key, size: Int, now: Date) {
        guard size >= threshold else { return }
        entries.withLock { entries in
            if entries.count >= 4_096 { entries = entries.filter { now.timeIntervalSince($0.value.date) < maxAge } }
            entries[key] = Entry(date: now, value: value)
        }
    }
}
