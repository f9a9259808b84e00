/// The migrations of the statistics database (`<path>-statistics`; the same database in memory).
///
/// - `statistics_facts`: one row per counted event and scope (`''` workspace, `WW…`, `WQ…`, `WK…`),
///   with the wait it carries; read for the ragged edges of a window and for `SplitByWaitTime`.
/// - `statistics_periods`: finished activity periods of workers (scope `''` and the worker), keyed by
///   the smallest level whose single bucket holds the period (`span_level` 0 minute, 1 hour, 2 day;
///   3: it crosses a day boundary, keyed by its end).
/// - `statistics_rollups`: per scope, level (0 minute, 1 hour, 2 day), bucket, metric and dimension (the task
///   channel SID, or the activity SID for metric `activity`): count, and count/total/min/max of the
///   waits (or period durations).
/// - `statistics_state`: `rolled_up_to`, the last event `rowid` counted, and `seen_deletion`, the last
///   entry of the event database's `statistics_deletions` applied.
enum StatisticsMigrations {
    static let all: [(name: String, sql: String)] = [
        ("statistics_0001_tables", """
            \(StatisticsTables.data)
            CREATE TABLE statistics_state (
                id INTEGER PRIMARY KEY NOT NULL CHECK (id = 1),
                rolled_up_to INTEGER NOT NULL,
                seen_deletion INTEGER NOT NULL
            );
            INSERT INTO statistics_state (id, rolled_up_to, seen_deletion) VALUES (1, 0, 0);
            """),
    ]
}
