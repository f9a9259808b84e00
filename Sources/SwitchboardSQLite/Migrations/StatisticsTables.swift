/// The tables of counted statistics as first created: by migration 0003 in the event database, and by
/// `statistics_0001_tables` in the statistics database. Later changes go into new migrations.
enum StatisticsTables {
    static let data = """
        CREATE TABLE statistics_facts (
            workspace_sid TEXT NOT NULL,
            scope_sid TEXT NOT NULL,
            metric TEXT NOT NULL,
            at_ms INTEGER NOT NULL,
            event_sid TEXT NOT NULL,
            task_channel_sid TEXT NOT NULL,
            wait_s INTEGER,
            queue_wait_s INTEGER,
            PRIMARY KEY (workspace_sid, scope_sid, metric, at_ms, event_sid)
        ) WITHOUT ROWID;
        CREATE TABLE statistics_periods (
            workspace_sid TEXT NOT NULL,
            scope_sid TEXT NOT NULL,
            span_level INTEGER NOT NULL,
            span_key INTEGER NOT NULL,
            event_sid TEXT NOT NULL,
            activity_sid TEXT NOT NULL,
            start_ms INTEGER NOT NULL,
            end_ms INTEGER NOT NULL,
            PRIMARY KEY (workspace_sid, scope_sid, span_level, span_key, event_sid)
        ) WITHOUT ROWID;
        CREATE TABLE statistics_rollups (
            workspace_sid TEXT NOT NULL,
            scope_sid TEXT NOT NULL,
            level INTEGER NOT NULL,
            bucket INTEGER NOT NULL,
            metric TEXT NOT NULL,
            dimension TEXT NOT NULL,
            count INTEGER NOT NULL,
            wait_count INTEGER NOT NULL,
            wait_total INTEGER NOT NULL,
            wait_min INTEGER,
            wait_max INTEGER,
            queue_wait_count INTEGER NOT NULL,
            queue_wait_total INTEGER NOT NULL,
            queue_wait_min INTEGER,
            queue_wait_max INTEGER,
            PRIMARY KEY (workspace_sid, scope_sid, level, bucket, metric, dimension)
        ) WITHOUT ROWID;
        """
}
