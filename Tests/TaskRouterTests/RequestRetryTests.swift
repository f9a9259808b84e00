import Foundation
import TaskRouter
import Testing

/// `maxRetries` also retries a request answered with a 500 (TaskRouter.js v1's intent, spec §4.5).
@Suite struct RequestRetryTests {
    @Test func requestsAnsweredWith500AreRetriedMaxRetriesTimes() async throws {
        try await LiveServer.run { server in
            let proxy = try await DroppingProxy.start(to: server.port)
            let url = URL(string: "http://127.0.0.1:\(proxy.port)")
            let patient = try server.workspace(maxRetries: 2, baseURL: url)
            let hasty = try server.workspace(baseURL: url)
            // From now on every request gets a 500 from the proxy.
            proxy.answersWith500 = true
            let before = proxy.connectionCount
            await #expect(throws: TaskRouterError.self) { _ = try await hasty.activities.fetch() }
            #expect(proxy.connectionCount - before == 1)

            let again = proxy.connectionCount
            do {
                _ = try await patient.activities.fetch()
                Issue.record("expected the 500")
            } catch let error as TaskRouterError {
                #expect(error.code == 500)
            }
            #expect(proxy.connectionCount - again == 3)
            try await proxy.stop()
        }
    }
}
