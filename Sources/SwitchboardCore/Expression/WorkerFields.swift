/// The worker's own fields that expressions may name besides its attributes (spec §1.6).
///
/// ```swift
/// let fields = WorkerFields(sid: "WK01", friendlyName: "Alice", activitySid: "WA01", activityName: "Available",
///                           channels: ["voice": .init(configuredCapacity: 1, assignedTasks: 0, availableCapacityPercentage: 100)])
/// ```
public struct WorkerFields: Sendable, Hashable {
    /// Capacity figures of one worker channel, exposed as `worker.channel.<unique_name>.*` (spec §4.6).
    public struct ChannelCapacity: Sendable, Hashable {
        /// `configured_capacity`.
        public var configuredCapacity: Int
        /// `assigned_tasks` (accepted reservations on this channel).
        public var assignedTasks: Int
        /// `available_capacity_percentage`.
        public var availableCapacityPercentage: Int

        /// Creates the capacity figures of one channel.
        public init(configuredCapacity: Int, assignedTasks: Int, availableCapacityPercentage: Int) {
            self.configuredCapacity = configuredCapacity
            self.assignedTasks = assignedTasks
            self.availableCapacityPercentage = availableCapacityPercentage
        }
    }

    /// `sid`.
    public var sid: String
    /// `friendly_name`.
    public var friendlyName: String
    /// `activity_sid`.
    public var activitySid: String
    /// `activity_name`.
    public var activityName: String
    /// Worker channels keyed by the task channel's unique name (e.g. `voice`).
    public var channels: [String: ChannelCapacity]

    /// Creates the fields of one worker.
    public init(sid: String, friendlyName: String, activitySid: String, activityName: String,
                channels: [String: ChannelCapacity] = [:]) {
        self.sid = sid
        self.friendlyName = friendlyName
        self.activitySid = activitySid
        self.activityName = activityName
        self.channels = channels
    }
}

extension WorkerFields {
    /// The value of the top-level field `name` (`channel` is an object of channels), or nil if there is none.
    func value(named name: String) -> JSONValue? {
        switch name {
        case "sid": .string(sid)
        case "friendly_name": .string(friendlyName)
        case "activity_sid": .string(activitySid)
        case "activity_name": .string(activityName)
        case "channel": .object(channels.mapValues(\.jsonValue))
        default: nil
        }
    }
}

extension WorkerFields.ChannelCapacity {
    /// The channel as the object expressions see.
    var jsonValue: JSONValue {
        .object([
            "configured_capacity": .number(Double(configuredCapacity)),
            "assigned_tasks": .number(Double(assignedTasks)),
            "available_capacity_percentage": .number(Double(availableCapacityPercentage)),
        ])
    }
}
