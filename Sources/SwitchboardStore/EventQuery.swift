public import Foundation

/// A filtered, paged read of a workspace's event log, newest first.
public struct EventQuery: Sendable, Hashable {
    public var workspaceSid: String
    /// Inclusive bounds on the event date.
    public var startDate: Date?
    public var endDate: Date?
    public var eventType: String?
    public var taskSid: String?
    public var workerSid: String?
    public var reservationSid: String?
    public var taskQueueSid: String?
    public var workflowSid: String?
    public var taskChannel: String?
    public var sid: String?
    /// Continue strictly after (older than) this position: (event date in ms, event SID).
    public var after: EventCursor?
    /// Continue strictly before (newer than) this position, for previous pages.
    public var before: EventCursor?
    public var limit: Int

    public init(workspaceSid: String, limit: Int) {
        self.workspaceSid = workspaceSid
        self.limit = limit
    }
}

/// A position in the newest-first event order.
public struct EventCursor: Sendable, Hashable {
    public var eventDateMs: Int64
    public var sid: String

    public init(eventDateMs: Int64, sid: String) {
        self.eventDateMs = eventDateMs
        self.sid = sid
    }
}
