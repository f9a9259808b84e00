import Foundation
import SwitchboardTesting
import Testing

/// Bad statistics parameters are 400s with code 20001 (rest-api §13, routing-semantics §6.1).
@Suite struct StatisticsParameterTests {
    static let windowed = ["Statistics", "CumulativeStatistics", "Workers/CumulativeStatistics", "Workers/Statistics",
                           "TaskQueues/Statistics"]

    static let badWindows: [[(String, String)]] = [
        [("Minutes", "5"), ("StartDate", "2026-01-01T00:00:00Z")],
        [("Minutes", "5"), ("EndDate", "2026-01-01T00:00:00Z")],
        [("Minutes", "abc")], [("Minutes", "0")], [("Minutes", "43201")],
        [("StartDate", "yesterday")], [("EndDate", "2026-13-45")],
        [("StartDate", "2026-01-01T00:00:10Z"), ("EndDate", "2026-01-01T00:00:00Z")],
        [("EndDate", "2025-12-31T00:00:00Z")],
        [("TaskChannel", "carrier-pigeon")],
    ]

    @Test(arguments: windowed)
    func badWindowsAreInvalid(_ path: String) async throws {
        try await WorkspaceFixture.run { fx async throws in
            for params in Self.badWindows { expectInvalid(try await fx.get(path, params)) }
        }
    }

    @Test func splitByWaitTimeMustBeWholeSeconds() async throws {
        try await WorkspaceFixture.run { fx async throws in
            let routing = try await fx.createRouting()
            for path in ["Statistics", "CumulativeStatistics", "TaskQueues/\(routing.queue)/CumulativeStatistics",
                         "Workflows/\(routing.workflow)/Statistics", "TaskQueues/Statistics"] {
                expectInvalid(try await fx.get(path, [("SplitByWaitTime", "5,abc")]))
                expectInvalid(try await fx.get(path, [("SplitByWaitTime", "")]))
                expectStatus(try await fx.get(path, [("SplitByWaitTime", "5,30")]), .ok)
            }
        }
    }

    @Test func everyProblemIsReported() async throws {
        try await WorkspaceFixture.run { fx async throws in
            let r = try await fx.get("CumulativeStatistics", [("Minutes", "x"), ("StartDate", "soon"), ("SplitByWaitTime", "q")])
            expectInvalid(r)
            let message = r["message"] ?? ""
            for name in ["Minutes", "StartDate", "SplitByWaitTime"] { #expect(message.contains(name), "\(message)") }
        }
    }

    @Test func realtimeEndpointsTakeOnlyTaskChannel() async throws {
        try await WorkspaceFixture.run { fx async throws in
            let routing = try await fx.createRouting()
            for path in ["RealTimeStatistics", "Workers/RealTimeStatistics", "TaskQueues/\(routing.queue)/RealTimeStatistics",
                         "Workflows/\(routing.workflow)/RealTimeStatistics"] {
                expectStatus(try await fx.get(path, [("Minutes", "abc")]), .ok)
                expectInvalid(try await fx.get(path, [("TaskChannel", "carrier-pigeon")]))
            }
        }
    }

    @Test func bulkRequestsAreChecked() async throws {
        try await WorkspaceFixture.run { fx async throws in
            let queue = try await fx.createQueue("Support")
            let many = (0..<51).map { String(format: "\"WQ%032x\"", $0) }.joined(separator: ",")
            let fifty = (0..<50).map { String(format: "\"WQ%032x\"", $0) }.joined(separator: ",")
            for body in [#"{"QueueSids":[]}"#, "{\"QueueSids\":[\(many)]}", #"{"QueueSids":["WQ123"]}"#,
                         #"{"QueueSids":["\#(queue)","WK00000000000000000000000000000001"]}"#, "QueueSids=\(queue)", "{}", "",
                         #"{"QueueSids":"\#(queue)"}"#] {
                expectError(try await bulk(fx, body), .badRequest, 20001)
            }
            let ok = try await bulk(fx, "{\"QueueSids\":[\(fifty)]}")
            #expect(ok.status == .ok)
        }
    }

    @Test func parentsAreChecked() async throws {
        try await WorkspaceFixture.run { fx async throws in
            expectNotFound(try await fx.get("Workers/\(unknownSID("WK"))/Statistics"))
            expectNotFound(try await fx.get("Workers/WK123/Statistics"))
            expectNotFound(try await fx.get("TaskQueues/\(unknownSID("WQ"))/CumulativeStatistics"))
            expectNotFound(try await fx.get("Workflows/\(unknownSID("WW"))/RealTimeStatistics"))
            let other = try await fx.otherAccount()
            expectNotFound(try await fx.client.call(.get, fx.path("Workers/CumulativeStatistics"), account: other.sid, token: other.token))
        }
    }
}
