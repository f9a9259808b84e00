public import Foundation

/// A WorkerChannel: one worker's capacity on one TaskChannel (`{WS}/Workers/{WorkerSid}/Channels/{Sid}`).
///
/// Wire schema `taskrouter.v1.workspace.worker.worker_channel`;
/// every field is always present in the JSON, `null` when nil.
public struct WorkerChannelResource: Codable, Hashable, Sendable, WireEncodable {
    /// `account_sid`: the SID of the owning Account (`AC…`).
    public var accountSid: String?
    /// `assigned_tasks`: how many tasks of this channel the worker holds.
    public var assignedTasks: Int
    /// `available`: whether workers in this state receive new tasks.
    public var available: Bool?
    /// `available_capacity_percentage`: free capacity, 0–100.
    public var availableCapacityPercentage: Int
    /// `configured_capacity`: the maximum concurrent tasks of this channel.
    public var configuredCapacity: Int
    /// `date_created`: when the resource was created.
    public var dateCreated: Date?
    /// `date_updated`: when the resource was last updated.
    public var dateUpdated: Date?
    /// `sid`: the unique SID of this resource.
    public var sid: String?
    /// `task_channel_sid`: the SID of the TaskChannel (`TC…`).
    public var taskChannelSid: String?
    /// `task_channel_unique_name`: the unique name of the TaskChannel, e.g. `voice`.
    public var taskChannelUniqueName: String?
    /// `worker_sid`: the SID of the Worker (`WK…`).
    public var workerSid: String?
    /// `workspace_sid`: the SID of the Workspace (`WS…`).
    public var workspaceSid: String?
    /// `url`: the absolute URL of this resource.
    public var url: String?

    /// Creates the value from its fields; optional fields default to nil, counts to 0.
    public init(
        accountSid: String? = nil,
        assignedTasks: Int = 0,
        available: Bool? = nil,
        availableCapacityPercentage: Int = 0,
        configuredCapacity: Int = 0,
        dateCreated: Date? = nil,
        dateUpdated: Date? = nil,
        sid: String? = nil,
        taskChannelSid: String? = nil,
        taskChannelUniqueName: String? = nil,
        workerSid: String? = nil,
        workspaceSid: String? = nil,
        url: String? = nil
    ) {
        self.accountSid = accountSid
        self.assignedTasks = assignedTasks
        self.available = available
        self.availableCapacityPercentage = availableCapacityPercentage
        self.configuredCapacity = configuredCapacity
        self.dateCreated = dateCreated
        self.dateUpdated = dateUpdated
        self.sid = sid
        self.taskChannelSid = taskChannelSid
        self.taskChannelUniqueName = taskChannelUniqueName
        self.workerSid = workerSid
        self.workspaceSid = workspaceSid
        self.url = url
    }
}
