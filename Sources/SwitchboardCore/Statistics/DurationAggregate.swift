/// Count, total, minimum and maximum of a set of durations in whole seconds, mergeable across
/// buckets and scopes; ``average`` is `round(total / count)` (routing-semantics §6.2).
///
/// ```swift
/// var waits = DurationAggregate()
/// waits.add(10); waits.add(25)
/// // waits.average == 18, waits.min == 10, waits.max == 25, waits.total == 35
/// ```
public struct DurationAggregate: Sendable, Hashable {
    public private(set) var count: Int
    public private(set) var total: Int
    /// The smallest duration, 0 when empty.
    public var min: Int { minimum ?? 0 }
    /// The largest duration, 0 when empty.
    public var max: Int { maximum ?? 0 }
    private var minimum: Int?
    private var maximum: Int?

    /// The empty set.
    public init() {
        count = 0
        total = 0
    }

    /// An aggregate summarised elsewhere (a rollup row); `min`/`max` are ignored when `count` is 0.
    public init(count: Int, total: Int, min: Int?, max: Int?) {
        self.count = count
        self.total = total
        minimum = count > 0 ? min : nil
        maximum = count > 0 ? max : nil
    }

    /// Adds one duration.
    public mutating func add(_ seconds: Int) {
        merge(DurationAggregate(count: 1, total: seconds, min: seconds, max: seconds))
    }

    /// Adds every duration of `other`.
    public mutating func merge(_ other: DurationAggregate) {
        guard other.count > 0 else { return }
        count += other.count
        total += other.total
        minimum = Swift.min(minimum ?? Int.max, other.minimum ?? Int.max)
        maximum = Swift.max(maximum ?? Int.min, other.maximum ?? Int.min)
    }

    /// `round(total / count)`, halves away from zero; 0 when empty.
    public var average: Int {
        count == 0 ? 0 : Int((Double(total) / Double(count)).rounded(.toNearestOrAwayFromZero))
    }
}
