public import Foundation

/// The inputs every command receives besides its parameters: the time, an ID source and the caller.
public struct OperationContext: Sendable {
    /// The one `now` of this command.
    public var now: Date
    public var ids: any IdentifierGenerator
    /// The account on whose behalf the command runs (the event's actor).
    public var accountSid: String
    /// The caller's address, recorded on events.
    public var sourceIPAddress: String?
    /// Whether the engine acts on its own (timers, callbacks) rather than for an API caller.
    public var byEngine: Bool

    public init(now: Date, ids: any IdentifierGenerator, accountSid: String, sourceIPAddress: String? = nil, byEngine: Bool = false) {
        self.now = now
        self.ids = ids
        self.accountSid = accountSid
        self.sourceIPAddress = sourceIPAddress
        self.byEngine = byEngine
    }
}
