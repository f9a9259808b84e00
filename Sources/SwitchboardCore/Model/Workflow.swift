public import Foundation

/// Routing rules (a JSON configuration) that place tasks into queues.
public struct Workflow: Sendable, Codable, Hashable {
    public var sid: String
    public var workspaceSid: String
    public var friendlyName: String
    /// The configuration document exactly as submitted.
    public var configuration: String
    public var assignmentCallbackUrl: String?
    public var fallbackAssignmentCallbackUrl: String?
    public var taskReservationTimeout: Int
    public var dateCreated: Date
    public var dateUpdated: Date

    public init(
        sid: String, workspaceSid: String, friendlyName: String, configuration: String,
        assignmentCallbackUrl: String?, fallbackAssignmentCallbackUrl: String?, taskReservationTimeout: Int,
        dateCreated: Date, dateUpdated: Date
    ) {
        self.sid = sid
        self.workspaceSid = workspaceSid
        self.friendlyName = friendlyName
        self.configuration = configuration
        self.assignmentCallbackUrl = assignmentCallbackUrl
        self.fallbackAssignmentCallbackUrl = fallbackAssignmentCallbackUrl
        self.taskReservationTimeout = taskReservationTimeout
        self.dateCreated = dateCreated
        self.dateUpdated = dateUpdated
    }
}
