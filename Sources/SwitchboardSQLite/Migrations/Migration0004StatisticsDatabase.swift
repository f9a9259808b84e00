/// Migration 0004: the statistics tables move to a database file of their own (`<path>-statistics`,
/// see `StatisticsMigrations`), so that the roll-up's writes never hold the lock that group commits
/// wait for. The statistics are derived from the event log: the new file starts empty and is filled by
/// counting the log again.
///
/// What stays here: `statistics_deletions`, a log of deleted workspaces written in the deleting
/// transaction by the trigger, with the largest event `rowid` left after the deletion (SQLite may hand
/// out the `rowid`s above it again). The roll-up reads it (the event database is attached to the
/// statistics connections), forgets those workspaces' statistics and moves its watermark back to
/// that floor before it counts anything newer.
enum Migration0004StatisticsDatabase {
    static let name = "0004_statistics_database"

    static let sql = """
        DROP TRIGGER statistics_forget_workspace;
        DROP TABLE statistics_facts;
        DROP TABLE statistics_periods;
        DROP TABLE statistics_rollups;
        DROP TABLE statistics_state;
        CREATE TABLE statistics_deletions (
            generation INTEGER PRIMARY KEY AUTOINCREMENT,
            workspace_sid TEXT NOT NULL,
            event_floor INTEGER NOT NULL
        );
        CREATE TRIGGER statistics_forget_workspace AFTER DELETE ON resources
        WHEN OLD.kind = 'workspace'
        BEGIN
            DELETE FROM events WHERE workspace_sid = OLD.sid;
            INSERT INTO statistics_deletions (workspace_sid, event_floor)
            VALUES (OLD.sid, COALESCE((SELECT MAX(rowid) FROM events), 0));
        END;
        """
}
