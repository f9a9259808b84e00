import ArgumentParser
import Foundation
import SwitchboardServer

/// `switchboard accounts create|list`: manage accounts in a database file (also while a server runs on it).
struct AccountsCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "accounts", abstract: "Create and list accounts.",
        subcommands: [Create.self, List.self])

    struct Create: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Create an account and print its SID and auth token.")
        @Option(help: "SQLite database file (default ./switchboard.sqlite, or SWITCHBOARD_DATABASE).") var database: String?
        @Option(name: .customLong("friendly-name"), help: "A name for the account.") var friendlyName = "Account"

        func run() async throws {
            let admin = try await AccountAdministration(database: database ?? Environment.value("DATABASE") ?? "./switchboard.sqlite")
            let account = try await admin.createAccount(friendlyName: friendlyName)
            print("account_sid: \(account.sid)")
            print("auth_token: \(account.authToken)")
        }
    }

    struct List: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "List the accounts' SIDs and names.")
        @Option(help: "SQLite database file (default ./switchboard.sqlite, or SWITCHBOARD_DATABASE).") var database: String?

        func run() async throws {
            let admin = try await AccountAdministration(database: database ?? Environment.value("DATABASE") ?? "./switchboard.sqlite")
            for account in try await admin.listAccounts() { print("\(account.sid)  \(account.friendlyName)") }
        }
    }
}
