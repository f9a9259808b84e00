import Foundation
import Hummingbird
import HummingbirdTesting
import SwitchboardServer
import SwitchboardTesting
import Testing

/// `--cors-origins`: any origin by default, a list, or none.
@Suite("CORS origins")
struct CORSTests {
    func origin(_ origins: CORSOrigins, request origin: String) async throws -> (allow: String?, vary: String?) {
        let server = try await TestServer()
        // Inside the test server's run, so its services start and stop as usual.
        return try await server.test { _ in
            let router = buildRouter(registry: server.registry, publicURL: PublicURL(TestServer.baseURL), corsOrigins: origins)
            return try await Application(router: router).test(.router) { client in
                try await client.execute(uri: "/health", method: .get, headers: [.origin: origin]) {
                    ($0.headers[.accessControlAllowOrigin], $0.headers[.vary])
                }
            }
        }
    }

    @Test func anyOriginByDefault() async throws {
        #expect(try await origin(.any, request: "https://a.example").allow == "*")
    }

    @Test func listedOriginsOnly() async throws {
        let list = CORSOrigins(parsing: "https://a.example, http://localhost:3000")
        let listed = try await origin(list, request: "http://localhost:3000")
        #expect(listed.allow == "http://localhost:3000")
        #expect(listed.vary == "Origin")
        #expect(try await origin(list, request: "https://evil.example").allow == nil)
    }

    @Test func none() async throws {
        #expect(try await origin(CORSOrigins(parsing: "none"), request: "https://a.example").allow == nil)
    }
}
