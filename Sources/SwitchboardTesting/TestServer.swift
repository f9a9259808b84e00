public import Foundation
public import Hummingbird
public import HummingbirdTesting
public import SwitchboardEngine
public import SwitchboardServer
import SwitchboardCore

/// An in-process server on an in-memory (or given) SQLite database, with a manual clock and sequential SIDs.
///
///     let server = try await TestServer()
///     try await server.test { client in
///         try await client.execute(uri: "/v1/Workspaces", method: .post, headers: server.formHeaders, body: form(["FriendlyName": "ws"]))
///     }
public struct TestServer: Sendable {
    public static let accountSid = "AC00000000000000000000000000000001"
    public static let authToken = "0123456789abcdef0123456789abcdef"
    public static let baseURL = "http://switchboard.test"

    public let app: SwitchboardApplication
    public let clock: ManualWallClock
    public let ids: SequentialIdentifierGenerator

    public init(database: String = ":memory:", clock: ManualWallClock = ManualWallClock(),
                ids: SequentialIdentifierGenerator = SequentialIdentifierGenerator()) async throws {
        self.clock = clock
        self.ids = ids
        let config = ServerConfiguration(host: "127.0.0.1", port: 0, database: database, publicURL: Self.baseURL,
                                         accountSid: Self.accountSid, authToken: Self.authToken)
        app = try await buildApplication(config, clock: clock, ids: ids)
    }

    /// The engine registry, for tests that look behind the API.
    public var registry: EngineRegistry { app.registry }

    /// Runs `body` against the router in process (no sockets).
    public func test<Value>(_ body: @Sendable (any TestClientProtocol) async throws -> Value) async throws -> Value {
        try await app.application.test(.router, body)
    }

    /// Basic-auth and form headers for the bootstrap account.
    public static func headers(account: String = accountSid, token: String = authToken, form: Bool = true) -> HTTPFields {
        var h = HTTPFields()
        h[.authorization] = "Basic " + Data("\(account):\(token)".utf8).base64EncodedString()
        if form { h[.contentType] = "application/x-www-form-urlencoded" }
        return h
    }
}
