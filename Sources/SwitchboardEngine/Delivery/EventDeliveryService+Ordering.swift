import Foundation
import SwitchboardCore

/// A delivery waiting behind an earlier failed one of its workspace (or the failed one itself).
struct HeldDelivery: Sendable, Hashable {
    var id: String
    var attempts: Int
    var nextAttemptAt: Date

    init(id: String, attempts: Int, nextAttemptAt: Date) {
        self.id = id
        self.attempts = attempts
        self.nextAttemptAt = nextAttemptAt
    }

    init(_ entry: OutboxEntry) {
        self.init(id: entry.id, attempts: entry.attempts, nextAttemptAt: entry.nextAttemptAt)
    }
}

/// Event order within a workspace.
///
/// When a delivery fails, every later delivery of its workspace waits behind it: each is rescheduled
/// (attempts unchanged) to just after the failed one's next attempt, one millisecond apart, so the store's
/// due-date order is the event order again. The service remembers each workspace's line of held
/// deliveries, so a new event cannot overtake the line either, even in a later pass; it joins the end.
/// (The memory is per process: after a restart the stored due dates alone keep the line's order.)
extension EventDeliveryService {
    /// Delivers one workspace's due entries (store order) in line order; returns false on a store error.
    func deliver(_ due: [OutboxEntry], of workspaceSid: String, now: Date, truncated: Bool) async -> Bool {
        let line = lines.withLock { $0[workspaceSid] ?? [] }
        let known = Set(line.map(\.id))
        let dueByID = Dictionary(due.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        let sequence = line + due.filter { !known.contains($0.id) }.map(HeldDelivery.init)
        var kept: [HeldDelivery] = []
        var after: Date?
        var healthy = true
        for held in sequence {
            guard let cursor = after else {
                if let entry = dueByID[held.id] {
                    let (result, ok) = await attempt(entry)
                    healthy = healthy && ok
                    if case .retry(let retry) = result {
                        kept.append(retry)
                        after = retry.nextAttemptAt
                    }
                } else if held.nextAttemptAt > now || truncated {
                    // Not due yet (or not loaded this pass): the rest of the line waits behind it.
                    kept.append(held)
                    after = held.nextAttemptAt
                }
                // Otherwise it was due but is no longer in the outbox: forget it.
                continue
            }
            if held.nextAttemptAt > cursor {
                kept.append(held)
                after = held.nextAttemptAt
                continue
            }
            var moved = held
            moved.nextAttemptAt = Self.millisecond(after: cursor)
            healthy = await reschedule(moved) && healthy
            kept.append(moved)
            after = moved.nextAttemptAt
        }
        lines.withLock { $0[workspaceSid] = kept.isEmpty ? nil : kept }
        return healthy
    }

    /// The next whole millisecond after `date`, as the store counts them (it truncates to milliseconds).
    static func millisecond(after date: Date) -> Date {
        let milliseconds = (date.timeIntervalSince1970 * 1000).rounded(.down)
        return Date(timeIntervalSince1970: (milliseconds + 1.5) / 1000)
    }
}
