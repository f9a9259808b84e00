public import Foundation

/// A worker state, such as Offline or Available; `available` decides whether its workers get tasks.
public struct Activity: Sendable, Codable, Hashable {
    public var sid: String
    public var workspaceSid: String
    public var friendlyName: String
    public var available: Bool
    public var dateCreated: Date
    public var dateUpdated: Date

    public init(sid: String, workspaceSid: String, friendlyName: String, available: Bool, dateCreated: Date, dateUpdated: Date) {
        self.sid = sid
        self.workspaceSid = workspaceSid
        self.friendlyName = friendlyName
        self.available = available
        self.dateCreated = dateCreated
        self.dateUpdated = dateUpdated
    }
}
