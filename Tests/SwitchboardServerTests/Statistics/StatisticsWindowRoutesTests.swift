import Foundation
import SwitchboardTesting
import Testing

/// Which events a window holds (routing-semantics §6.1): bounds inclusive, whole rollup buckets and
/// ragged edges agreeing, nothing older than 30 days.
@Suite struct StatisticsWindowRoutesTests {
    /// The manual clock's start, 2026-01-01T00:00:00Z, plus `seconds`.
    static func at(_ seconds: Int) -> String {
        ISO8601DateFormatter().string(from: Date(timeIntervalSince1970: 1_767_225_600 + Double(seconds)))
    }

    func created(_ fx: WorkspaceFixture, _ params: [(String, String)]) async throws -> Int? {
        try await fx.statistics("CumulativeStatistics", params)["tasks_created"].int
    }

    @Test func minutesAndInclusiveBounds() async throws {
        try await WorkspaceFixture.run { fx async throws in
            try await fx.createRouting()
            try await fx.createTask()
            await fx.advance(1_200)
            try await fx.createTask()
            #expect(try await created(fx, []) == 1)
            #expect(try await created(fx, [("Minutes", "20")]) == 2)
            #expect(try await created(fx, [("Minutes", "19")]) == 1)
            #expect(try await created(fx, [("StartDate", Self.at(0)), ("EndDate", Self.at(0))]) == 1)
            #expect(try await created(fx, [("StartDate", Self.at(1))]) == 1)
            #expect(try await created(fx, [("StartDate", Self.at(-60)), ("EndDate", Self.at(1_199))]) == 1)
        }
    }

    /// Tasks at t = 30 s, 2 d 1 h 1 min 30 s and 3 d 4 h: windows whose whole days, hours and minutes come
    /// from the rollups and whose edges come from the raw facts.
    @Test func longWindowsAgreeWithTheirEdges() async throws {
        try await WorkspaceFixture.run { fx async throws in
            try await fx.createRouting()
            await fx.advance(30)
            try await fx.createTask()
            await fx.advance(2 * 86_400 + 3_660)
            try await fx.createTask()
            await fx.advance(86_400 + 4 * 3_600 - 3_690)
            try await fx.createTask()
            let second = 2 * 86_400 + 3_690
            let cases: [(Int, Int, Int)] = [
                (0, 4 * 86_400, 3), (30, 30, 1), (31, second, 1), (31, second - 1, 0), (-3_600, second, 2),
                (29, 3 * 86_400 + 4 * 3_600, 3), (second, 3 * 86_400 + 4 * 3_600 - 1, 1), (61, 86_400 * 3, 1),
            ]
            for (start, end, expected) in cases {
                let n = try await created(fx, [("StartDate", Self.at(start)), ("EndDate", Self.at(end))])
                #expect(n == expected, "window \(start)…\(end)")
            }
        }
    }

    @Test func nothingOlderThanThirtyDays() async throws {
        try await WorkspaceFixture.run { fx async throws in
            try await fx.createRouting()
            try await fx.createTask()
            await fx.advance(30 * 86_400 + 3_600)
            try await fx.createTask()
            #expect(try await created(fx, [("Minutes", "43200")]) == 1)
            #expect(try await created(fx, [("StartDate", Self.at(-86_400))]) == 1)
        }
    }
}
