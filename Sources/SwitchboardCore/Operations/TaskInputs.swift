public import Foundation

/// Parameters of `POST /Tasks`; nil means "not sent".
public struct TaskCreate: Sendable {
    public var attributes: String?
    public var workflowSid: String?
    public var taskChannel: String?
    public var priority: Int?
    public var timeout: Int?
    public var virtualStartTime: Date?
    public var routingTarget: String?
    public var ignoreCapacity: Bool?
    public var taskQueueSid: String?

    public init(
        attributes: String? = nil, workflowSid: String? = nil, taskChannel: String? = nil, priority: Int? = nil,
        timeout: Int? = nil, virtualStartTime: Date? = nil, routingTarget: String? = nil, ignoreCapacity: Bool? = nil,
        taskQueueSid: String? = nil
    ) {
        self.attributes = attributes
        self.workflowSid = workflowSid
        self.taskChannel = taskChannel
        self.priority = priority
        self.timeout = timeout
        self.virtualStartTime = virtualStartTime
        self.routingTarget = routingTarget
        self.ignoreCapacity = ignoreCapacity
        self.taskQueueSid = taskQueueSid
    }
}

/// Parameters of `POST /Tasks/{Sid}`; nil means "not sent".
public struct TaskUpdate: Sendable {
    public var attributes: String?
    public var assignmentStatus: AssignmentStatus?
    public var reason: String?
    public var priority: Int?
    public var taskChannel: String?
    public var virtualStartTime: Date?

    public init(
        attributes: String? = nil, assignmentStatus: AssignmentStatus? = nil, reason: String? = nil,
        priority: Int? = nil, taskChannel: String? = nil, virtualStartTime: Date? = nil
    ) {
        self.attributes = attributes
        self.assignmentStatus = assignmentStatus
        self.reason = reason
        self.priority = priority
        self.taskChannel = taskChannel
        self.virtualStartTime = virtualStartTime
    }
}
