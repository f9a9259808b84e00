/// A contiguous stretch of time one worker spent in one activity, in epoch milliseconds.
public struct ActivityPeriod: Sendable, Hashable {
    public var activitySid: String
    public var startMs: Int64
    public var endMs: Int64

    public init(activitySid: String, startMs: Int64, endMs: Int64) {
        self.activitySid = activitySid
        self.startMs = startMs
        self.endMs = max(startMs, endMs)
    }

    /// Whole seconds of the period.
    public var seconds: Int { Int((endMs - startMs) / 1_000) }

    /// The part inside the half-open `window`, if the period counts for it: it lies entirely inside
    /// (even with no length), or it overlaps the window for some time.
    public func clipped(to window: Range<Int64>) -> ActivityPeriod? {
        let inside = startMs >= window.lowerBound && endMs < window.upperBound
        let lower = max(startMs, window.lowerBound)
        let upper = min(endMs, window.upperBound)
        guard inside || lower < upper else { return nil }
        return ActivityPeriod(activitySid: activitySid, startMs: lower, endMs: upper)
    }

    /// The smallest rollup level whose single bucket holds the whole period (a minute, an hour or a day), or nil
    /// when it crosses a day boundary.
    public var spanLevel: StatisticsLevel? {
        StatisticsLevel.allCases.first { $0.bucket(startMs) == $0.bucket(endMs) }
    }
}

/// `activity_durations`: per activity, the durations of the periods workers spent in it within a
/// window, each clipped to the window (routing-semantics §6.3).
///
/// ```swift
/// var durations = ActivityDurations()
/// durations.add(ActivityPeriod(activitySid: idle, startMs: 0, endMs: 90_000), clippedTo: 30_000..<600_000)
/// // durations.byActivity[idle]?.total == 60
/// ```
public struct ActivityDurations: Sendable, Hashable {
    public var byActivity: [String: DurationAggregate]

    public init(byActivity: [String: DurationAggregate] = [:]) {
        self.byActivity = byActivity
    }

    /// Adds periods already known to lie inside the window (a rollup row).
    public mutating func add(_ aggregate: DurationAggregate, activitySid: String) {
        byActivity[activitySid, default: DurationAggregate()].merge(aggregate)
    }

    /// Adds the part of `period` inside `window`, if it counts.
    public mutating func add(_ period: ActivityPeriod, clippedTo window: Range<Int64>) {
        guard let part = period.clipped(to: window) else { return }
        byActivity[part.activitySid, default: DurationAggregate()].add(part.seconds)
    }

    /// Adds everything of `other`.
    public mutating func merge(_ other: ActivityDurations) {
        for (sid, aggregate) in other.byActivity { add(aggregate, activitySid: sid) }
    }

    /// The durations of `activitySid` (zeros when none).
    public subscript(_ activitySid: String) -> DurationAggregate { byActivity[activitySid] ?? DurationAggregate() }
}
