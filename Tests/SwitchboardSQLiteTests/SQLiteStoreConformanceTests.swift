import Foundation
import SwitchboardCore
import SwitchboardSQLite
import SwitchboardStore
import SwitchboardTesting
import Testing

@Suite struct SQLiteStoreConformanceTests {
    @Test(arguments: StoreConformance.checks)
    func inMemory(_ check: StoreConformance.Check) async throws {
        let store = try SQLiteStore(path: ":memory:")
        try await store.migrate()
        try await check.run(store)
    }

    @Test(arguments: StoreConformance.checks)
    func onDisk(_ check: StoreConformance.Check) async throws {
        let dir = try TemporaryDirectory("sb-store")
        defer { dir.remove() }
        let store = try SQLiteStore(path: dir.file("db.sqlite"))
        try await store.migrate()
        try await check.run(store)
    }

    @Test func dataSurvivesReopening() async throws {
        let dir = try TemporaryDirectory("sb-store")
        defer { dir.remove() }
        let path = dir.file("db.sqlite")
        do {
            let store = try SQLiteStore(path: path)
            try await store.migrate()
            var c = ChangeSet()
            c.append(.createAccount(.init(sid: "AC" + String(repeating: "1", count: 32), authToken: "t", friendlyName: "x", dateCreated: Date(timeIntervalSince1970: 0))))
            try await store.commit([c])
        }
        let reopened = try SQLiteStore(path: path)
        try await reopened.migrate()
        #expect(try await reopened.listAccounts().count == 1)
    }
}
