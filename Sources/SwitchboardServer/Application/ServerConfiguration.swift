/// What `switchboard serve` needs to know; each field has a flag and a `SWITCHBOARD_*` variable.
public struct ServerConfiguration: Sendable {
    public var host: String
    public var port: Int
    /// The SQLite file, or `:memory:`.
    public var database: String
    /// Base of every absolute URL in responses; defaults to `http://HOST:PORT` with the bound port.
    public var publicURL: String?
    /// Fixed credentials of the bootstrap account; generated once when absent.
    public var accountSid: String?
    public var authToken: String?
    /// `synchronous=NORMAL` instead of `FULL`: survives a process crash, not a power cut.
    public var relaxedDurability: Bool
    /// Browser origins allowed by CORS (`--cors-origins`): any (`*`) by default.
    public var corsOrigins: CORSOrigins = .any
    /// Interval of the event bridge's whitespace heartbeat frames.
    public var eventBridgeHeartbeat: Duration = .seconds(15)

    public init(
        host: String = "127.0.0.1", port: Int = 8080, database: String = "./switchboard.sqlite", publicURL: String? = nil,
        accountSid: String? = nil, authToken: String? = nil, relaxedDurability: Bool = false
    ) {
        self.host = host
        self.port = port
        self.database = database
        self.publicURL = publicURL
        self.accountSid = accountSid
        self.authToken = authToken
        self.relaxedDurability = relaxedDurability
    }
}
