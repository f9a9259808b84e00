/// Migration 0001: accounts, resources (one JSON document per resource) and the event log.
enum Migration0001Initial {
    static let name = "0001_initial"
    static let sql = """
        CREATE TABLE accounts (
            sid TEXT PRIMARY KEY NOT NULL,
            auth_token TEXT NOT NULL,
            friendly_name TEXT NOT NULL,
            date_created_ms INTEGER NOT NULL
        );
        CREATE TABLE resources (
            sid TEXT PRIMARY KEY NOT NULL,
            kind TEXT NOT NULL,
            workspace_sid TEXT NOT NULL,
            body TEXT NOT NULL
        );
        CREATE INDEX resources_by_workspace ON resources (workspace_sid, kind);
        CREATE TABLE events (
            sid TEXT PRIMARY KEY NOT NULL,
            workspace_sid TEXT NOT NULL,
            event_type TEXT NOT NULL,
            event_date_ms INTEGER NOT NULL,
            task_sid TEXT,
            worker_sid TEXT,
            reservation_sid TEXT,
            task_queue_sid TEXT,
            workflow_sid TEXT,
            task_channel_sid TEXT,
            task_channel TEXT,
            body TEXT NOT NULL
        );
        CREATE INDEX events_by_date ON events (workspace_sid, event_date_ms, sid);
        CREATE INDEX events_by_task ON events (workspace_sid, task_sid, event_date_ms);
        CREATE INDEX events_by_worker ON events (workspace_sid, worker_sid, event_date_ms);
        CREATE INDEX events_by_type ON events (workspace_sid, event_type, event_date_ms);
        """
}
