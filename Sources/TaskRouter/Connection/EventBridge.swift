import Foundation
import Logging

/// The shared core of a workspace client: its URLs, the current token, the event hub, and the
/// requests and websocket of TaskRouter's event bridge. Resource objects keep a reference to it,
/// so a token update reaches every object already handed out.
final class EventBridge: Sendable {
    let configuration: WorkspaceConfiguration
    let endpoints: Endpoints
    let hub = EventHub()
    let logger: Logger
    private let tokenState: Locked<TokenState>

    /// The token and everyone waiting for it to change.
    struct TokenState {
        var token: String
        var claims: TokenClaims
        var generation = 0
        var waiters: [Int: AsyncStream<Void>.Continuation] = [:]
        var nextWaiter = 0
    }

    init(token: String, configuration: WorkspaceConfiguration) throws(TaskRouterError) {
        let claims = try TokenClaims(token: token)
        self.configuration = configuration
        endpoints = Endpoints(configuration: configuration, claims: claims)
        tokenState = Locked(TokenState(token: token, claims: claims))
        logger = configuration.debug
            ? Logger(label: "TaskRouter.Workspace")
            : Logger(label: "TaskRouter.Workspace", factory: { _ in SwiftLogNoOpLogHandler() })
    }

    /// The token sent with the next request or connection.
    var token: String { tokenState.withLock { $0.token } }

    /// The current token's claims and how many times the token was replaced.
    var tokenSnapshot: (claims: TokenClaims, generation: Int) {
        tokenState.withLock { ($0.claims, $0.generation) }
    }

    /// Replaces the token for every later request and reconnection, and re-arms the expiry timer.
    func updateToken(_ token: String) throws(TaskRouterError) {
        let claims = try TokenClaims(token: token)
        let waiters = tokenState.withLock { state in
            state.token = token
            state.claims = claims
            state.generation += 1
            return Array(state.waiters.values)
        }
        logger.info("Token updated")
        for waiter in waiters { waiter.yield() }
    }

    /// Returns when the token generation differs from `generation`, or when the task is cancelled.
    func tokenChange(after generation: Int) async {
        let (stream, continuation) = AsyncStream.makeStream(of: Void.self, bufferingPolicy: .bufferingNewest(1))
        let id = tokenState.withLock { state in
            state.nextWaiter += 1
            state.waiters[state.nextWaiter] = continuation
            if state.generation != generation { continuation.yield() }
            return state.nextWaiter
        }
        defer { _ = tokenState.withLock { $0.waiters.removeValue(forKey: id) } }
        for await _ in stream { return }
    }
}
