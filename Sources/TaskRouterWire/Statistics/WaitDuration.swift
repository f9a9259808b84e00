/// Wait-time summary in seconds, e.g. `wait_duration_until_accepted`.
public struct WaitDuration: Codable, Hashable, Sendable, WireEncodable {
    /// `avg`: the average, in seconds.
    public var avg: Int
    /// `min`: the minimum, in seconds.
    public var min: Int
    /// `max`: the maximum, in seconds.
    public var max: Int
    /// `total`: the total, in seconds.
    public var total: Int

    /// Creates the value from its fields; optional fields default to nil, counts to 0.
    public init(
        avg: Int = 0,
        min: Int = 0,
        max: Int = 0,
        total: Int = 0
    ) {
        self.avg = avg
        self.min = min
        self.max = max
        self.total = total
    }
}
