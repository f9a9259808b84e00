import Foundation

/// The URLs of one workspace client: REST resources (sent inside proxy requests) and the event-bridge channel.
struct Endpoints: Sendable, Hashable {
    static let twilioAPIBase = "https://taskrouter.twilio.com/v1"
    static let twilioEventBridgeBase = "https://event-bridge.twilio.com"

    /// e.g. `https://taskrouter.twilio.com/v1`.
    let apiBase: String
    /// e.g. `https://event-bridge.twilio.com`.
    let eventBridgeBase: String
    let accountSid: String
    /// The channel id in the bridge URL; the workspace SID for a Workspace client.
    let channelSid: String
    let workspaceSid: String

    init(configuration: WorkspaceConfiguration, claims: TokenClaims) {
        let base = configuration.baseURL.map { Self.trimmed($0.absoluteString) }
        apiBase = configuration.apiBaseURL.map { Self.trimmed($0.absoluteString) }
            ?? base.map { $0 + "/v1" } ?? Self.twilioAPIBase
        var bridge = configuration.eventBridgeBaseURL.map { Self.trimmed($0.absoluteString) }
            ?? base ?? Self.twilioEventBridgeBase
        if let region = configuration.region, !region.isEmpty, bridge == Self.twilioEventBridgeBase {
            bridge = "https://event-bridge.\(region).us1.twilio.com"
        }
        eventBridgeBase = bridge
        accountSid = claims.accountSid
        workspaceSid = claims.workspaceSid
        channelSid = claims.workspaceSid
    }

    /// `{apiBase}/Workspaces/{WS}`.
    var workspace: String { "\(apiBase)/Workspaces/\(workspaceSid)" }

    /// `{eventBridgeBase}/v1/wschannels/{AC}/{channel}`: the websocket and the API proxy.
    var channel: String { "\(eventBridgeBase)/v1/wschannels/\(accountSid)/\(channelSid)" }

    /// The websocket URL: the channel URL with `ws`/`wss`, the token and `closeExistingSessions=false`.
    func socket(token: String) -> String {
        var url = channel
        if url.hasPrefix("https://") {
            url = "wss://" + url.dropFirst("https://".count)
        } else if url.hasPrefix("http://") {
            url = "ws://" + url.dropFirst("http://".count)
        }
        return url + "?token=\(token)&closeExistingSessions=false"
    }

    /// The URL of a resource in this workspace: `{workspace}/{path}`.
    func resource(_ path: String) -> String { workspace + "/" + path }

    private static func trimmed(_ url: String) -> String {
        var url = Substring(url)
        while url.hasSuffix("/") { url = url.dropLast() }
        return String(url)
    }
}
