public import Foundation

/// A worker's capacity and availability on one task channel.
public struct WorkerChannel: Sendable, Codable, Hashable {
    public var sid: String
    public var workspaceSid: String
    public var workerSid: String
    public var taskChannelSid: String
    public var configuredCapacity: Int
    public var available: Bool
    public var dateCreated: Date
    public var dateUpdated: Date

    public init(
        sid: String, workspaceSid: String, workerSid: String, taskChannelSid: String, configuredCapacity: Int,
        available: Bool, dateCreated: Date, dateUpdated: Date
    ) {
        self.sid = sid
        self.workspaceSid = workspaceSid
        self.workerSid = workerSid
        self.taskChannelSid = taskChannelSid
        self.configuredCapacity = configuredCapacity
        self.available = available
        self.dateCreated = dateCreated
        self.dateUpdated = dateUpdated
    }
}
