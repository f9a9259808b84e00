public import Foundation

/// A Task: a unit of work routed to workers (`{WS}/Tasks/{Sid}`).
///
/// Wire schema `taskrouter.v1.workspace.task`;
/// every field is always present in the JSON, `null` when nil.
public struct TaskResource: Codable, Hashable, Sendable, WireEncodable {
    /// `account_sid`: the SID of the owning Account (`AC…`).
    public var accountSid: String?
    /// `age`: seconds since the task was created.
    public var age: Int
    /// `assignment_status`: `pending`, `reserved`, `assigned`, `canceled`, `completed` or `wrapping`.
    public var assignmentStatus: String
    /// `attributes`: JSON text of the attributes.
    public var attributes: String?
    /// `addons`: JSON text of add-on data.
    public var addons: String?
    /// `date_created`: when the resource was created.
    public var dateCreated: Date?
    /// `date_updated`: when the resource was last updated.
    public var dateUpdated: Date?
    /// `task_queue_entered_date`: when the task entered its current queue, `null` before that.
    public var taskQueueEnteredDate: Date?
    /// `priority`: the task priority (higher first).
    public var priority: Int
    /// `reason`: why the task was canceled or completed.
    public var reason: String?
    /// `sid`: the unique SID of this resource.
    public var sid: String?
    /// `task_queue_sid`: the SID of the TaskQueue (`WQ…`).
    public var taskQueueSid: String?
    /// `task_queue_friendly_name`: the friendly name of the TaskQueue.
    public var taskQueueFriendlyName: String?
    /// `task_channel_sid`: the SID of the TaskChannel (`TC…`).
    public var taskChannelSid: String?
    /// `task_channel_unique_name`: the unique name of the TaskChannel, e.g. `voice`.
    public var taskChannelUniqueName: String?
    /// `timeout`: seconds the task may wait before it is canceled.
    public var timeout: Int
    /// `workflow_sid`: the SID of the Workflow (`WW…`).
    public var workflowSid: String?
    /// `workflow_friendly_name`: the friendly name of the Workflow.
    public var workflowFriendlyName: String?
    /// `workspace_sid`: the SID of the Workspace (`WS…`).
    public var workspaceSid: String?
    /// `url`: the absolute URL of this resource.
    public var url: String?
    /// `links`: related resources by name → absolute URL.
    public var links: [String: String]?
    /// `virtual_start_time`: the timestamp tasks are ordered by.
    public var virtualStartTime: Date?
    /// `ignore_capacity`: whether worker capacity is ignored for a worker routing target.
    public var ignoreCapacity: Bool?
    /// `routing_target`: the SID of the Worker, TaskQueue or Workflow the task was routed straight to.
    public var routingTarget: String?

    /// Creates the value from its fields; optional fields default to nil, counts to 0.
    public init(
        accountSid: String? = nil,
        age: Int = 0,
        assignmentStatus: String = "pending",
        attributes: String? = nil,
        addons: String? = nil,
        dateCreated: Date? = nil,
        dateUpdated: Date? = nil,
        taskQueueEnteredDate: Date? = nil,
        priority: Int = 0,
        reason: String? = nil,
        sid: String? = nil,
        taskQueueSid: String? = nil,
        taskQueueFriendlyName: String? = nil,
        taskChannelSid: String? = nil,
        taskChannelUniqueName: String? = nil,
        timeout: Int = 0,
        workflowSid: String? = nil,
        workflowFriendlyName: String? = nil,
        workspaceSid: String? = nil,
        url: String? = nil,
        links: [String: String]? = nil,
        virtualStartTime: Date? = nil,
        ignoreCapacity: Bool? = nil,
        routingTarget: String? = nil
    ) {
        self.accountSid = accountSid
        self.age = age
        self.assignmentStatus = assignmentStatus
        self.attributes = attributes
        self.addons = addons
        self.dateCreated = dateCreated
        self.dateUpdated = dateUpdated
        self.taskQueueEnteredDate = taskQueueEnteredDate
        self.priority = priority
        self.reason = reason
        self.sid = sid
        self.taskQueueSid = taskQueueSid
        self.taskQueueFriendlyName = taskQueueFriendlyName
        self.taskChannelSid = taskChannelSid
        self.taskChannelUniqueName = taskChannelUniqueName
        self.timeout = timeout
        self.workflowSid = workflowSid
        self.workflowFriendlyName = workflowFriendlyName
        self.workspaceSid = workspaceSid
        self.url = url
        self.links = links
        self.virtualStartTime = virtualStartTime
        self.ignoreCapacity = ignoreCapacity
        self.routingTarget = routingTarget
    }
}
