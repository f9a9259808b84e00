public import Foundation

/// One entry of a workspace's event log (the Events resource and the event callbacks).
public struct WorkspaceEvent: Sendable, Codable, Hashable {
    public var sid: String
    public var workspaceSid: String
    public var accountSid: String
    public var eventType: String
    public var description: String
    public var eventDate: Date
    /// Kind of the main resource, lower case: `task`, `reservation`, `worker`, `task-queue`, …
    public var resourceType: String
    public var resourceSid: String
    /// Who caused it: `account` (an API caller), `workspace` (the engine), or a worker.
    public var actorType: String
    public var actorSid: String
    /// `api` for REST requests, `twilio` for the engine.
    public var source: String
    public var sourceIpAddress: String?
    /// The event's field data, with snake_case keys.
    public var data: [String: String]

    public init(
        sid: String, workspaceSid: String, accountSid: String, eventType: String, description: String,
        eventDate: Date, resourceType: String, resourceSid: String, actorType: String, actorSid: String,
        source: String, sourceIpAddress: String?, data: [String: String]
    ) {
        self.sid = sid
        self.workspaceSid = workspaceSid
        self.accountSid = accountSid
        self.eventType = eventType
        self.description = description
        self.eventDate = eventDate
        self.resourceType = resourceType
        self.resourceSid = resourceSid
        self.actorType = actorType
        self.actorSid = actorSid
        self.source = source
        self.sourceIpAddress = sourceIpAddress
        self.data = data
    }

    /// Epoch milliseconds of `eventDate`.
    public var eventDateMs: Int64 { Int64((eventDate.timeIntervalSince1970 * 1000).rounded(.down)) }
    public var taskSid: String? { data["task_sid"] }
    public var workerSid: String? { data["worker_sid"] }
    public var reservationSid: String? { data["reservation_sid"] }
    public var taskQueueSid: String? { data["task_queue_sid"] }
    public var workflowSid: String? { data["workflow_sid"] }
    public var taskChannelUniqueName: String? { data["task_channel_unique_name"] }
}
