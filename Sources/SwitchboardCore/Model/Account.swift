public import Foundation

/// A tenant: owns workspaces and authenticates with its SID and auth token.
public struct Account: Sendable, Codable, Hashable {
    public var sid: String
    public var authToken: String
    public var friendlyName: String
    public var dateCreated: Date

    public init(sid: String, authToken: String, friendlyName: String, dateCreated: Date) {
        self.sid = sid
        self.authToken = authToken
        self.friendlyName = friendlyName
        self.dateCreated = dateCreated
    }
}
