import Foundation
import SwitchboardCore
import SwitchboardSQLite
import SwitchboardStore
import SwitchboardTesting
import Testing

/// The store's statistics (rollups for whole buckets, raw facts for the edges, periods clipped one by
/// one) agree with a brute-force count over the same synthetic events, for random windows. On disk the
/// statistics live in a database of their own with the event log attached; in memory, in one database.
@Suite struct StatisticsStoreTests {
    /// A migrated store in memory or in a new directory (removed by `cleanUp`).
    static func store(onDisk: Bool) async throws -> (SQLiteStore, cleanUp: @Sendable () -> Void) {
        guard onDisk else {
            let store = try SQLiteStore(path: ":memory:")
            try await store.migrate()
            return (store, {})
        }
        let dir = try TemporaryDirectory("sb-stats")
        let store = try SQLiteStore(path: dir.file("db.sqlite"))
        try await store.migrate()
        return (store, { dir.remove() })
    }

    @Test(arguments: [(1, false), (2, false), (3, true)] as [(UInt64, Bool)])
    func rollupsAgreeWithBruteForce(seed: UInt64, onDisk: Bool) async throws {
        let (store, cleanUp) = try await Self.store(onDisk: onDisk)
        defer { cleanUp() }
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

    @Test(arguments: [false, true])
    func deletingTheWorkspaceForgetsItsStatistics(onDisk: Bool) async throws {
        let (store, cleanUp) = try await Self.store(onDisk: onDisk)
        defer { cleanUp() }
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

    @Test(arguments: [false, true])
    func eventsAfterADeletionAreCountedEvenWhenSQLiteReusesTheirRowids(onDisk: Bool) async throws {
        // WS1's events hold the largest rowids; once they are deleted, SQLite numbers WS2's next events from
        // the largest rowid left, below the roll-up's watermark. They must still be counted.
        let (store, cleanUp) = try await Self.store(onDisk: onDisk)
        defer { cleanUp() }
        var first = SyntheticWorkload(seed: 4, workspaceSid: "WS2")
        first.generate(tasks: 5, workers: 1, days: 1)
        var second = SyntheticWorkload(seed: 5)
        second.generate(tasks: 30, workers: 1, days: 1)
        var changes = ChangeSet()
        (first.events + second.events).forEach { changes.record($0) }
        try await store.commit([changes])
        let ws2 = StatisticsQuery(workspaceSid: "WS2", scopes: [""], milliseconds: first.start..<(first.end + 86_400_000))
        #expect(try await store.cumulativeStatistics(ws2)[""]?.count(.taskCreated) == 5)
        var delete = ChangeSet()
        delete.upsert(.workspace(Workspace(
            sid: "WS1", accountSid: "AC1", friendlyName: "x", dateCreated: Date(), dateUpdated: Date(), defaultActivitySid: nil,
            timeoutActivitySid: nil, eventCallbackUrl: nil, eventsFilter: nil, multiTaskEnabled: true, prioritizeQueueOrder: .fifo)))
        delete.append(.deleteWorkspace(sid: "WS1"))
        try await store.commit([delete])
        var more = SyntheticWorkload(seed: 6, workspaceSid: "WS2")
        more.generate(tasks: 7, workers: 1, days: 1)
        var again = ChangeSet()
        more.events.forEach { again.record($0) }
        try await store.commit([again])
        let both = StatisticsQuery(workspaceSid: "WS2", scopes: [""],
                                   milliseconds: min(first.start, more.start)..<(max(first.end, more.end) + 86_400_000))
        #expect(try await store.cumulativeStatistics(both)[""]?.count(.taskCreated) == 12)
    }
}
