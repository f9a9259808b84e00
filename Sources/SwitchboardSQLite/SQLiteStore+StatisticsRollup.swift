import Foundation
import GRDB
import SwitchboardCore
import SwitchboardStore

/// Brings the statistics tables up to date with the event log, in batches of events, each in its own
/// write transaction on the statistics database. On disk that is a file of its own with the event
/// database attached: a batch reads the events from a snapshot and holds only the statistics lock, so
/// group commits never wait for it (in memory both share one database). Only statistics reads wait for
/// a batch: its size adapts so that a batch takes about `rollupBatchTarget` (between
/// `rollupBatchRange` events).
///
/// Set-based SQL counts every event of a batch at once: the facts of each scope, then the rollups of
/// those facts per minute, hour and day, then the activity periods that ended. What a fact needs from
/// earlier events (the queue a moved task left, when the task entered its queue, the activity a
/// deleted worker was in) is looked up in the event log through the per-task and per-worker indexes.
extension SQLiteStore {
    /// Events counted per write transaction: the bounds of the adaptive size.
    static let rollupBatchRange: ClosedRange<Int64> = 64...5_000
    /// The time one batch should hold the statistics database's write lock, seconds.
    static let rollupBatchTarget = 0.02

    /// Counts every event recorded since the last call; returns how many events it looked at.
    @discardableResult
    public func rollUpStatistics(yielding: Bool) async throws -> Int {
        // Most calls find nothing new: check that with a read, without queueing behind any writer.
        let behind = try await statistics.read { db in
            try Bool.fetchOne(db, sql: """
                SELECT (SELECT COALESCE(MAX(rowid), 0) FROM events) > s.rolled_up_to
                    OR EXISTS (SELECT 1 FROM statistics_deletions d WHERE d.generation > s.seen_deletion)
                FROM statistics_state s WHERE s.id = 1
                """) ?? false
        }
        guard behind else { return 0 }
        var counted = 0
        let clock = ContinuousClock()
        while true {
            let size = rollupBatchSize.withLock { $0 }
            // Timed inside the transaction: how long the batch holds the statistics database's write lock.
            // Deferred: in a file store, reading the attached event database takes a snapshot, not a lock.
            let batch = try await statistics.writeWithoutTransaction { db -> (events: Int64, elapsed: Duration)? in
                var batch: (events: Int64, elapsed: Duration)?
                try db.inTransaction(.deferred) {
                    let started = clock.now
                    try Self.applyDeletions(db)
                    let from = try Int64.fetchOne(db, sql: "SELECT rolled_up_to FROM statistics_state WHERE id = 1") ?? 0
                    let last = try Int64.fetchOne(db, sql: "SELECT COALESCE(MAX(rowid), 0) FROM events") ?? 0
                    guard last > from else { return .commit }
                    let to = min(last, from + size)
                    try StatisticsRollupSQL.runBatch(db, from: from, to: to)
                    try db.execute(sql: "UPDATE statistics_state SET rolled_up_to = ? WHERE id = 1", arguments: [to])
                    batch = (to - from, clock.now - started)
                    return .commit
                }
                return batch
            }
            guard let (done, elapsed) = batch else { return counted }
            counted += Int(done)
            let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
            rollupBatchSize.withLock { s in
                if seconds > 2 * Self.rollupBatchTarget {
                    s = max(Self.rollupBatchRange.lowerBound, s / 2)
                } else if seconds < Self.rollupBatchTarget / 2, done == size {
                    s = min(Self.rollupBatchRange.upperBound, s * 2)
                }
            }
            if yielding {
                // A background roll-up stops once it has caught up (a batch that was not full: what
                // arrives meanwhile waits for the next run, in bigger and cheaper batches), and leaves the
                // cores to routing at least as long as each batch took (at most half of one core).
                if done < size { return counted }
                try await Task.sleep(for: elapsed)
            }
        }
    }
}

extension SQLiteStore {
    /// Forgets the statistics of workspaces deleted since the last call, and moves the watermark back to
    /// the largest event `rowid` left by each deletion (SQLite may hand out the ones above it again).
    static func applyDeletions(_ db: Database) throws {
        let seen = try Int64.fetchOne(db, sql: "SELECT seen_deletion FROM statistics_state WHERE id = 1") ?? 0
        let deletions = try Row.fetchAll(db, sql: """
            SELECT generation, workspace_sid, event_floor FROM statistics_deletions WHERE generation > ? ORDER BY generation
            """, arguments: [seen])
        guard let lastGeneration = deletions.last?["generation"] as Int64? else { return }
        for deletion in deletions {
            let workspace: String = deletion["workspace_sid"]
            for table in ["statistics_facts", "statistics_periods", "statistics_rollups"] {
                try db.execute(sql: "DELETE FROM \(table) WHERE workspace_sid = ?", arguments: [workspace])
            }
            try db.execute(sql: "UPDATE statistics_state SET rolled_up_to = MIN(rolled_up_to, ?) WHERE id = 1",
                           arguments: [deletion["event_floor"] as Int64])
        }
        try db.execute(sql: "UPDATE statistics_state SET seen_deletion = ? WHERE id = 1", arguments: [lastGeneration])
    }
}

