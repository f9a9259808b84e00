import Foundation
import GRDB
import SwitchboardCore
@testable import SwitchboardSQLite
import Testing

/// Checkpoints run beside the writer, never inside a commit.
@Suite struct WALCheckpointerTests {
    static func account(_ n: Int) -> ChangeSet {
        var c = ChangeSet()
        let sid = "AC" + String(repeating: "0", count: 32 - String(n).count) + String(n)
        c.append(.createAccount(.init(sid: sid, authToken: "t", friendlyName: "a\(n)", dateCreated: Date(timeIntervalSince1970: 0))))
        return c
    }

    @Test func commitsLeaveTheWALToTheCheckpointer() async throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("sb-wal-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        let store = try SQLiteStore(path: dir.appendingPathComponent("db.sqlite").path)
        try await store.migrate()
        let checkpointer = try #require(store.checkpointer)
        // No automatic checkpoint on the writer's connection.
        let automatic = try await store.writer.read { db in try Int.fetchOne(db, sql: "PRAGMA wal_autocheckpoint") }
        #expect(automatic == 0)
        for n in 1...10 { try await store.commit([Self.account(n)]) }
        let result = try await checkpointer.checkpoint()
        #expect(result.walFrameCount >= 10, "each commit appended to the WAL")
        #expect(result.checkpointedFrameCount == result.walFrameCount, "with no reader, everything is copied")
        #expect(try await store.listAccounts().count == 10)
    }

    @Test func theStoreIsReadableAfterReopeningWithoutACheckpoint() async throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("sb-wal-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        let path = dir.appendingPathComponent("db.sqlite").path
        do {
            let store = try SQLiteStore(path: path)
            try await store.migrate()
            for n in 1...5 { try await store.commit([Self.account(n)]) }
        }
        let reopened = try SQLiteStore(path: path)
        #expect(try await reopened.listAccounts().count == 5)
    }
}
