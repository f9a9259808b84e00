public import Foundation

/// A TaskQueue: waiting tasks plus the expression choosing their workers (`{WS}/TaskQueues/{Sid}`).
///
/// Wire schema `taskrouter.v1.workspace.task_queue`;
/// every field is always present in the JSON, `null` when nil.
public struct TaskQueueResource: Codable, Hashable, Sendable, WireEncodable {
    /// `account_sid`: the SID of the owning Account (`AC…`).
    public var accountSid: String?
    /// `assignment_activity_sid`: the Activity applied to a worker on assignment (`WA…`).
    public var assignmentActivitySid: String?
    /// `assignment_activity_name`: the friendly name of the assignment Activity.
    public var assignmentActivityName: String?
    /// `date_created`: when the resource was created.
    public var dateCreated: Date?
    /// `date_updated`: when the resource was last updated.
    public var dateUpdated: Date?
    /// `friendly_name`: the human-readable name.
    public var friendlyName: String?
    /// `max_reserved_workers`: how many workers may hold a reservation for one task at once.
    public var maxReservedWorkers: Int
    /// `reservation_activity_sid`: the Activity applied to a worker on reservation (`WA…`).
    public var reservationActivitySid: String?
    /// `reservation_activity_name`: the friendly name of the reservation Activity.
    public var reservationActivityName: String?
    /// `sid`: the unique SID of this resource.
    public var sid: String?
    /// `target_workers`: the worker-selection expression.
    public var targetWorkers: String?
    /// `task_order`: `FIFO` or `LIFO`.
    public var taskOrder: String
    /// `url`: the absolute URL of this resource.
    public var url: String?
    /// `workspace_sid`: the SID of the Workspace (`WS…`).
    public var workspaceSid: String?
    /// `links`: related resources by name → absolute URL.
    public var links: [String: String]?

    /// Creates the value from its fields; optional fields default to nil, counts to 0.
    public init(
        accountSid: String? = nil,
        assignmentActivitySid: String? = nil,
        assignmentActivityName: String? = nil,
        dateCreated: Date? = nil,
        dateUpdated: Date? = nil,
        friendlyName: String? = nil,
        maxReservedWorkers: Int = 0,
        reservationActivitySid: String? = nil,
        reservationActivityName: String? = nil,
        sid: String? = nil,
        targetWorkers: String? = nil,
        taskOrder: String = "FIFO",
        url: String? = nil,
        workspaceSid: String? = nil,
        links: [String: String]? = nil
    ) {
        self.accountSid = accountSid
        self.assignmentActivitySid = assignmentActivitySid
        self.assignmentActivityName = assignmentActivityName
        self.dateCreated = dateCreated
        self.dateUpdated = dateUpdated
        self.friendlyName = friendlyName
        self.maxReservedWorkers = maxReservedWorkers
        self.reservationActivitySid = reservationActivitySid
        self.reservationActivityName = reservationActivityName
        self.sid = sid
        self.targetWorkers = targetWorkers
        self.taskOrder = taskOrder
        self.url = url
        self.workspaceSid = workspaceSid
        self.links = links
    }
}
