public import Foundation

/// Mints TaskRouter v1 capability tokens on a server, as Twilio's helper libraries do: a Workspace,
/// Worker or TaskQueue token with the Python helper's default policies, plus opt-in capabilities.
///
/// ```swift
/// var capability = try TaskRouterCapability.workspace(accountSid: accountSid, authToken: authToken,
///                                                     workspaceSid: workspaceSid)
/// capability.allowFetchSubresources()
/// capability.allowUpdatesSubresources()
/// capability.allowDeleteSubresources()
/// let token = capability.toJWT()          // valid for 3600 s
/// ```
/// Policies name Twilio's hosts (`https://taskrouter.twilio.com`, `https://event-bridge.twilio.com`);
/// servers match them by path, so the same token works against Switchboard.
public struct TaskRouterCapability: Sendable {
    /// What the token's channel is.
    public enum Channel: Sendable, Hashable {
        /// A workspace token: `channel` = the workspace SID.
        case workspace
        /// A worker token: `channel` = `worker_sid` = the worker SID.
        case worker(String)
        /// A task-queue token: `channel` = `taskqueue_sid` = the queue SID.
        case taskQueue(String)
    }

    /// The account (`AC…`); also the token's `iss`.
    public let accountSid: String
    /// The workspace (`WS…`).
    public let workspaceSid: String
    /// The channel kind and SID.
    public let channel: Channel
    /// `friendly_name`; the Python helper sets it to the channel id.
    public var friendlyName: String?
    /// Default lifetime of ``toJWT(ttl:now:)`` in seconds.
    public var ttl: Int = 3600
    /// Policies added with ``addPolicy(_:)``, emitted after the built-in ones.
    public private(set) var customPolicies: [CapabilityPolicy] = []
    var grants = Grants()
    let authToken: String

    /// Creates a capability for any channel: `channelId` decides (`WS…` workspace, `WK…` worker, `WQ…` queue).
    ///
    /// ```swift
    /// let capability = try TaskRouterCapability(accountSid: "AC…", authToken: token,
    ///                                           workspaceSid: "WS…", channelId: "WK…")
    /// ```
    public init(accountSid: String, authToken: String, workspaceSid: String, channelId: String) throws(TaskRouterError) {
        guard accountSid.hasPrefix("AC") else { throw .invalidArgument("Invalid AccountSid provided: \(accountSid)") }
        guard workspaceSid.hasPrefix("WS") else { throw .invalidArgument("Invalid WorkspaceSid provided: \(workspaceSid)") }
        switch channelId.prefix(2) {
        case "WS" where channelId == workspaceSid: channel = .workspace
        case "WK": channel = .worker(channelId)
        case "WQ": channel = .taskQueue(channelId)
        default: throw .invalidArgument("Invalid ChannelId provided: \(channelId)")
        }
        self.accountSid = accountSid
        self.authToken = authToken
        self.workspaceSid = workspaceSid
        friendlyName = channelId
        if case .worker = channel { grants.workerDefaults() }
    }

    /// A Workspace token: event-bridge GET/POST and GET of the workspace.
    public static func workspace(accountSid: String, authToken: String, workspaceSid: String) throws(TaskRouterError) -> Self {
        try Self(accountSid: accountSid, authToken: authToken, workspaceSid: workspaceSid, channelId: workspaceSid)
    }

    /// A Worker token: also GET of Activities, `Tasks/**` and the worker's `Reservations/**`.
    public static func worker(
        accountSid: String, authToken: String, workspaceSid: String, workerSid: String
    ) throws(TaskRouterError) -> Self {
        guard workerSid.hasPrefix("WK") else { throw .invalidArgument("Invalid WorkerSid provided: \(workerSid)") }
        return try Self(accountSid: accountSid, authToken: authToken, workspaceSid: workspaceSid, channelId: workerSid)
    }

    /// A TaskQueue token: event-bridge GET/POST and GET of the queue.
    public static func taskQueue(
        accountSid: String, authToken: String, workspaceSid: String, taskQueueSid: String
    ) throws(TaskRouterError) -> Self {
        guard taskQueueSid.hasPrefix("WQ") else { throw .invalidArgument("Invalid TaskQueueSid provided: \(taskQueueSid)") }
        return try Self(accountSid: accountSid, authToken: authToken, workspaceSid: workspaceSid, channelId: taskQueueSid)
    }

    /// The channel id: the workspace, worker or queue SID.
    public var channelId: String {
        switch channel {
        case .workspace: workspaceSid
        case .worker(let sid), .taskQueue(let sid): sid
        }
    }

    /// Adds a policy of your own (e.g. a filtered rule); it is emitted after the built-in policies.
    ///
    /// ```swift
    /// capability.addPolicy(CapabilityPolicy(url: capability.workspaceURL + "/Workers/WK…", method: "GET", allow: false))
    /// ```
    public mutating func addPolicy(_ policy: CapabilityPolicy) {
        customPolicies.append(policy)
    }

    /// The signed token (HS256 with the auth token), valid from `now` for `ttl` seconds.
    ///
    /// ```swift
    /// let token = capability.toJWT(ttl: 28_800)   // eight hours
    /// ```
    public func toJWT(ttl: Int? = nil, now: Date = Date()) -> String {
        let issuedAt = Int(now.timeIntervalSince1970)
        let claims = CapabilityClaims(
            iss: accountSid, exp: issuedAt + (ttl ?? self.ttl), nbf: issuedAt, friendlyName: friendlyName,
            accountSid: accountSid, workspaceSid: workspaceSid, channel: channelId, workerSid: workerSid,
            taskqueueSid: taskQueueSid, policies: policies)
        return HS256.sign(claims, key: authToken)
    }

    var workerSid: String? { if case .worker(let sid) = channel { sid } else { nil } }
    var taskQueueSid: String? { if case .taskQueue(let sid) = channel { sid } else { nil } }
}
