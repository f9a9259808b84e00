/// Migration 0003: the tables behind the statistics endpoints (routing-semantics §6). Migration 0004
/// moves them to a database of their own (`StatisticsMigrations`); this one stays as it ran.
///
/// They are filled from the event log in batches (`SQLiteStore.rollUpStatistics()`), never on the
/// commit path: `statistics_state.rolled_up_to` is the last event `rowid` already counted.
///
/// - `statistics_facts`: one row per counted event and scope (`''` workspace, `WW…`, `WQ…`, `WK…`),
///   with the wait it carries; read for the ragged edges of a window and for `SplitByWaitTime`.
/// - `statistics_periods`: finished activity periods of workers (scope `''` and the worker), keyed by
///   the smallest level whose single bucket holds the period (`span_level` 0 minute, 1 hour, 2 day;
///   3: it crosses a day boundary, keyed by its end).
/// - `statistics_rollups`: per scope, level (0 minute, 1 hour, 2 day), bucket, metric and dimension (the task
///   channel SID, or the activity SID for metric `activity`): count, and count/total/min/max of the
///   waits (or period durations).
///
/// Deleting a workspace deletes its events and statistics first and moves the watermark back below
/// any `rowid` SQLite may hand out again. PostgreSQL carries the same tables, keyed on its own event
/// sequence.
enum Migration0003Statistics {
    static let name = "0003_statistics"

    static let sql = """
        \(StatisticsTables.data)
        CREATE TABLE statistics_state (
            id INTEGER PRIMARY KEY NOT NULL CHECK (id = 1),
            rolled_up_to INTEGER NOT NULL
        );
        INSERT INTO statistics_state (id, rolled_up_to) VALUES (1, 0);
        CREATE TRIGGER statistics_forget_workspace AFTER DELETE ON resources
        WHEN OLD.kind = 'workspace'
        BEGIN
            DELETE FROM events WHERE workspace_sid = OLD.sid;
            DELETE FROM statistics_facts WHERE workspace_sid = OLD.sid;
            DELETE FROM statistics_periods WHERE workspace_sid = OLD.sid;
            DELETE FROM statistics_rollups WHERE workspace_sid = OLD.sid;
            UPDATE statistics_state SET rolled_up_to = MIN(rolled_up_to, COALESCE((SELECT MAX(rowid) FROM events), 0));
        END;
        """
}
