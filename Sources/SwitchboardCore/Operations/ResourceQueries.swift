/// Filters of `GET /Workers`; nil means "not filtered".
public struct WorkerQuery: Sendable {
    public var activityName: String?
    public var activitySid: String?
    public var available: Bool?
    public var friendlyName: String?
    public var targetWorkersExpression: String?
    public var taskQueueName: String?
    public var taskQueueSid: String?

    public init(
        activityName: String? = nil, activitySid: String? = nil, available: Bool? = nil, friendlyName: String? = nil,
        targetWorkersExpression: String? = nil, taskQueueName: String? = nil, taskQueueSid: String? = nil
    ) {
        self.activityName = activityName
        self.activitySid = activitySid
        self.available = available
        self.friendlyName = friendlyName
        self.targetWorkersExpression = targetWorkersExpression
        self.taskQueueName = taskQueueName
        self.taskQueueSid = taskQueueSid
    }
}

/// Filters of `GET /TaskQueues`; nil means "not filtered".
public struct TaskQueueQuery: Sendable {
    public var friendlyName: String?
    public var evaluateWorkerAttributes: String?
    public var workerSid: String?

    public init(friendlyName: String? = nil, evaluateWorkerAttributes: String? = nil, workerSid: String? = nil) {
        self.friendlyName = friendlyName
        self.evaluateWorkerAttributes = evaluateWorkerAttributes
        self.workerSid = workerSid
    }
}

/// Filters of `GET /Tasks`; nil means "not filtered".
public struct TaskQuery: Sendable {
    public var priority: Int?
    public var assignmentStatus: Set<AssignmentStatus>?
    public var workflowSid: String?
    public var workflowName: String?
    public var taskQueueSid: String?
    public var taskQueueName: String?
    public var evaluateTaskAttributes: String?
    public var routingTarget: String?
    public var hasAddons: Bool?

    public init(
        priority: Int? = nil, assignmentStatus: Set<AssignmentStatus>? = nil, workflowSid: String? = nil,
        workflowName: String? = nil, taskQueueSid: String? = nil, taskQueueName: String? = nil,
        evaluateTaskAttributes: String? = nil, routingTarget: String? = nil, hasAddons: Bool? = nil
    ) {
        self.priority = priority
        self.assignmentStatus = assignmentStatus
        self.workflowSid = workflowSid
        self.workflowName = workflowName
        self.taskQueueSid = taskQueueSid
        self.taskQueueName = taskQueueName
        self.evaluateTaskAttributes = evaluateTaskAttributes
        self.routingTarget = routingTarget
        self.hasAddons = hasAddons
    }
}
