public import Foundation

/// A Worker: an agent that takes tasks (`{WS}/Workers/{Sid}`).
///
/// Wire schema `taskrouter.v1.workspace.worker`;
/// every field is always present in the JSON, `null` when nil.
public struct WorkerResource: Codable, Hashable, Sendable, WireEncodable {
    /// `account_sid`: the SID of the owning Account (`AC…`).
    public var accountSid: String?
    /// `activity_name`: the friendly name of the current Activity.
    public var activityName: String?
    /// `activity_sid`: the SID of the current Activity (`WA…`).
    public var activitySid: String?
    /// `attributes`: JSON text of the attributes.
    public var attributes: String?
    /// `available`: whether workers in this state receive new tasks.
    public var available: Bool?
    /// `date_created`: when the resource was created.
    public var dateCreated: Date?
    /// `date_status_changed`: when the worker last changed Activity.
    public var dateStatusChanged: Date?
    /// `date_updated`: when the resource was last updated.
    public var dateUpdated: Date?
    /// `friendly_name`: the human-readable name.
    public var friendlyName: String?
    /// `sid`: the unique SID of this resource.
    public var sid: String?
    /// `workspace_sid`: the SID of the Workspace (`WS…`).
    public var workspaceSid: String?
    /// `url`: the absolute URL of this resource.
    public var url: String?
    /// `links`: related resources by name → absolute URL.
    public var links: [String: String]?

    /// Creates the value from its fields; optional fields default to nil, counts to 0.
    public init(
        accountSid: String? = nil,
        activityName: String? = nil,
        activitySid: String? = nil,
        attributes: String? = nil,
        available: Bool? = nil,
        dateCreated: Date? = nil,
        dateStatusChanged: Date? = nil,
        dateUpdated: Date? = nil,
        friendlyName: String? = nil,
        sid: String? = nil,
        workspaceSid: String? = nil,
        url: String? = nil,
        links: [String: String]? = nil
    ) {
        self.accountSid = accountSid
        self.activityName = activityName
        self.activitySid = activitySid
        self.attributes = attributes
        self.available = available
        self.dateCreated = dateCreated
        self.dateStatusChanged = dateStatusChanged
        self.dateUpdated = dateUpdated
        self.friendlyName = friendlyName
        self.sid = sid
        self.workspaceSid = workspaceSid
        self.url = url
        self.links = links
    }
}
