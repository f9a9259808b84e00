public import Foundation
import GRDB
public import SwitchboardCore

/// The outbox of event callbacks: one row per pending delivery, indexed by due time.
extension SQLiteStore {
    public func dueDeliveries(at now: Date, limit: Int) async throws -> [OutboxEntry] {
        let bodies = try await writer.read { db in
            try String.fetchAll(db, sql: "SELECT body FROM outbox WHERE next_attempt_ms <= ? ORDER BY next_attempt_ms, id LIMIT ?",
                                arguments: [Self.milliseconds(now), limit])
        }
        return try bodies.map { try decoder.decode(OutboxEntry.self, from: Data($0.utf8)) }
    }

    public func removeDelivery(id: String) async throws {
        try await writer.write { db in try db.execute(sql: "DELETE FROM outbox WHERE id = ?", arguments: [id]) }
        checkpointer?.written()
    }

    public func rescheduleDelivery(id: String, attempts: Int, nextAttemptAt: Date) async throws {
        let body = try await writer.read { db in try String.fetchOne(db, sql: "SELECT body FROM outbox WHERE id = ?", arguments: [id]) }
        guard let body else { return }
        var entry = try decoder.decode(OutboxEntry.self, from: Data(body.utf8))
        entry.attempts = attempts
        entry.nextAttemptAt = nextAttemptAt
        let updated = String(decoding: try encoder.encode(entry), as: UTF8.self)
        try await writer.write { db in
            try db.execute(sql: "UPDATE outbox SET next_attempt_ms = ?, body = ? WHERE id = ?",
                           arguments: [Self.milliseconds(nextAttemptAt), updated, id])
        }
        checkpointer?.written()
    }

    public func nextDeliveryDate() async throws -> Date? {
        let ms = try await writer.read { db in try Int64.fetchOne(db, sql: "SELECT MIN(next_attempt_ms) FROM outbox") }
        return ms.map { Date(timeIntervalSince1970: Double($0) / 1000) }
    }

    static func milliseconds(_ date: Date) -> Int64 { Int64((date.timeIntervalSince1970 * 1000).rounded(.down)) }
}