/// The statements of one roll-up batch, over the events with `:from < rowid <= :to`.
enum StatisticsRollupSQL {
    /// Runs the batch's statements, each prepared once per connection (they are long: preparing them
    /// anew cost more than counting a small batch).
    static func runBatch(_ db: Database, from: Int64, to: Int64) throws {
        for (sql, ranged) in prepared {
            try db.cachedStatement(sql: sql).execute(arguments: ranged ? ["from": from, "to": to] : [])
        }
    }

    private static let prepared = batch.map { ($0, $0.contains(":from")) }

    static let metrics = StatisticsMetric.allCases.map { "'\($0.rawValue)'" }.joined(separator: ", ")

    /// The latest `task-queue.entered` of the event's task before it (`+` keeps SQLite on the per-task index).
    static func lastEntered(_ column: String, sameQueue: Bool) -> String {
        """
        (SELECT p.\(column) FROM events p WHERE p.workspace_sid = e.workspace_sid AND p.task_sid = e.task_sid
             AND +p.event_type = 'task-queue.entered' \(sameQueue ? "AND p.task_queue_sid = e.task_queue_sid" : "")
             AND p.rowid < e.rowid ORDER BY p.event_date_ms DESC, p.rowid DESC LIMIT 1)
        """
    }

    static let mergeRollup = """
        ON CONFLICT (workspace_sid, scope_sid, level, bucket, metric, dimension) DO UPDATE SET
            count = count + excluded.count,
            wait_count = wait_count + excluded.wait_count,
            wait_total = wait_total + excluded.wait_total,
            wait_min = CASE WHEN excluded.wait_min IS NULL THEN wait_min
                            WHEN wait_min IS NULL OR excluded.wait_min < wait_min THEN excluded.wait_min ELSE wait_min END,
            wait_max = CASE WHEN excluded.wait_max IS NULL THEN wait_max
                            WHEN wait_max IS NULL OR excluded.wait_max > wait_max THEN excluded.wait_max ELSE wait_max END,
            queue_wait_count = queue_wait_count + excluded.queue_wait_count,
            queue_wait_total = queue_wait_total + excluded.queue_wait_total,
            queue_wait_min = CASE WHEN excluded.queue_wait_min IS NULL THEN queue_wait_min
                                  WHEN queue_wait_min IS NULL OR excluded.queue_wait_min < queue_wait_min
                                  THEN excluded.queue_wait_min ELSE queue_wait_min END,
            queue_wait_max = CASE WHEN excluded.queue_wait_max IS NULL THEN queue_wait_max
                                  WHEN queue_wait_max IS NULL OR excluded.queue_wait_max > queue_wait_max
                                  THEN excluded.queue_wait_max ELSE queue_wait_max END
        """

    static let validPeriod = "p.activity_sid IS NOT NULL AND p.start_ms IS NOT NULL AND p.start_ms <= p.end_ms"

    static let levels = "(SELECT 0 AS level, 60000 AS size UNION ALL SELECT 1, 3600000 UNION ALL SELECT 2, 86400000) AS levels"

