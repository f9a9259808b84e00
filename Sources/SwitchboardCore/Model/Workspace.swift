public import Foundation

/// Which kind of queue wins when a worker is eligible for both FIFO and LIFO queues.
public enum QueueOrder: String, Sendable, Codable, CaseIterable {
    case fifo = "FIFO"
    case lifo = "LIFO"
}

/// The top-level container of activities, channels, queues, workflows, workers and tasks.
public struct Workspace: Sendable, Codable, Hashable {
    public var sid: String
    public var accountSid: String
    public var friendlyName: String
    public var dateCreated: Date
    public var dateUpdated: Date
    public var defaultActivitySid: String?
    public var timeoutActivitySid: String?
    public var eventCallbackUrl: String?
    public var eventsFilter: String?
    public var multiTaskEnabled: Bool
    public var prioritizeQueueOrder: QueueOrder

    public init(
        sid: String, accountSid: String, friendlyName: String, dateCreated: Date, dateUpdated: Date,
        defaultActivitySid: String?, timeoutActivitySid: String?, eventCallbackUrl: String?,
        eventsFilter: String?, multiTaskEnabled: Bool, prioritizeQueueOrder: QueueOrder
    ) {
        self.sid = sid
        self.accountSid = accountSid
        self.friendlyName = friendlyName
        self.dateCreated = dateCreated
        self.dateUpdated = dateUpdated
        self.defaultActivitySid = defaultActivitySid
        self.timeoutActivitySid = timeoutActivitySid
        self.eventCallbackUrl = eventCallbackUrl
        self.eventsFilter = eventsFilter
        self.multiTaskEnabled = multiTaskEnabled
        self.prioritizeQueueOrder = prioritizeQueueOrder
    }
}
