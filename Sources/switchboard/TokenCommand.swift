import ArgumentParser
import Foundation
import SwitchboardServer
import TaskRouter

/// `switchboard token workspace|worker|taskqueue`: mints TaskRouter v1 capability tokens, signed with an
/// account's auth token, with the policies Twilio's helper libraries give (the SDK's `TaskRouterCapability`).
struct TokenCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "token", abstract: "Mint a capability token (JWT) for TaskRouter.js and the SDKs.",
        discussion: """
            The token is printed on standard output. The account is --account-sid/--auth-token \
            (or SWITCHBOARD_ACCOUNT_SID/SWITCHBOARD_AUTH_TOKEN); without an auth token it is read from \
            the database file, and without an account SID the database's first account is used.
            Every token can open its channel's websocket and fetch its own resource; the --allow-* \
            flags add policies.
            """,
        subcommands: [Workspace.self, Worker.self, TaskQueue.self])

    struct Common: ParsableArguments {
        @Option(name: .customLong("account-sid"), help: "The account (default: SWITCHBOARD_ACCOUNT_SID, else the database's first account).") var accountSid: String?
        @Option(name: .customLong("auth-token"), help: "Its auth token (default: SWITCHBOARD_AUTH_TOKEN, else read from the database).") var authToken: String?
        @Option(help: "SQLite database file to read the account from (default ./switchboard.sqlite, or SWITCHBOARD_DATABASE).") var database: String?
        @Option(help: "Lifetime in seconds.") var ttl = 3600
        @Flag(name: .customLong("allow-fetch-subresources"), help: "GET resource/**.") var fetchSubresources = false
        @Flag(name: .customLong("allow-updates"), help: "POST resource.") var updates = false
        @Flag(name: .customLong("allow-updates-subresources"), help: "POST resource/**.") var updatesSubresources = false
        @Flag(name: .customLong("allow-delete"), help: "DELETE resource.") var delete = false
        @Flag(name: .customLong("allow-delete-subresources"), help: "DELETE resource/**.") var deleteSubresources = false

        func validate() throws {
            guard ttl > 0 else { throw ValidationError("--ttl must be positive") }
        }

        /// The account SID and auth token to sign with.
        func credentials() async throws -> (String, String) {
            let sid = accountSid ?? Environment.value("ACCOUNT_SID")
            if let sid, let token = authToken ?? Environment.value("AUTH_TOKEN") { return (sid, token) }
            let admin = try await AccountAdministration(database: database ?? Environment.value("DATABASE") ?? "./switchboard.sqlite")
            let accounts = try await admin.listAccounts()
            guard let account = sid.map({ sid in accounts.first { $0.sid == sid } }) ?? accounts.first else {
                throw ValidationError(sid.map { "no account \($0) in the database; pass --auth-token" } ?? "the database has no account")
            }
            return (account.sid, account.authToken)
        }

        /// Applies the five common capabilities, signs and prints.
        func mint(
            _ make: (String, String) throws -> TaskRouterCapability, extra: (inout TaskRouterCapability) -> Void = { _ in }
        ) async throws {
            let (sid, authToken) = try await credentials()
            var capability: TaskRouterCapability
            do {
                capability = try make(sid, authToken)
            } catch {
                throw ValidationError("\(error)")
            }
            if fetchSubresources { capability.allowFetchSubresources() }
            if updates { capability.allowUpdates() }
            if updatesSubresources { capability.allowUpdatesSubresources() }
            if delete { capability.allowDelete() }
            if deleteSubresources { capability.allowDeleteSubresources() }
            extra(&capability)
            print(capability.toJWT(ttl: ttl))
        }
    }

    struct Workspace: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "A token for a Workspace channel.")
        @Argument(help: "The workspace SID (WS…).") var workspaceSid: String
        @OptionGroup var common: Common

        func validate() throws { try requirePrefix(workspaceSid, "WS") }

        func run() async throws {
            try await common.mint { try .workspace(accountSid: $0, authToken: $1, workspaceSid: workspaceSid) }
        }
    }

    struct Worker: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "A token for a Worker channel.")
        @Argument(help: "The workspace SID (WS…).") var workspaceSid: String
        @Argument(help: "The worker SID (WK…).") var workerSid: String
        @OptionGroup var common: Common
        @Flag(name: .customLong("allow-activity-updates"), help: "POST the worker with ActivitySid only.") var activityUpdates = false
        @Flag(name: .customLong("allow-reservation-updates"), help: "POST Tasks/** and the worker's Reservations/**.") var reservationUpdates = false

        func validate() throws {
            try requirePrefix(workspaceSid, "WS")
            try requirePrefix(workerSid, "WK")
        }

        func run() async throws {
            try await common.mint({ try .worker(accountSid: $0, authToken: $1, workspaceSid: workspaceSid, workerSid: workerSid) }) {
                if activityUpdates { $0.allowActivityUpdates() }
                if reservationUpdates { $0.allowReservationUpdates() }
            }
        }
    }

    struct TaskQueue: AsyncParsableCommand {
        static let configuration = CommandConfiguration(commandName: "taskqueue", abstract: "A token for a TaskQueue channel.")
        @Argument(help: "The workspace SID (WS…).") var workspaceSid: String
        @Argument(help: "The task queue SID (WQ…).") var taskQueueSid: String
        @OptionGroup var common: Common

        func validate() throws {
            try requirePrefix(workspaceSid, "WS")
            try requirePrefix(taskQueueSid, "WQ")
        }

        func run() async throws {
            try await common.mint { try .taskQueue(accountSid: $0, authToken: $1, workspaceSid: workspaceSid, taskQueueSid: taskQueueSid) }
        }
    }
}

private func requirePrefix(_ sid: String, _ prefix: String) throws {
    guard sid.hasPrefix(prefix) else { throw ValidationError("\(sid) is not a \(prefix)… SID") }
}