    static let batch = [
        // The counted events of the batch, with their scopes' keys and waits.
        """
        CREATE TEMP TABLE IF NOT EXISTS statistics_batch (
            workspace_sid TEXT, event_sid TEXT, metric TEXT, at_ms INTEGER, channel TEXT, workflow_sid TEXT,
            queue_sid TEXT, worker_sid TEXT, wait_s INTEGER, queue_wait_s INTEGER)
        """,
        "DELETE FROM temp.statistics_batch",
        """
        INSERT INTO temp.statistics_batch
        SELECT e.workspace_sid, e.sid, e.event_type, e.event_date_ms, COALESCE(e.task_channel_sid, ''), e.workflow_sid,
               CASE WHEN e.event_type = 'task-queue.moved' THEN \(lastEntered("task_queue_sid", sameQueue: false))
                    ELSE e.task_queue_sid END,
               CASE WHEN e.event_type LIKE 'reservation.%' THEN e.worker_sid END,
               CASE WHEN e.event_type IN ('reservation.accepted', 'task.canceled')
                    THEN CAST(json_extract(e.body, '$.data.task_age') AS INTEGER) END,
               CASE WHEN e.event_type = 'reservation.accepted'
                    THEN (e.event_date_ms - \(lastEntered("event_date_ms", sameQueue: true))) / 1000 END
        FROM events e WHERE e.rowid > :from AND e.rowid <= :to AND e.event_type IN (\(metrics))
        """,
        // One fact per event and scope.
        """
        CREATE TEMP TABLE IF NOT EXISTS statistics_scoped (
            workspace_sid TEXT, scope_sid TEXT, metric TEXT, at_ms INTEGER, event_sid TEXT, channel TEXT,
            wait_s INTEGER, queue_wait_s INTEGER)
        """,
        "DELETE FROM temp.statistics_scoped",
        """
        INSERT INTO temp.statistics_scoped
        SELECT b.workspace_sid, CASE k.k WHEN 0 THEN '' WHEN 1 THEN b.workflow_sid WHEN 2 THEN b.queue_sid ELSE b.worker_sid END AS scope,
               b.metric, b.at_ms, b.event_sid, b.channel, b.wait_s, b.queue_wait_s
        FROM temp.statistics_batch b, (SELECT 0 AS k UNION ALL SELECT 1 UNION ALL SELECT 2 UNION ALL SELECT 3) AS k
        WHERE scope IS NOT NULL
        """,
        "INSERT INTO statistics_facts SELECT * FROM temp.statistics_scoped WHERE true ON CONFLICT DO NOTHING",
        """
        INSERT INTO statistics_rollups
        SELECT s.workspace_sid, s.scope_sid, levels.level, s.at_ms / levels.size, s.metric, s.channel, COUNT(*),
               COUNT(s.wait_s), COALESCE(SUM(s.wait_s), 0), MIN(s.wait_s), MAX(s.wait_s),
               COUNT(s.queue_wait_s), COALESCE(SUM(s.queue_wait_s), 0), MIN(s.queue_wait_s), MAX(s.queue_wait_s)
        FROM temp.statistics_scoped s, \(levels) WHERE true
        GROUP BY 1, 2, 3, 4, 5, 6
        \(mergeRollup)
        """,
        // Activity periods that ended: on an activity change (its previous activity), or on deletion
        // (the activity of the worker's last activity event).
        """
        CREATE TEMP TABLE IF NOT EXISTS statistics_ended (
            workspace_sid TEXT, worker_sid TEXT, event_sid TEXT, activity_sid TEXT, start_ms INTEGER, end_ms INTEGER)
        """,
        "DELETE FROM temp.statistics_ended",
        """
        INSERT INTO temp.statistics_ended
        SELECT e.workspace_sid, e.worker_sid, e.sid, json_extract(e.body, '$.data.worker_previous_activity_sid'),
               e.event_date_ms - CAST(json_extract(e.body, '$.data.worker_time_in_previous_activity_ms') AS INTEGER),
               e.event_date_ms
        FROM events e WHERE e.rowid > :from AND e.rowid <= :to AND e.event_type = 'worker.activity.update'
        UNION ALL
        SELECT e.workspace_sid, e.worker_sid, e.sid, json_extract(p.body, '$.data.worker_activity_sid'), p.event_date_ms,
               e.event_date_ms
        FROM events e JOIN events p ON p.rowid = (
            SELECT q.rowid FROM events q WHERE q.workspace_sid = e.workspace_sid AND q.worker_sid = e.worker_sid
                AND +q.event_type IN ('worker.created', 'worker.activity.update') AND q.rowid < e.rowid
            ORDER BY q.event_date_ms DESC, q.rowid DESC LIMIT 1)
        WHERE e.rowid > :from AND e.rowid <= :to AND e.event_type = 'worker.deleted'
        """,
        """
        INSERT INTO statistics_periods
        SELECT p.workspace_sid, CASE k.k WHEN 0 THEN '' ELSE p.worker_sid END AS scope,
               CASE WHEN p.start_ms / 60000 = p.end_ms / 60000 THEN 0
                    WHEN p.start_ms / 3600000 = p.end_ms / 3600000 THEN 1
                    WHEN p.start_ms / 86400000 = p.end_ms / 86400000 THEN 2 ELSE 3 END,
               CASE WHEN p.start_ms / 60000 = p.end_ms / 60000 THEN p.start_ms / 60000
                    WHEN p.start_ms / 3600000 = p.end_ms / 3600000 THEN p.start_ms / 3600000
                    WHEN p.start_ms / 86400000 = p.end_ms / 86400000 THEN p.start_ms / 86400000 ELSE p.end_ms END,
               p.event_sid, p.activity_sid, p.start_ms, p.end_ms
        FROM temp.statistics_ended p, (SELECT 0 AS k UNION ALL SELECT 1) AS k
        WHERE scope IS NOT NULL AND \(validPeriod)
        ON CONFLICT DO NOTHING
        """,
        // A period counts in the rollup of every bucket that holds it whole.
        """
        INSERT INTO statistics_rollups
        SELECT p.workspace_sid, CASE k.k WHEN 0 THEN '' ELSE p.worker_sid END AS scope, levels.level,
               p.start_ms / levels.size, 'activity', p.activity_sid, COUNT(*), COUNT(*), SUM((p.end_ms - p.start_ms) / 1000),
               MIN((p.end_ms - p.start_ms) / 1000), MAX((p.end_ms - p.start_ms) / 1000), 0, 0, NULL, NULL
        FROM temp.statistics_ended p, (SELECT 0 AS k UNION ALL SELECT 1) AS k, \(levels)
        WHERE scope IS NOT NULL AND \(validPeriod) AND p.start_ms / levels.size = p.end_ms / levels.size
        GROUP BY 1, 2, 3, 4, 5, 6
        \(mergeRollup)
        """,
    ]
}
