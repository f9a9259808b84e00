public import Foundation

/// Something the engine must do at a given time. Entries can go stale; each is checked when it fires.
public enum Deadline: Sendable, Hashable {
    /// A pending reservation times out.
    case reservationTimeout(String)
    /// A task's workflow step times out.
    case stepTimeout(String)
    /// A task's time-to-live runs out.
    case timeToLive(String)
    /// An assigned or wrapping task is deleted by the system after 24 hours.
    case systemDelete(String)
    /// A terminal task is purged.
    case purge(String)
    /// A pending task whose workflow target reads the time of day is offered again (each minute).
    case timeOfDay(String)
    /// A queue whose `target_workers` reads the time of day looks for workers it newly selects (each minute).
    case queueTimeOfDay(String)
}

/// A min-heap of deadlines by date.
public struct DeadlineHeap: Sendable {
    private var items: [(date: Date, deadline: Deadline)] = []

    public init() {}

    public var count: Int { items.count }

    /// The earliest date, if any.
    public var nextDate: Date? { items.first?.date }

    public mutating func insert(_ deadline: Deadline, at date: Date) {
        items.append((date, deadline))
        var i = items.count - 1
        while i > 0 {
            let parent = (i - 1) / 2
            guard items[i].date < items[parent].date else { break }
            items.swapAt(i, parent)
            i = parent
        }
    }

    /// Removes and returns the earliest entry if it is due at `now`.
    public mutating func popDue(at now: Date) -> (date: Date, deadline: Deadline)? {
        guard let first = items.first, first.date <= now else { return nil }
        let last = items.removeLast()
        if !items.isEmpty {
            items[0] = last
            var i = 0
            while true {
                let l = 2 * i + 1, r = l + 1
                var m = i
                if l < items.count && items[l].date < items[m].date { m = l }
                if r < items.count && items[r].date < items[m].date { m = r }
                if m == i { break }
                items.swapAt(i, m)
                i = m
            }
        }
        return first
    }
}
