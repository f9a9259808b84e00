import Foundation
import GRDB
public import SwitchboardCore
public import SwitchboardStore

/// Activity durations: periods held by a whole rollup bucket of the window come from the rollups;
/// periods of the partly covered buckets, and those crossing a day boundary, are read one by one and
/// clipped to the window.
extension SQLiteStore {
    public func activityDurations(_ query: StatisticsQuery) async throws -> [String: ActivityDurations] {
        let window = query.milliseconds
        let parts = WindowDecomposition(window)
        try await rollUpStatistics()
        return try await statistics.read { db in
            var durations: [String: ActivityDurations] = [:]
            for scopes in query.scopes.chunked(Self.scopesPerStatement) {
                let filter = StatisticsFilter(workspaceSid: query.workspaceSid, scopes: scopes, taskChannelSid: nil)
                for range in parts.buckets {
                    let rows = try Row.fetchAll(db, sql: """
                        SELECT scope_sid, dimension, SUM(wait_count), SUM(wait_total), MIN(wait_min), MAX(wait_max)
                        FROM statistics_rollups
                        WHERE \(filter.scopeClause) AND level = ? AND bucket BETWEEN ? AND ? AND metric = 'activity'
                        GROUP BY scope_sid, dimension
                        """, arguments: StatementArguments(filter.scopeArguments + [range.level.rawValue, range.first, range.last]))
                    for row in rows {
                        let aggregate = DurationAggregate(count: row[2] ?? 0, total: row[3] ?? 0, min: row[4], max: row[5])
                        durations[row[0], default: ActivityDurations()].add(aggregate, activitySid: row[1])
                    }
                }
                var periods: [Row] = []
                for level in StatisticsLevel.allCases {
                    for bucket in WindowDecomposition.partialBuckets(window, level: level) {
                        periods += try Row.fetchAll(db, sql: """
                            SELECT scope_sid, activity_sid, start_ms, end_ms FROM statistics_periods
                            WHERE \(filter.scopeClause) AND span_level = ? AND span_key = ?
                            """, arguments: StatementArguments(filter.scopeArguments + [level.rawValue, bucket]))
                    }
                }
                periods += try Row.fetchAll(db, sql: """
                    SELECT scope_sid, activity_sid, start_ms, end_ms FROM statistics_periods
                    WHERE \(filter.scopeClause) AND span_level = 3 AND span_key >= ? AND start_ms < ?
                    """, arguments: StatementArguments(filter.scopeArguments + [window.lowerBound, window.upperBound]))
                for row in periods {
                    let period = ActivityPeriod(activitySid: row[1], startMs: row[2], endMs: row[3])
                    durations[row[0], default: ActivityDurations()].add(period, clippedTo: window)
                }
            }
            return durations
        }
    }
}
