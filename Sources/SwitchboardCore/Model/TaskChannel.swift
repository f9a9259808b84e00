public import Foundation

/// A type of work (voice, chat, …) with separate per-worker capacity.
public struct TaskChannel: Sendable, Codable, Hashable {
    public var sid: String
    public var workspaceSid: String
    public var friendlyName: String
    public var uniqueName: String
    public var channelOptimizedRouting: Bool
    public var dateCreated: Date
    public var dateUpdated: Date

    public init(
        sid: String, workspaceSid: String, friendlyName: String, uniqueName: String,
        channelOptimizedRouting: Bool, dateCreated: Date, dateUpdated: Date
    ) {
        self.sid = sid
        self.workspaceSid = workspaceSid
        self.friendlyName = friendlyName
        self.uniqueName = uniqueName
        self.channelOptimizedRouting = channelOptimizedRouting
        self.dateCreated = dateCreated
        self.dateUpdated = dateUpdated
    }
}
