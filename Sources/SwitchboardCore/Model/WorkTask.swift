public import Foundation

/// The assignment status of a task.
public enum AssignmentStatus: String, Sendable, Codable, CaseIterable {
    case pending, reserved, assigned, canceled, completed, wrapping

    /// Whether the task has reached an end state.
    public var isTerminal: Bool { self == .canceled || self == .completed }
}

/// A unit of work routed by a workflow into a queue. (Named to stay clear of Swift's `Task`.)
public struct WorkTask: Sendable, Codable, Hashable {
    public var sid: String
    public var workspaceSid: String
    /// The attributes document exactly as submitted.
    public var attributes: String
    public var assignmentStatus: AssignmentStatus
    public var priority: Int
    public var reason: String?
    public var taskQueueSid: String?
    public var taskChannelSid: String
    public var workflowSid: String?
    public var timeout: Int
    public var virtualStartTime: Date
    public var taskQueueEnteredDate: Date?
    public var routingTarget: String?
    public var ignoreCapacity: Bool?
    public var addons: String
    /// The workflow step the task sits in: filter index (nil = default filter) and target index.
    public var routingFilterIndex: Int?
    public var routingTargetIndex: Int?
    /// When the current workflow step times out (absolute), if its target has a timeout.
    public var stepDeadline: Date?
    /// Whether the task has ever been placed in the workflow's default filter.
    public var enteredDefault: Bool?
    /// Pending → reserved transitions so far (at most 1,000).
    public var assignmentCount: Int?
    /// Set when attributes change while reserved: the workflow is run again when the task returns to pending.
    public var needsReevaluation: Bool?
    /// When the task became `assigned`.
    public var dateAssigned: Date?
    public var dateCreated: Date
    public var dateUpdated: Date
    /// Incremented on every change; exposed as the `ETag`.
    public var version: Int

    public init(
        sid: String, workspaceSid: String, attributes: String, assignmentStatus: AssignmentStatus, priority: Int,
        reason: String?, taskQueueSid: String?, taskChannelSid: String, workflowSid: String?, timeout: Int,
        virtualStartTime: Date, taskQueueEnteredDate: Date?, routingTarget: String?, ignoreCapacity: Bool?,
        addons: String, routingFilterIndex: Int?, routingTargetIndex: Int?, dateCreated: Date, dateUpdated: Date,
        version: Int
    ) {
        self.sid = sid
        self.workspaceSid = workspaceSid
        self.attributes = attributes
        self.assignmentStatus = assignmentStatus
        self.priority = priority
        self.reason = reason
        self.taskQueueSid = taskQueueSid
        self.taskChannelSid = taskChannelSid
        self.workflowSid = workflowSid
        self.timeout = timeout
        self.virtualStartTime = virtualStartTime
        self.taskQueueEnteredDate = taskQueueEnteredDate
        self.routingTarget = routingTarget
        self.ignoreCapacity = ignoreCapacity
        self.addons = addons
        self.routingFilterIndex = routingFilterIndex
        self.routingTargetIndex = routingTargetIndex
        self.dateCreated = dateCreated
        self.dateUpdated = dateUpdated
        self.version = version
    }

    /// When the time-to-live runs out (while pending or reserved).
    public var expiresAt: Date { dateCreated.addingTimeInterval(TimeInterval(timeout)) }

    /// Whether the task waits in a queue for a reservation.
    public var isRoutable: Bool { assignmentStatus == .pending || assignmentStatus == .reserved }

    /// Whole seconds since creation.
    public func age(at now: Date) -> Int { max(0, Int(now.timeIntervalSince(dateCreated))) }
}
