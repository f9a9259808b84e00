public import Foundation

/// An Event: one entry of the workspace audit log (`{WS}/Events/{Sid}`).
///
/// Wire schema `taskrouter.v1.workspace.event`;
/// every field is always present in the JSON, `null` when nil.
public struct EventResource: Codable, Hashable, Sendable, WireEncodable {
    /// `account_sid`: the SID of the owning Account (`AC…`).
    public var accountSid: String?
    /// `actor_sid`: the SID of whoever caused the event.
    public var actorSid: String?
    /// `actor_type`: the kind of actor, e.g. `worker`.
    public var actorType: String?
    /// `actor_url`: the absolute URL of the actor.
    public var actorUrl: String?
    /// `description`: a human-readable description.
    public var description: String?
    /// `event_data`: event-specific data (a JSON object).
    public var eventData: WireJSON?
    /// `event_date`: when the event happened.
    public var eventDate: Date?
    /// `event_date_ms`: when the event happened, in epoch milliseconds.
    public var eventDateMs: Int?
    /// `event_type`: the event type, e.g. `task.created`.
    public var eventType: String?
    /// `resource_sid`: the SID of the resource the event is about.
    public var resourceSid: String?
    /// `resource_type`: the kind of resource, e.g. `task`.
    public var resourceType: String?
    /// `resource_url`: the absolute URL of the resource.
    public var resourceUrl: String?
    /// `sid`: the unique SID of this resource.
    public var sid: String?
    /// `source`: where the event came from, e.g. `twilio`.
    public var source: String?
    /// `source_ip_address`: the IP address of the request that caused the event.
    public var sourceIpAddress: String?
    /// `url`: the absolute URL of this resource.
    public var url: String?
    /// `workspace_sid`: the SID of the Workspace (`WS…`).
    public var workspaceSid: String?

    /// Creates the value from its fields; optional fields default to nil, counts to 0.
    public init(
        accountSid: String? = nil,
        actorSid: String? = nil,
        actorType: String? = nil,
        actorUrl: String? = nil,
        description: String? = nil,
        eventData: WireJSON? = nil,
        eventDate: Date? = nil,
        eventDateMs: Int? = nil,
        eventType: String? = nil,
        resourceSid: String? = nil,
        resourceType: String? = nil,
        resourceUrl: String? = nil,
        sid: String? = nil,
        source: String? = nil,
        sourceIpAddress: String? = nil,
        url: String? = nil,
        workspaceSid: String? = nil
    ) {
        self.accountSid = accountSid
        self.actorSid = actorSid
        self.actorType = actorType
        self.actorUrl = actorUrl
        self.description = description
        self.eventData = eventData
        self.eventDate = eventDate
        self.eventDateMs = eventDateMs
        self.eventType = eventType
        self.resourceSid = resourceSid
        self.resourceType = resourceType
        self.resourceUrl = resourceUrl
        self.sid = sid
        self.source = source
        self.sourceIpAddress = sourceIpAddress
        self.url = url
        self.workspaceSid = workspaceSid
    }
}
