public import Foundation

/// A Workflow: routing rules that place tasks into queues (`{WS}/Workflows/{Sid}`).
///
/// Wire schema `taskrouter.v1.workspace.workflow`;
/// every field is always present in the JSON, `null` when nil.
public struct WorkflowResource: Codable, Hashable, Sendable, WireEncodable {
    /// `account_sid`: the SID of the owning Account (`AC…`).
    public var accountSid: String?
    /// `assignment_callback_url`: the URL called when a task is reserved.
    public var assignmentCallbackUrl: String?
    /// `configuration`: JSON text of the routing configuration.
    public var configuration: String?
    /// `date_created`: when the resource was created.
    public var dateCreated: Date?
    /// `date_updated`: when the resource was last updated.
    public var dateUpdated: Date?
    /// `document_content_type`: the MIME type of the configuration, `application/json`.
    public var documentContentType: String?
    /// `fallback_assignment_callback_url`: the URL called when the assignment callback fails.
    public var fallbackAssignmentCallbackUrl: String?
    /// `friendly_name`: the human-readable name.
    public var friendlyName: String?
    /// `sid`: the unique SID of this resource.
    public var sid: String?
    /// `task_reservation_timeout`: seconds a reservation may stay pending.
    public var taskReservationTimeout: Int
    /// `workspace_sid`: the SID of the Workspace (`WS…`).
    public var workspaceSid: String?
    /// `url`: the absolute URL of this resource.
    public var url: String?
    /// `links`: related resources by name → absolute URL.
    public var links: [String: String]?

    /// Creates the value from its fields; optional fields default to nil, counts to 0.
    public init(
        accountSid: String? = nil,
        assignmentCallbackUrl: String? = nil,
        configuration: String? = nil,
        dateCreated: Date? = nil,
        dateUpdated: Date? = nil,
        documentContentType: String? = nil,
        fallbackAssignmentCallbackUrl: String? = nil,
        friendlyName: String? = nil,
        sid: String? = nil,
        taskReservationTimeout: Int = 0,
        workspaceSid: String? = nil,
        url: String? = nil,
        links: [String: String]? = nil
    ) {
        self.accountSid = accountSid
        self.assignmentCallbackUrl = assignmentCallbackUrl
        self.configuration = configuration
        self.dateCreated = dateCreated
        self.dateUpdated = dateUpdated
        self.documentContentType = documentContentType
        self.fallbackAssignmentCallbackUrl = fallbackAssignmentCallbackUrl
        self.friendlyName = friendlyName
        self.sid = sid
        self.taskReservationTimeout = taskReservationTimeout
        self.workspaceSid = workspaceSid
        self.url = url
        self.links = links
    }
}
