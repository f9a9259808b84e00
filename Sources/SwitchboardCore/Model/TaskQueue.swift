public import Foundation

/// Holds waiting tasks; `targetWorkers` decides which workers may take them.
public struct TaskQueue: Sendable, Codable, Hashable {
    public var sid: String
    public var workspaceSid: String
    public var friendlyName: String
    public var targetWorkers: String
    public var maxReservedWorkers: Int
    public var taskOrder: QueueOrder
    public var reservationActivitySid: String?
    public var assignmentActivitySid: String?
    public var dateCreated: Date
    public var dateUpdated: Date

    public init(
        sid: String, workspaceSid: String, friendlyName: String, targetWorkers: String, maxReservedWorkers: Int,
        taskOrder: QueueOrder, reservationActivitySid: String?, assignmentActivitySid: String?,
        dateCreated: Date, dateUpdated: Date
    ) {
        self.sid = sid
        self.workspaceSid = workspaceSid
        self.friendlyName = friendlyName
        self.targetWorkers = targetWorkers
        self.maxReservedWorkers = maxReservedWorkers
        self.taskOrder = taskOrder
        self.reservationActivitySid = reservationActivitySid
        self.assignmentActivitySid = assignmentActivitySid
        self.dateCreated = dateCreated
        self.dateUpdated = dateUpdated
    }
}
