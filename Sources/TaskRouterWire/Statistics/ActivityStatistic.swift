/// Workers in one Activity, an item of `activity_statistics`.
public struct ActivityStatistic: Codable, Hashable, Sendable, WireEncodable {
    /// `sid`: the unique SID of this resource.
    public var sid: String?
    /// `friendly_name`: the human-readable name.
    public var friendlyName: String?
    /// `workers`: the number of workers in this Activity.
    public var workers: Int

    /// Creates the value from its fields; optional fields default to nil, counts to 0.
    public init(
        sid: String? = nil,
        friendlyName: String? = nil,
        workers: Int = 0
    ) {
        self.sid = sid
        self.friendlyName = friendlyName
        self.workers = workers
    }
}
