/// Migration 0002: the outbox of event callbacks.
enum Migration0002Outbox {
    static let name = "0002_outbox"
    static let sql = """
        CREATE TABLE outbox (
            id TEXT PRIMARY KEY NOT NULL,
            workspace_sid TEXT NOT NULL,
            next_attempt_ms INTEGER NOT NULL,
            body TEXT NOT NULL
        );
        CREATE INDEX outbox_by_due ON outbox (next_attempt_ms, id);
        """
}
