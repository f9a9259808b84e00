import Foundation
import SwitchboardServer
import TaskRouterWire

/// The test oracle for capability tokens: the policies of Twilio's Python helper
/// (`WorkspaceCapabilityToken`/`WorkerCapabilityToken`/`TaskQueueCapabilityToken`) on Twilio's URLs,
/// written out independently of the SDK's `TaskRouterCapability` (which `switchboard token` uses and
/// tests/conformance/test_capability_tokens.py compares with the real Python package).
///
///     var builder = CapabilityTokenBuilder.worker(accountSid: ac, workspaceSid: ws, workerSid: wk)
///     builder.allowActivityUpdates()
///     let jwt = try builder.token(authToken: token, now: Date(), ttl: 3600)
struct CapabilityTokenBuilder: Sendable {
    static let taskRouterBase = "https://taskrouter.twilio.com/v1"
    static let eventBridgeBase = "https://event-bridge.twilio.com/v1/wschannels"

    let accountSid: String
    let workspaceSid: String
    /// The channel: the workspace, worker or task queue SID.
    let channel: String
    /// The policies so far, in helper order.
    var policies: [CapabilityPolicy] = []

    /// `…/v1/Workspaces/{WS}`.
    var workspaceURL: String { "\(Self.taskRouterBase)/Workspaces/\(workspaceSid)" }

    /// The URL of the channel's own resource.
    var resourceURL: String {
        switch channel.prefix(2) {
        case "WK": "\(workspaceURL)/Workers/\(channel)"
        case "WQ": "\(workspaceURL)/TaskQueues/\(channel)"
        default: workspaceURL
        }
    }

    /// The event-bridge URL of the channel.
    var channelURL: String { "\(Self.eventBridgeBase)/\(accountSid)/\(channel)" }

    init(accountSid: String, workspaceSid: String, channel: String) {
        self.accountSid = accountSid
        self.workspaceSid = workspaceSid
        self.channel = channel
        add(channelURL, "GET")
        add(channelURL, "POST")
        add(resourceURL, "GET")
    }

    /// A Workspace token: websocket GET/POST and GET of the workspace.
    static func workspace(accountSid: String, workspaceSid: String) -> Self {
        Self(accountSid: accountSid, workspaceSid: workspaceSid, channel: workspaceSid)
    }

    /// A Worker token: also Activities, `Tasks/**` and the worker's `Reservations/**` (GET).
    static func worker(accountSid: String, workspaceSid: String, workerSid: String) -> Self {
        var b = Self(accountSid: accountSid, workspaceSid: workspaceSid, channel: workerSid)
        b.add("\(b.workspaceURL)/Activities", "GET")
        b.add("\(b.workspaceURL)/Tasks/**", "GET")
        b.add("\(b.resourceURL)/Reservations/**", "GET")
        return b
    }

    /// A TaskQueue token: websocket GET/POST and GET of the queue.
    static func taskQueue(accountSid: String, workspaceSid: String, taskQueueSid: String) -> Self {
        Self(accountSid: accountSid, workspaceSid: workspaceSid, channel: taskQueueSid)
    }

    /// GET `resource/**`.
    mutating func allowFetchSubresources() { add("\(resourceURL)/**", "GET") }
    /// POST `resource`.
    mutating func allowUpdates() { add(resourceURL, "POST") }
    /// POST `resource/**`.
    mutating func allowUpdatesSubresources() { add("\(resourceURL)/**", "POST") }
    /// DELETE `resource`.
    mutating func allowDelete() { add(resourceURL, "DELETE") }
    /// DELETE `resource/**`.
    mutating func allowDeleteSubresources() { add("\(resourceURL)/**", "DELETE") }
    /// Worker tokens: POST the worker with exactly `ActivitySid`.
    mutating func allowActivityUpdates() {
        policies.append(CapabilityPolicy(url: resourceURL, method: "POST", postFilter: ["ActivitySid": .required]))
    }
    /// Worker tokens: POST `Tasks/**` and the worker's `Reservations/**`.
    mutating func allowReservationUpdates() {
        add("\(workspaceURL)/Tasks/**", "POST")
        add("\(resourceURL)/Reservations/**", "POST")
    }

    /// Appends an allow policy without filters.
    mutating func add(_ url: String, _ method: String) {
        policies.append(CapabilityPolicy(url: url, method: method))
    }

    /// The claims of a token valid from `now` for `ttl` seconds.
    func claims(now: Date, ttl: Int = 3600) -> CapabilityClaims {
        let issued = Int(now.timeIntervalSince1970)
        return CapabilityClaims(
            iss: accountSid, exp: issued + ttl, nbf: issued, friendlyName: channel, accountSid: accountSid,
            workspaceSid: workspaceSid, channel: channel, workerSid: channel.hasPrefix("WK") ? channel : nil,
            taskqueueSid: channel.hasPrefix("WQ") ? channel : nil, policies: policies)
    }

    /// The signed JWT.
    func token(authToken: String, now: Date, ttl: Int = 3600) throws -> String {
        try CapabilityTokenSigner.sign(claims(now: now, ttl: ttl), authToken: authToken)
    }
}
