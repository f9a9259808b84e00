public import Foundation

/// A Workspace: the container of all other TaskRouter resources (`/v1/Workspaces/{Sid}`).
///
/// Wire schema `taskrouter.v1.workspace`;
/// every field is always present in the JSON, `null` when nil.
public struct WorkspaceResource: Codable, Hashable, Sendable, WireEncodable {
    /// `account_sid`: the SID of the owning Account (`AC…`).
    public var accountSid: String?
    /// `date_created`: when the resource was created.
    public var dateCreated: Date?
    /// `date_updated`: when the resource was last updated.
    public var dateUpdated: Date?
    /// `default_activity_name`: the friendly name of the default Activity.
    public var defaultActivityName: String?
    /// `default_activity_sid`: the Activity given to new workers (`WA…`).
    public var defaultActivitySid: String?
    /// `event_callback_url`: where workspace events are POSTed.
    public var eventCallbackUrl: String?
    /// `events_filter`: comma-separated event types delivered to the callback, `null` for all.
    public var eventsFilter: String?
    /// `friendly_name`: the human-readable name.
    public var friendlyName: String?
    /// `multi_task_enabled`: whether workers may hold several tasks at once.
    public var multiTaskEnabled: Bool?
    /// `sid`: the unique SID of this resource.
    public var sid: String?
    /// `timeout_activity_name`: the friendly name of the timeout Activity.
    public var timeoutActivityName: String?
    /// `timeout_activity_sid`: the Activity a worker moves to when a reservation times out (`WA…`).
    public var timeoutActivitySid: String?
    /// `prioritize_queue_order`: `FIFO` or `LIFO`: which kind of queue wins for a worker eligible for both.
    public var prioritizeQueueOrder: String
    /// `url`: the absolute URL of this resource.
    public var url: String?
    /// `links`: related resources by name → absolute URL.
    public var links: [String: String]?

    /// Creates the value from its fields; optional fields default to nil, counts to 0.
    public init(
        accountSid: String? = nil,
        dateCreated: Date? = nil,
        dateUpdated: Date? = nil,
        defaultActivityName: String? = nil,
        defaultActivitySid: String? = nil,
        eventCallbackUrl: String? = nil,
        eventsFilter: String? = nil,
        friendlyName: String? = nil,
        multiTaskEnabled: Bool? = nil,
        sid: String? = nil,
        timeoutActivityName: String? = nil,
        timeoutActivitySid: String? = nil,
        prioritizeQueueOrder: String = "FIFO",
        url: String? = nil,
        links: [String: String]? = nil
    ) {
        self.accountSid = accountSid
        self.dateCreated = dateCreated
        self.dateUpdated = dateUpdated
        self.defaultActivityName = defaultActivityName
        self.defaultActivitySid = defaultActivitySid
        self.eventCallbackUrl = eventCallbackUrl
        self.eventsFilter = eventsFilter
        self.friendlyName = friendlyName
        self.multiTaskEnabled = multiTaskEnabled
        self.sid = sid
        self.timeoutActivityName = timeoutActivityName
        self.timeoutActivitySid = timeoutActivitySid
        self.prioritizeQueueOrder = prioritizeQueueOrder
        self.url = url
        self.links = links
    }
}
