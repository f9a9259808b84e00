import Foundation
import GRDB
import SwitchboardCore
@testable import SwitchboardSQLite
import SwitchboardTesting
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
        let dir = try TemporaryDirectory("sb-wal")
        defer { dir.remove() }
        let store = try SQLiteStore(path: dir.file("db.sqlite"))
        try await store.migrate()
        let checkpointer = try #require(store.checkpointer)
        // No automatic checkpoint on the writer's connection.
        let automatic = try await store.writer.read { db in try Int.fetchOne(db, sql: "PRAGMA wal_autocheckpoint") }
        #expect(automatic == 0)
        for n in 1...10 { try await store.commit([Self.account(n)]) }
        let result = try await checkpointer.checkpoint(complete: true)
        #expect(result.walFrameCount >= 10, "each commit appended to the WAL")
        #expect(result.checkpointedFrameCount == result.walFrameCount, "with no reader, everything is copied")
        #expect(try await store.listAccounts().count == 10)
    }

    @Test func theWALStartsOverUnderContinuousCommits() async throws {
        // Background checkpoints race with the commits that keep coming; the writer's step makes each one
        // complete, so the WAL file stays small instead of holding every commit since the start.
        let dir = try TemporaryDirectory("sb-wal")
        defer { dir.remove() }
        let path = dir.file("db.sqlite")
        let store = try SQLiteStore(path: path, durability: .full, walFrameLimit: 256)
        try await store.migrate()
        let padding = String(repeating: "x", count: 4_000)
        for n in 1...1_500 {
            var c = ChangeSet()
            let sid = "AC" + String(repeating: "0", count: 32 - String(n).count) + String(n)
            c.append(.createAccount(.init(sid: sid, authToken: "t", friendlyName: padding, dateCreated: Date(timeIntervalSince1970: 0))))
            try await store.commit([c])
        }
        let checkpointer = try #require(store.checkpointer)
        await checkpointer.waitUntilIdle()
        try await store.commit([Self.account(1_501)])
        let walBytes = try FileManager.default.attributesOfItem(atPath: path + "-wal")[.size] as? Int ?? 0
        // 1,500 commits of a 4 KB row each leave a WAL of about 26 MB when it never starts over; with a
        // limit of 256 frames (1 MB) it starts over about every 128 commits (2 MB).
        #expect(walBytes < 4_000_000, "WAL holds \(walBytes) bytes")
        #expect(try await store.listAccounts().count == 1_501)
    }

    @Test func theStoreIsReadableAfterReopeningWithoutACheckpoint() async throws {
        let dir = try TemporaryDirectory("sb-wal")
        defer { dir.remove() }
        let path = dir.file("db.sqlite")
        do {
            let store = try SQLiteStore(path: path)
            try await store.migrate()
            for n in 1...5 { try await store.commit([Self.account(n)]) }
        }
        let reopened = try SQLiteStore(path: path)
        #expect(try await reopened.listAccounts().count == 5)
    }
}
