import Foundation
import Hummingbird
public import HummingbirdCore
import HummingbirdWebSocket
import Logging
import SwitchboardCore
public import SwitchboardEngine
import Synchronization
import TaskRouterWire

/// The TaskRouter v1 event bridge at `/v1/wschannels/{AccountSid}/{ChannelSid}`: the websocket
/// (token in the query string) and the HTTP POST proxy (token in the body). See docs/event-bridge.md.
public final class EventBridge: Sendable {
    let registry: EngineRegistry
    let publicURL: PublicURL
    /// Interval of the whitespace heartbeat frames (TaskRouter.js v1 gives up after 60 s of silence).
    let heartbeat: Duration
    let sessions = EventBridgeSessions()
    /// The router the POST proxy runs inner requests through; set once every route is registered.
    private let responder = Mutex<RouterResponder<SwitchboardRequestContext>?>(nil)

    public init(registry: EngineRegistry, publicURL: PublicURL, heartbeat: Duration = .seconds(15)) {
        self.registry = registry
        self.publicURL = publicURL
        self.heartbeat = heartbeat
    }

    var verifier: CapabilityVerifier { CapabilityVerifier(registry: registry) }
    var renderer: Renderer { Renderer(base: publicURL.base) }

    /// Open websockets of `channel` (for tests and metrics).
    public func openSessions(account: String, channel: String) -> Int { sessions.count("\(account)/\(channel)") }

    /// Registers the POST proxy on `router` and keeps the router to run the proxied calls.
    func install(on router: Router<SwitchboardRequestContext>) {
        EventBridgeProxy(bridge: self).register(on: router)
    }

    /// Called once the router is complete.
    func use(_ responder: RouterResponder<SwitchboardRequestContext>) { self.responder.withLock { $0 = responder } }

    func dispatch(_ request: Request, context: SwitchboardRequestContext) async throws -> Response {
        guard let responder = responder.withLock({ $0 }) else { throw APIError(status: .serviceUnavailable, code: 20503, message: "Starting") }
        return try await responder.respond(to: request, context: context)
    }

    /// The HTTP/1.1 server with websocket upgrades on the channel URLs.
    public func serverBuilder() -> HTTPServerBuilder {
        .http1WebSocketUpgrade { head, _, logger in
            await self.upgrade(head, logger: logger)
        }
    }

    /// The identity checks shared by the websocket and the proxy (spec §2.3): the URL's account and
    /// channel are the token's, and the token's policies allow `method` on the channel URL.
    static func authorize(_ capability: VerifiedCapability, channelPath: String, method: String,
                          account: String, channel: String) throws(CapabilityError) {
        let claims = capability.claims
        guard account == claims.accountSid, channel == claims.channel else {
            throw .denied("The capability token is for channel \(claims.accountSid)/\(claims.channel), not \(account)/\(channel)")
        }
        try capability.authorize(PolicyRequest(method: method, path: channelPath))
    }
}
