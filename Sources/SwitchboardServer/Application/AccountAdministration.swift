public import SwitchboardCore
import SwitchboardSQLite
import SwitchboardStore
public import SwitchboardEngine

/// Account management on a database file, for the CLI.
public struct AccountAdministration: Sendable {
    let store: SQLiteStore

    /// Opens (and migrates) the database at `database`.
    public init(database: String) async throws {
        store = try SQLiteStore(path: database)
        try await store.migrate()
    }

    /// Creates an account with a generated SID and auth token.
    public func createAccount(friendlyName: String, ids: any IdentifierGenerator = RandomIdentifierGenerator()) async throws -> Account {
        let account = Account(sid: ids.makeSID(.account), authToken: ids.makeSecret(), friendlyName: friendlyName,
                              dateCreated: SystemWallClock().now())
        var changes = ChangeSet()
        changes.append(.createAccount(account))
        try await store.commit([changes])
        return account
    }

    /// Every account.
    public func listAccounts() async throws -> [Account] { try await store.listAccounts() }
}
