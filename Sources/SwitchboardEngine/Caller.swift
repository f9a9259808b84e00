/// Who sends a command: the authenticated account and the client's address.
public struct Caller: Sendable, Hashable {
    public var accountSid: String
    public var sourceIPAddress: String?

    public init(accountSid: String, sourceIPAddress: String? = nil) {
        self.accountSid = accountSid
        self.sourceIPAddress = sourceIPAddress
    }
}
