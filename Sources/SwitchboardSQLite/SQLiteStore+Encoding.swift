import Foundation
import GRDB
import SwitchboardCore

/// A change turned into SQL, encoded before the write transaction starts.
struct EncodedChange: Sendable {
    let sql: String
    let arguments: StatementArguments
    /// One statement, prepared once per connection and reused (most changes); else several, prepared each time.
    var single = true

    func run(_ db: Database) throws {
        if single {
            try db.cachedStatement(sql: sql).execute(arguments: arguments)
        } else {
            try db.execute(sql: sql, arguments: arguments)
        }
    }
}

extension SQLiteStore {
    func encode(_ change: Change) throws -> EncodedChange {
        switch change {
        case .createAccount(let a):
            return EncodedChange(
                sql: """
                    INSERT INTO accounts (sid, auth_token, friendly_name, date_created_ms) VALUES (?, ?, ?, ?)
                    ON CONFLICT (sid) DO UPDATE SET auth_token = excluded.auth_token
                    """,
                arguments: [a.sid, a.authToken, a.friendlyName, Int64(a.dateCreated.timeIntervalSince1970 * 1000)])
        case .upsert(let r):
            let body = String(decoding: try encoder.encode(r), as: UTF8.self)
            return EncodedChange(
                sql: """
                    INSERT INTO resources (sid, kind, workspace_sid, body) VALUES (?, ?, ?, ?)
                    ON CONFLICT (sid) DO UPDATE SET kind = excluded.kind, workspace_sid = excluded.workspace_sid, body = excluded.body
                    """,
                arguments: [r.sid, r.kind.rawValue, r.workspaceSid, body])
        case .delete(_, let sid):
            return EncodedChange(sql: "DELETE FROM resources WHERE sid = ?", arguments: [sid])
        case .deleteWorkspace(let sid):
            return EncodedChange(
                sql: """
                    DELETE FROM resources WHERE workspace_sid = ?; DELETE FROM events WHERE workspace_sid = ?;
                    DELETE FROM outbox WHERE workspace_sid = ?
                    """,
                arguments: [sid, sid, sid], single: false)
        case .enqueueDelivery(let entry):
            let body = String(decoding: try encoder.encode(entry), as: UTF8.self)
            return EncodedChange(
                sql: "INSERT OR REPLACE INTO outbox (id, workspace_sid, next_attempt_ms, body) VALUES (?, ?, ?, ?)",
                arguments: [entry.id, entry.workspaceSid, Self.milliseconds(entry.nextAttemptAt), body])
        case .appendEvent(let e):
            let body = e.storedJSON()
            return EncodedChange(
                sql: """
                    INSERT INTO events (sid, workspace_sid, event_type, event_date_ms, task_sid, worker_sid, reservation_sid,
                                        task_queue_sid, workflow_sid, task_channel_sid, task_channel, body)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                    """,
                arguments: [e.sid, e.workspaceSid, e.eventType, e.eventDateMs, e.taskSid, e.workerSid, e.reservationSid,
                            e.taskQueueSid, e.workflowSid, e.data["task_channel_sid"], e.taskChannelUniqueName, body])
        }
    }
}
