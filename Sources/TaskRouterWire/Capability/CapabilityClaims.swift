import Foundation

/// The payload of a TaskRouter v1 capability token, as Twilio's helper libraries mint it.
public struct CapabilityClaims: Codable, Sendable, Hashable {
    /// The account SID; selects the auth token that signs the token.
    public var iss: String
    /// Expiry, epoch seconds.
    public var exp: Int
    /// Not before, epoch seconds (optional).
    public var nbf: Int?
    public var version: String
    public var friendlyName: String?
    public var accountSid: String
    public var workspaceSid: String
    /// The event-bridge channel: a workspace, worker or task queue SID.
    public var channel: String
    public var workerSid: String?
    public var taskqueueSid: String?
    public var policies: [CapabilityPolicy]

    public init(
        iss: String, exp: Int, nbf: Int? = nil, version: String = "v1", friendlyName: String? = nil,
        accountSid: String, workspaceSid: String, channel: String, workerSid: String? = nil,
        taskqueueSid: String? = nil, policies: [CapabilityPolicy]
    ) {
        self.iss = iss
        self.exp = exp
        self.nbf = nbf
        self.version = version
        self.friendlyName = friendlyName
        self.accountSid = accountSid
        self.workspaceSid = workspaceSid
        self.channel = channel
        self.workerSid = workerSid
        self.taskqueueSid = taskqueueSid
        self.policies = policies
    }

    enum CodingKeys: String, CodingKey {
        case iss, exp, nbf, version, policies, channel
        case friendlyName = "friendly_name"
        case accountSid = "account_sid"
        case workspaceSid = "workspace_sid"
        case workerSid = "worker_sid"
        case taskqueueSid = "taskqueue_sid"
        case channelId = "channel_id"
    }

    /// Lenient decoding: `channel_id` is accepted for `channel`, and policies encoded as JSON strings.
    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        iss = try c.decode(String.self, forKey: .iss)
        exp = try c.decode(Int.self, forKey: .exp)
        nbf = try c.decodeIfPresent(Int.self, forKey: .nbf)
        version = try c.decodeIfPresent(String.self, forKey: .version) ?? "v1"
        friendlyName = try? c.decodeIfPresent(String.self, forKey: .friendlyName)
        accountSid = try c.decodeIfPresent(String.self, forKey: .accountSid) ?? iss
        workspaceSid = try c.decode(String.self, forKey: .workspaceSid)
        channel = try c.decodeIfPresent(String.self, forKey: .channel) ?? c.decode(String.self, forKey: .channelId)
        workerSid = try c.decodeIfPresent(String.self, forKey: .workerSid)
        taskqueueSid = try c.decodeIfPresent(String.self, forKey: .taskqueueSid)
        if let list = try? c.decode([CapabilityPolicy].self, forKey: .policies) {
            policies = list
        } else {
            let strings = try c.decodeIfPresent([String].self, forKey: .policies) ?? []
            policies = try strings.map { try JSONDecoder().decode(CapabilityPolicy.self, from: Data($0.utf8)) }
        }
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(iss, forKey: .iss)
        try c.encode(exp, forKey: .exp)
        try c.encodeIfPresent(nbf, forKey: .nbf)
        try c.encode(version, forKey: .version)
        try c.encodeIfPresent(friendlyName, forKey: .friendlyName)
        try c.encode(accountSid, forKey: .accountSid)
        try c.encode(workspaceSid, forKey: .workspaceSid)
        try c.encode(channel, forKey: .channel)
        try c.encodeIfPresent(workerSid, forKey: .workerSid)
        try c.encodeIfPresent(taskqueueSid, forKey: .taskqueueSid)
        try c.encode(policies, forKey: .policies)
    }
}
