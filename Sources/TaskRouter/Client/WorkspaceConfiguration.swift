public import Foundation

/// How a ``Workspace`` reaches TaskRouter: TaskRouter.js v1's options plus the server's base URL.
///
/// ```swift
/// var configuration = WorkspaceConfiguration(baseURL: URL(string: "http://127.0.0.1:8080")!)
/// configuration.debug = false
/// let workspace = try Workspace(token: token, configuration: configuration)
/// ```
/// Without a base URL the SDK talks to Twilio (`https://taskrouter.twilio.com/v1` and
/// `https://event-bridge.twilio.com`), so the same code runs against Twilio and Switchboard.
public struct WorkspaceConfiguration: Sendable {
    /// Logs connection activity (TaskRouter.js v1 logs to the console by default).
    public var debug: Bool
    /// A Twilio region for the event bridge (e.g. `ie1-ix`); applied only to Twilio's default host.
    public var region: String?
    /// Request retries after a timeout or a 500, and the most consecutive failed reconnection
    /// attempts before ``Workspace/run()`` gives up; nil retries no request and reconnects forever,
    /// which is what TaskRouter.js v1 does.
    public var maxRetries: Int?
    /// A server that serves both the REST API and the event bridge, e.g. `http://127.0.0.1:8080`.
    public var baseURL: URL?
    /// Overrides the REST base (must end in `/v1`); TaskRouter.js 1.21's `apiBaseUrl`.
    public var apiBaseURL: URL?
    /// Overrides the event-bridge base; TaskRouter.js 1.21's `eventBridgeBaseUrl`.
    public var eventBridgeBaseURL: URL?
    /// How long a request may take before it counts as failed (5 s in TaskRouter.js v1).
    public var requestTimeout: Duration
    /// Silence on the websocket after which the connection counts as dead (60 s in v1).
    public var heartbeatTimeout: Duration
    /// How long before the token's `exp` the `token.expired` event fires (5 s in v1).
    public var tokenExpiryMargin: Duration
    /// The delays between reconnection attempts.
    public var reconnectBackoff: ReconnectBackoff

    /// Creates a configuration; every option has TaskRouter.js v1's default.
    public init(
        debug: Bool = true, region: String? = nil, maxRetries: Int? = nil, baseURL: URL? = nil,
        apiBaseURL: URL? = nil, eventBridgeBaseURL: URL? = nil, requestTimeout: Duration = .seconds(5),
        heartbeatTimeout: Duration = .seconds(60), tokenExpiryMargin: Duration = .seconds(5),
        reconnectBackoff: ReconnectBackoff = ReconnectBackoff()
    ) {
        self.debug = debug
        self.region = region
        self.maxRetries = maxRetries
        self.baseURL = baseURL
        self.apiBaseURL = apiBaseURL
        self.eventBridgeBaseURL = eventBridgeBaseURL
        self.requestTimeout = requestTimeout
        self.heartbeatTimeout = heartbeatTimeout
        self.tokenExpiryMargin = tokenExpiryMargin
        self.reconnectBackoff = reconnectBackoff
    }
}

/// TaskRouter.js v1's reconnection delays: `min(cap, unit × (2^k − 1))` for attempt k = 1, 2, 3, …
/// (1 s, 3 s, 7 s, 15 s, 30 s, 30 s, … by default); k starts again at 1 after a successful connection.
///
/// ```swift
/// ReconnectBackoff().delay(attempt: 3)   // .seconds(7)
/// ```
public struct ReconnectBackoff: Sendable, Hashable {
    /// The delay of the first attempt.
    public var unit: Duration
    /// The longest delay.
    public var cap: Duration

    /// Creates a backoff; the defaults are v1's.
    public init(unit: Duration = .seconds(1), cap: Duration = .seconds(30)) {
        self.unit = unit
        self.cap = cap
    }

    /// The delay before attempt `attempt` (1-based).
    public func delay(attempt: Int) -> Duration {
        let exponent = min(max(attempt, 1), 20)
        return min(cap, unit * ((1 << exponent) - 1))
    }
}
