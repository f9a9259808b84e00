import Foundation
import GRDB
public import SwitchboardCore
public import SwitchboardStore

/// Cumulative statistics from the rollups (whole minutes, hours and days of the window) and the raw
/// facts (its ragged edges), after counting the events recorded since the last roll-up.
extension SQLiteStore: StatisticsStore {
    /// Scopes per statement, well under SQLite's limit on bound parameters.
    static let scopesPerStatement = 500

    public func cumulativeStatistics(_ query: StatisticsQuery) async throws -> [String: CumulativeFigures] {
        let parts = WindowDecomposition(query.milliseconds)
        try await rollUpStatistics()
        return try await statistics.read { db in
            var figures: [String: CumulativeFigures] = [:]
            for scopes in query.scopes.chunked(Self.scopesPerStatement) {
                let filter = StatisticsFilter(workspaceSid: query.workspaceSid, scopes: scopes, taskChannelSid: query.taskChannelSid)
                for range in parts.buckets {
                    try Self.addTotals(db, into: &figures, sql: """
                        SELECT scope_sid, metric, SUM(count), SUM(wait_count), SUM(wait_total), MIN(wait_min), MAX(wait_max),
                               SUM(queue_wait_count), SUM(queue_wait_total), MIN(queue_wait_min), MAX(queue_wait_max)
                        FROM statistics_rollups
                        WHERE \(filter.scopeClause) AND level = ? AND bucket BETWEEN ? AND ? AND metric <> 'activity'
                              \(filter.channelClause("dimension"))
                        GROUP BY scope_sid, metric
                        """, arguments: filter.scopeArguments + [range.level.rawValue, range.first, range.last] + filter.channelArguments)
                }
                for raw in parts.raw {
                    try Self.addTotals(db, into: &figures, sql: """
                        SELECT scope_sid, metric, COUNT(*), COUNT(wait_s), SUM(wait_s), MIN(wait_s), MAX(wait_s),
                               COUNT(queue_wait_s), SUM(queue_wait_s), MIN(queue_wait_s), MAX(queue_wait_s)
                        FROM statistics_facts
                        WHERE \(filter.scopeClause) AND metric IN (\(Self.metricList)) AND at_ms >= ? AND at_ms < ?
                              \(filter.channelClause("task_channel_sid"))
                        GROUP BY scope_sid, metric
                        """, arguments: filter.scopeArguments + [raw.lowerBound, raw.upperBound] + filter.channelArguments)
                }
                guard query.includeWaitSamples else { continue }
                for scope in scopes {
                    let accepted = try Self.waits(db, filter, scope: scope, metric: .reservationAccepted, query.milliseconds)
                    let canceled = try Self.waits(db, filter, scope: scope, metric: .taskCanceled, query.milliseconds)
                    figures[scope, default: CumulativeFigures()].acceptedWaits = accepted
                    figures[scope, default: CumulativeFigures()].canceledWaits = canceled
                }
            }
            return figures
        }
    }

    static let metricList = StatisticsMetric.allCases.map { "'\($0.rawValue)'" }.joined(separator: ", ")

    /// Reads rows of (scope, metric, count, wait count/total/min/max, queue wait count/total/min/max).
    static func addTotals(_ db: Database, into figures: inout [String: CumulativeFigures], sql: String,
                          arguments: [any DatabaseValueConvertible]) throws {
        for row in try Row.fetchAll(db, sql: sql, arguments: StatementArguments(arguments)) {
            guard let metric = StatisticsMetric(rawValue: row[1]) else { continue }
            let totals = MetricTotals(
                count: row[2] ?? 0,
                wait: DurationAggregate(count: row[3] ?? 0, total: row[4] ?? 0, min: row[5], max: row[6]),
                queueWait: DurationAggregate(count: row[7] ?? 0, total: row[8] ?? 0, min: row[9], max: row[10]))
            figures[row[0], default: CumulativeFigures()].metrics[metric, default: MetricTotals()].merge(totals)
        }
    }

    /// The newest waits of `metric` in the window, at most `CumulativeFigures.maximumWaitSamples`.
    static func waits(_ db: Database, _ filter: StatisticsFilter, scope: String, metric: StatisticsMetric,
                      _ range: Range<Int64>) throws -> [Int] {
        try Int.fetchAll(db, sql: """
            SELECT wait_s FROM statistics_facts
            WHERE workspace_sid = ? AND scope_sid = ? AND metric = ? AND at_ms >= ? AND at_ms < ? AND wait_s IS NOT NULL
                  \(filter.channelClause("task_channel_sid"))
            ORDER BY at_ms DESC LIMIT \(CumulativeFigures.maximumWaitSamples)
            """, arguments: StatementArguments([filter.workspaceSid, scope, metric.rawValue, range.lowerBound, range.upperBound]
                                               + filter.channelArguments))
    }
}

/// The workspace, scope and channel conditions shared by the statistics statements.
struct StatisticsFilter {
    var workspaceSid: String
    var scopes: [String]
    var taskChannelSid: String?

    var scopeClause: String {
        "workspace_sid = ? AND scope_sid IN (\(Array(repeating: "?", count: scopes.count).joined(separator: ", ")))"
    }

    var scopeArguments: [any DatabaseValueConvertible] { [workspaceSid] + scopes }

    func channelClause(_ column: String) -> String { taskChannelSid == nil ? "" : "AND \(column) = ?" }

    var channelArguments: [any DatabaseValueConvertible] { taskChannelSid.map { [$0] } ?? [] }
}

extension Array {
    /// The elements in consecutive slices of at most `size`.
    func chunked(_ size: Int) -> [[Element]] {
        stride(from: 0, to: count, by: size).map { Array(self[$0..<Swift.min($0 + size, count)]) }
    }
}
