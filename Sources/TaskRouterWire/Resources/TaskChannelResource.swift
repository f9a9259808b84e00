public import Foundation

/// A TaskChannel: a kind of work such as voice or chat (`{WS}/TaskChannels/{Sid}`).
///
/// Wire schema `taskrouter.v1.workspace.task_channel`;
/// every field is always present in the JSON, `null` when nil.
public struct TaskChannelResource: Codable, Hashable, Sendable, WireEncodable {
    /// `account_sid`: the SID of the owning Account (`AC…`).
    public var accountSid: String?
    /// `date_created`: when the resource was created.
    public var dateCreated: Date?
    /// `date_updated`: when the resource was last updated.
    public var dateUpdated: Date?
    /// `friendly_name`: the human-readable name.
    public var friendlyName: String?
    /// `sid`: the unique SID of this resource.
    public var sid: String?
    /// `unique_name`: the unique name, e.g. `voice`.
    public var uniqueName: String?
    /// `workspace_sid`: the SID of the Workspace (`WS…`).
    public var workspaceSid: String?
    /// `channel_optimized_routing`: whether the longest-idle worker is preferred.
    public var channelOptimizedRouting: Bool?
    /// `url`: the absolute URL of this resource.
    public var url: String?
    /// `links`: related resources by name → absolute URL.
    public var links: [String: String]?

    /// Creates the value from its fields; optional fields default to nil, counts to 0.
    public init(
        accountSid: String? = nil,
        dateCreated: Date? = nil,
        dateUpdated: Date? = nil,
        friendlyName: String? = nil,
        sid: String? = nil,
        uniqueName: String? = nil,
        workspaceSid: String? = nil,
        channelOptimizedRouting: Bool? = nil,
        url: String? = nil,
        links: [String: String]? = nil
    ) {
        self.accountSid = accountSid
        self.dateCreated = dateCreated
        self.dateUpdated = dateUpdated
        self.friendlyName = friendlyName
        self.sid = sid
        self.uniqueName = uniqueName
        self.workspaceSid = workspaceSid
        self.channelOptimizedRouting = channelOptimizedRouting
        self.url = url
        self.links = links
    }
}
