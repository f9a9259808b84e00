public import Foundation

/// An agent that can take tasks: an activity and JSON attributes.
public struct Worker: Sendable, Codable, Hashable {
    public var sid: String
    public var workspaceSid: String
    public var friendlyName: String
    public var activitySid: String
    /// The attributes document exactly as submitted.
    public var attributes: String
    public var dateCreated: Date
    public var dateUpdated: Date
    public var dateStatusChanged: Date
    /// When the worker last received a reservation (for longest-idle ordering).
    public var lastReservationAt: Date?
    /// Incremented on every change; exposed as the `ETag`.
    public var version: Int

    /// The idle reference time: the later of the activity change and the last reservation.
    public var idleSince: Date { max(dateStatusChanged, lastReservationAt ?? dateStatusChanged) }

    public init(
        sid: String, workspaceSid: String, friendlyName: String, activitySid: String, attributes: String,
        dateCreated: Date, dateUpdated: Date, dateStatusChanged: Date, version: Int
    ) {
        self.sid = sid
        self.workspaceSid = workspaceSid
        self.friendlyName = friendlyName
        self.activitySid = activitySid
        self.attributes = attributes
        self.dateCreated = dateCreated
        self.dateUpdated = dateUpdated
        self.dateStatusChanged = dateStatusChanged
        self.version = version
    }
}
