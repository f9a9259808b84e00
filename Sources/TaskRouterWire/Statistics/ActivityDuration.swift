/// Time spent in one Activity (seconds), an item of `activity_durations`.
public struct ActivityDuration: Codable, Hashable, Sendable, WireEncodable {
    /// `sid`: the unique SID of this resource.
    public var sid: String?
    /// `friendly_name`: the human-readable name.
    public var friendlyName: String?
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
        sid: String? = nil,
        friendlyName: String? = nil,
        avg: Int = 0,
        min: Int = 0,
        max: Int = 0,
        total: Int = 0
    ) {
        self.sid = sid
        self.friendlyName = friendlyName
        self.avg = avg
        self.min = min
        self.max = max
        self.total = total
    }
}
