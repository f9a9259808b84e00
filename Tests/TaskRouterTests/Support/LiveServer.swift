import Foundation
import Hummingbird
import HummingbirdTesting
import SwitchboardServer
import SwitchboardTesting
import TaskRouter
import Testing

/// A Switchboard server on a free local port, with a workspace and a capability-token minter.
///
///     try await LiveServer.run { server in
///         let workspace = try server.workspace()
///         let activities = try await workspace.activities.fetch()
///     }
struct LiveServer: Sendable {
    let client: any TestClientProtocol
    let port: Int
    /// The workspace created for the test.
    let workspaceSid: String

    /// `http://127.0.0.1:{port}`: REST and the event bridge.
    var baseURL: URL { URL(string: "http://127.0.0.1:\(port)")! }

    /// Runs `body` against a new server (clock at the real time, so tokens minted now are valid).
    static func run<T: Sendable>(_ body: @Sendable (LiveServer) async throws -> T) async throws -> T {
        let server = try await TestServer(clock: ManualWallClock(start: Date()))
        return try await server.app.application.test(.live) { client in
            let port = try #require(client.port)
            let created = try await client.call(.post, "/v1/Workspaces", [("FriendlyName", "Workspace 1")])
            try #require(created.status == .created, "workspace create failed: \(created.body)")
            return try await body(LiveServer(client: client, port: port, workspaceSid: try #require(created["sid"])))
        }
    }

    /// A workspace token as in the TaskRouter.js v1 docs: fetch, update and delete of the workspace
    /// and of everything below it.
    func token(ttl: Int = 3600, full: Bool = true) throws -> String {
        var capability = try TaskRouterCapability.workspace(
            accountSid: TestServer.accountSid, authToken: TestServer.authToken, workspaceSid: workspaceSid)
        if full {
            capability.allowFetchSubresources()
            capability.allowUpdates()
            capability.allowUpdatesSubresources()
            capability.allowDelete()
            capability.allowDeleteSubresources()
        }
        return capability.toJWT(ttl: ttl)
    }

    /// A quiet workspace client on this server with fast reconnection.
    func workspace(token: String? = nil, maxRetries: Int? = nil, baseURL: URL? = nil) throws -> Workspace {
        let configuration = WorkspaceConfiguration(
            debug: false, maxRetries: maxRetries, baseURL: baseURL ?? self.baseURL,
            reconnectBackoff: ReconnectBackoff(unit: .milliseconds(50), cap: .milliseconds(500)))
        return try Workspace(token: token ?? self.token(), configuration: configuration)
    }

    /// A REST call as the bootstrap account (Basic auth), for setup the SDK does not do.
    func call(_ method: HTTPRequest.Method, _ path: String, _ form: [(String, String)] = []) async throws -> APIResponse {
        try await client.call(method, path, form)
    }

    /// `/v1/Workspaces/{WS}/{rest}`.
    func path(_ rest: String) -> String { "/v1/Workspaces/\(workspaceSid)/\(rest)" }
}
