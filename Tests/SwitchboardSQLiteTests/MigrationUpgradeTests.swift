import Foundation
import GRDB
import SwitchboardCore
import SwitchboardStore
@testable import SwitchboardSQLite
import SwitchboardTesting
import Testing

/// A database created before migration 0004 (statistics in the event database) upgrades: its old
/// statistics tables go, and the statistics database counts the event log again.
@Suite struct MigrationUpgradeTests {
    @Test func aDatabaseFromBeforeTheStatisticsDatabaseUpgrades() async throws {
        let dir = try TemporaryDirectory("sb-upgrade")
        defer { dir.remove() }
        let path = dir.file("db.sqlite")
        do {
            // The schema as the previous release left it: migrations 0001 to 0003.
            let old = try DatabaseQueue(path: path)
            var migrator = DatabaseMigrator()
            for m in Migrations.all.prefix(3) { migrator.registerMigration(m.name) { db in try db.execute(sql: m.sql) } }
            try migrator.migrate(old)
        }
        let store = try SQLiteStore(path: path)
        try await store.migrate()
        var changes = ChangeSet()
        let at = Date(timeIntervalSince1970: 1_767_225_600)
        changes.record(WorkspaceEvent(
            sid: "EV" + String(repeating: "0", count: 31) + "1", workspaceSid: "WS1", accountSid: "AC1", eventType: "task.created",
            description: "created", eventDate: at, resourceType: "task", resourceSid: "WT1", actorType: "account",
            actorSid: "AC1", source: "api", sourceIpAddress: nil, data: ["task_sid": "WT1", "task_channel_sid": "TC1"]))
        try await store.commit([changes])
        let query = StatisticsQuery(workspaceSid: "WS1", scopes: [""], milliseconds: 1_767_225_600_000..<1_767_225_660_000)
        #expect(try await store.cumulativeStatistics(query)[""]?.count(.taskCreated) == 1)
        let oldTables = try await store.writer.read { db in
            try String.fetchAll(db, sql: "SELECT name FROM sqlite_master WHERE name LIKE 'statistics_%' ORDER BY name")
        }
        #expect(oldTables == ["statistics_deletions", "statistics_forget_workspace"])
        #expect(FileManager.default.fileExists(atPath: path + "-statistics"))
    }

    @Test func aLostStatisticsDatabaseIsCountedAgainFromTheEventLog() async throws {
        let dir = try TemporaryDirectory("sb-stats-lost")
        defer { dir.remove() }
        let path = dir.file("db.sqlite")
        let query = StatisticsQuery(workspaceSid: "WS1", scopes: [""], milliseconds: 1_767_225_600_000..<1_767_225_660_000)
        do {
            let store = try SQLiteStore(path: path)
            try await store.migrate()
            var changes = ChangeSet()
            for n in 1...3 {
                changes.record(WorkspaceEvent(
                    sid: "EV" + String(repeating: "0", count: 31) + String(n), workspaceSid: "WS1", accountSid: "AC1",
                    eventType: "task.created", description: "created", eventDate: Date(timeIntervalSince1970: 1_767_225_600 + Double(n)),
                    resourceType: "task", resourceSid: "WT\(n)", actorType: "account", actorSid: "AC1", source: "api",
                    sourceIpAddress: nil, data: ["task_sid": "WT\(n)", "task_channel_sid": "TC1"]))
            }
            try await store.commit([changes])
            #expect(try await store.cumulativeStatistics(query)[""]?.count(.taskCreated) == 3)
        }
        for suffix in ["-statistics", "-statistics-wal", "-statistics-shm"] {
            try? FileManager.default.removeItem(atPath: path + suffix)
        }
        let reopened = try SQLiteStore(path: path)
        try await reopened.migrate()
        #expect(try await reopened.cumulativeStatistics(query)[""]?.count(.taskCreated) == 3)
    }
}
