import Foundation
import GRDB
import Synchronization
public import SwitchboardCore
public import SwitchboardStore

/// The embedded default store: SQLite in WAL mode through GRDB, one JSON document per resource.
///
///     let store = try SQLiteStore(path: "./switchboard.sqlite")
///     try await store.migrate()
public final class SQLiteStore: SwitchboardStore {
    /// How hard SQLite pushes commits to disk.
    public enum Durability: String, Sendable {
        /// `synchronous=FULL`: every commit survives a power cut (the default).
        case full
        /// `synchronous=NORMAL`: commits survive a process crash, not a power cut.
        case normal
    }

    let writer: any DatabaseWriter
    /// The statistics database (`<path>-statistics`, the event database attached as `events_db`), or
    /// `writer` itself in memory. Derived data: its writes never wait for, or hold up, group commits.
    let statistics: any DatabaseWriter
    /// Runs WAL checkpoints beside the writer (nil in memory).
    let checkpointer: WALCheckpointer?
    /// Events per statistics roll-up batch, adapted to the time a batch takes (see `rollUpStatistics`).
    let rollupBatchSize = Mutex<Int64>(256)
    let encoder = JSONEncoder()
    let decoder = JSONDecoder()

    /// Opens (creating if needed) the database at `path`; `:memory:` keeps it in memory.
    public convenience init(path: String, durability: Durability = .full) throws {
        try self.init(path: path, durability: durability, walFrameLimit: 4_096)
    }

    /// `walFrameLimit`: WAL frames past which a checkpoint makes the WAL start over (see `WALCheckpointer`).
    init(path: String, durability: Durability, walFrameLimit: Int) throws {
        var config = Configuration()
        config.prepareDatabase { db in
            try db.execute(sql: "PRAGMA synchronous = \(durability == .full ? "FULL" : "NORMAL")")
            try db.execute(sql: "PRAGMA foreign_keys = ON")
            // The statistics roll-up's scratch tables live in memory, not in a temporary file.
            try db.execute(sql: "PRAGMA temp_store = MEMORY")
            // Checkpoints are the checkpointer's job, never a commit's (see WALCheckpointer).
            try db.execute(sql: "PRAGMA wal_autocheckpoint = 0")
            // When the WAL starts again from its beginning, the file is cut back to 64 MiB.
            try db.execute(sql: "PRAGMA journal_size_limit = 67108864")
        }
        config.busyMode = .timeout(10)
        if path == ":memory:" {
            let queue = try DatabaseQueue(configuration: config)
            writer = queue
            statistics = queue
            checkpointer = nil
        } else {
            let pool = try DatabasePool(path: path, configuration: config)
            writer = pool
            checkpointer = try WALCheckpointer(path: path, writer: pool, frameLimit: walFrameLimit)
            var stats = Configuration()
            stats.prepareDatabase { db in
                // Derived data, counted again from the event log if lost: a crash may only cost recent work.
                try db.execute(sql: "PRAGMA synchronous = NORMAL")
                try db.execute(sql: "PRAGMA temp_store = MEMORY")
                try db.execute(sql: "ATTACH DATABASE ? AS events_db", arguments: [path])
            }
            stats.busyMode = .timeout(10)
            statistics = try DatabasePool(path: path + "-statistics", configuration: stats)
        }
    }

    public func migrate() async throws {
        var migrator = DatabaseMigrator()
        for m in Migrations.all {
            migrator.registerMigration(m.name) { db in try db.execute(sql: m.sql) }
        }
        try migrator.migrate(writer)
        var statisticsMigrator = DatabaseMigrator()
        for m in StatisticsMigrations.all {
            statisticsMigrator.registerMigration(m.name) { db in try db.execute(sql: m.sql) }
        }
        try statisticsMigrator.migrate(statistics)
    }

    public func commit(_ batch: [ChangeSet]) async throws {
        let encoded = try batch.flatMap { try $0.changes.map(encode) }
        try await writer.write { db in
            for change in encoded { try change.run(db) }
        }
        checkpointer?.written()
    }

    public func listAccounts() async throws -> [Account] {
        try await writer.read { db in
            try Row.fetchAll(db, sql: "SELECT * FROM accounts ORDER BY date_created_ms, sid").map(Self.account)
        }
    }

    public func fetchAccount(sid: String) async throws -> Account? {
        try await writer.read { db in
            try Row.fetchOne(db, sql: "SELECT * FROM accounts WHERE sid = ?", arguments: [sid]).map(Self.account)
        }
    }

    public func loadWorkspaces() async throws -> [String: [StoredResource]] {
        let rows = try await writer.read { db in
            try Row.fetchAll(db, sql: "SELECT workspace_sid, body FROM resources").map { ($0["workspace_sid"] as String, $0["body"] as String) }
        }
        var grouped: [String: [StoredResource]] = [:]
        for (workspaceSid, body) in rows {
            grouped[workspaceSid, default: []].append(try decoder.decode(StoredResource.self, from: Data(body.utf8)))
        }
        return grouped
    }

    public func listEvents(_ query: EventQuery) async throws -> [WorkspaceEvent] {
        let (sql, arguments, reversed) = EventSQL.select(query)
        let bodies = try await writer.read { db in try String.fetchAll(db, sql: sql, arguments: arguments) }
        let events = try bodies.map { try decoder.decode(WorkspaceEvent.self, from: Data($0.utf8)) }
        return reversed ? events.reversed() : events
    }

    public func fetchEvent(workspaceSid: String, sid: String) async throws -> WorkspaceEvent? {
        let body = try await writer.read { db in
            try String.fetchOne(db, sql: "SELECT body FROM events WHERE workspace_sid = ? AND sid = ?", arguments: [workspaceSid, sid])
        }
        return try body.map { try decoder.decode(WorkspaceEvent.self, from: Data($0.utf8)) }
    }

    static func account(_ row: Row) -> Account {
        Account(sid: row["sid"], authToken: row["auth_token"], friendlyName: row["friendly_name"],
                dateCreated: Date(timeIntervalSince1970: Double(row["date_created_ms"] as Int64) / 1000))
    }
}
