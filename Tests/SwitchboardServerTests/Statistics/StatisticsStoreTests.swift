import Foundation
import SwitchboardCore
import SwitchboardSQLite
import SwitchboardStore
import Testing

/// The store's statistics (rollups for whole buckets, raw facts for the edges, periods clipped one by
/// one) agree with a brute-force count over the same synthetic events, for random windows.
@Suite struct StatisticsStoreTests {
    @Test(arguments: [1, 2, 3] as [UInt64])
    func rollupsAgreeWithBruteForce(seed: UInt64) async throws {
        let store = try SQLiteStore(path: ":memory:")
        try await store.migrate()
        var workload = SyntheticWorkload(seed: seed)
        workload.generate(tasks: 400, workers: 6, days: 3)
        for chunk in stride(from: 0, to: workload.events.count, by: 500) {
            var changes = ChangeSet()
            for e in workload.events[chunk..<min(chunk + 500, workload.events.count)] { changes.record(e) }
            try await store.commit([changes])
        }
        let scopes = ["", "WW1", "WQ1", "WQ2", "WK1", "WK3"]
        var rng = workload.rng
        for round in 0..<60 {
            let span = workload.end - workload.start
            var a = workload.start + Int64.random(in: -3_600_000...span, using: &rng)
            var b = a + Int64.random(in: 1...span, using: &rng)
            if round % 5 == 0 { a = a / 3_600_000 * 3_600_000; b = b / 60_000 * 60_000 }
            let channel = round % 3 == 0 ? "TC2" : nil
            let query = StatisticsQuery(workspaceSid: "WS1", scopes: scopes, milliseconds: a..<b, taskChannelSid: channel,
                                        includeWaitSamples: true)
            let figures = try await store.cumulativeStatistics(query)
            let durations = try await store.activityDurations(query)
            for scope in scopes {
                let expected = workload.expectedFigures(scope: scope, a..<b, channel: channel)
                let actual = figures[scope] ?? CumulativeFigures()
                #expect(actual.metrics.filter { $0.value.count > 0 } == expected.metrics, "scope '\(scope)' \(a)..<\(b)")
                #expect(actual.acceptedWaits.sorted() == expected.acceptedWaits.sorted(), "scope '\(scope)'")
                #expect(actual.canceledWaits.sorted() == expected.canceledWaits.sorted(), "scope '\(scope)'")
                #expect((durations[scope] ?? ActivityDurations()) == workload.expectedDurations(scope: scope, a..<b),
                        "periods of '\(scope)' \(a)..<\(b)")
            }
        }
    }

    @Test func deletingTheWorkspaceForgetsItsStatistics() async throws {
        let store = try SQLiteStore(path: ":memory:")
        try await store.migrate()
        var workload = SyntheticWorkload(seed: 9)
        workload.generate(tasks: 20, workers: 2, days: 1)
        var changes = ChangeSet()
        workload.events.forEach { changes.record($0) }
        try await store.commit([changes])
        let query = StatisticsQuery(workspaceSid: "WS1", scopes: [""], milliseconds: workload.start..<(workload.end + 1))
        #expect(try await store.cumulativeStatistics(query)[""]?.count(.taskCreated) == 20)
        var delete = ChangeSet()
        delete.upsert(.workspace(Workspace(
            sid: "WS1", accountSid: "AC1", friendlyName: "x", dateCreated: Date(), dateUpdated: Date(), defaultActivitySid: nil,
            timeoutActivitySid: nil, eventCallbackUrl: nil, eventsFilter: nil, multiTaskEnabled: true, prioritizeQueueOrder: .fifo)))
        delete.append(.deleteWorkspace(sid: "WS1"))
        try await store.commit([delete])
        #expect(try await store.cumulativeStatistics(query).isEmpty)
        #expect(try await store.activityDurations(query).isEmpty)
    }
}
