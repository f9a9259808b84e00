/// Counts above and below one wait-time threshold, a value of `split_by_wait_time`.
public struct WaitTimeSplit: Codable, Hashable, Sendable, WireEncodable {
    /// `above`: counts for waits above the threshold.
    public var above: WaitTimeBucket?
    /// `below`: counts for waits up to the threshold.
    public var below: WaitTimeBucket?

    /// Creates the value from its fields; optional fields default to nil, counts to 0.
    public init(
        above: WaitTimeBucket? = nil,
        below: WaitTimeBucket? = nil
    ) {
        self.above = above
        self.below = below
    }
}
