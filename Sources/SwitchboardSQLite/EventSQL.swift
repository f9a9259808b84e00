import GRDB
import SwitchboardStore

/// Builds the portable SQL of an event-log query (newest first, keyset paging on (date, sid)).
enum EventSQL {
    /// The statement, its arguments, and whether the rows come oldest-first and must be reversed.
    static func select(_ q: EventQuery) -> (String, StatementArguments, Bool) {
        var clauses = ["workspace_sid = ?"]
        var args: [any DatabaseValueConvertible] = [q.workspaceSid]
        func add(_ clause: String, _ values: any DatabaseValueConvertible...) {
            clauses.append(clause)
            args.append(contentsOf: values)
        }
        if let d = q.startDate { add("event_date_ms >= ?", Int64((d.timeIntervalSince1970 * 1000).rounded(.down))) }
        if let d = q.endDate { add("event_date_ms <= ?", Int64((d.timeIntervalSince1970 * 1000).rounded(.down)) + 999) }
        if let v = q.eventType { add("event_type = ?", v) }
        if let v = q.taskSid { add("task_sid = ?", v) }
        if let v = q.workerSid { add("worker_sid = ?", v) }
        if let v = q.reservationSid { add("reservation_sid = ?", v) }
        if let v = q.taskQueueSid { add("task_queue_sid = ?", v) }
        if let v = q.workflowSid { add("workflow_sid = ?", v) }
        if let v = q.taskChannel { add("(task_channel = ? OR task_channel_sid = ?)", v, v) }
        if let v = q.sid { add("sid = ?", v) }
        if let c = q.after { add("(event_date_ms < ? OR (event_date_ms = ? AND sid < ?))", c.eventDateMs, c.eventDateMs, c.sid) }
        let reversed = q.before != nil
        if let c = q.before { add("(event_date_ms > ? OR (event_date_ms = ? AND sid > ?))", c.eventDateMs, c.eventDateMs, c.sid) }
        let order = reversed ? "event_date_ms ASC, sid ASC" : "event_date_ms DESC, sid DESC"
        let sql = "SELECT body FROM events WHERE \(clauses.joined(separator: " AND ")) ORDER BY \(order) LIMIT \(max(0, q.limit))"
        return (sql, StatementArguments(args), reversed)
    }
}
