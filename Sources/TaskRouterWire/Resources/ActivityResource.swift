public import Foundation

/// An Activity: a worker state such as Offline or Available (`{WS}/Activities/{Sid}`).
///
/// Wire schema `taskrouter.v1.workspace.activity`;
/// every field is always present in the JSON, `null` when nil.
public struct ActivityResource: Codable, Hashable, Sendable, WireEncodable {
    /// `account_sid`: the SID of the owning Account (`AC…`).
    public var accountSid: String?
    /// `available`: whether workers in this state receive new tasks.
    public var available: Bool?
    /// `date_created`: when the resource was created.
    public var dateCreated: Date?
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
        available: Bool? = nil,
        dateCreated: Date? = nil,
        dateUpdated: Date? = nil,
        friendlyName: String? = nil,
        sid: String? = nil,
        workspaceSid: String? = nil,
        url: String? = nil,
        links: [String: String]? = nil
    ) {
        self.accountSid = accountSid
        self.available = available
        self.dateCreated = dateCreated
        self.dateUpdated = dateUpdated
        self.friendlyName = friendlyName
        self.sid = sid
        self.workspaceSid = workspaceSid
        self.url = url
        self.links = links
    }
}
