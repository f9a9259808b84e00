import ArgumentParser
import Foundation
import Logging
import SwitchboardServer

/// `switchboard serve`: runs the server until SIGINT or SIGTERM.
struct ServeCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "serve",
        abstract: "Run the TaskRouter v1 server.",
        discussion: """
            Every option can also be set with an environment variable SWITCHBOARD_<NAME> \
            (SWITCHBOARD_HOST, SWITCHBOARD_PORT, SWITCHBOARD_DATABASE, SWITCHBOARD_PUBLIC_URL, \
            SWITCHBOARD_ACCOUNT_SID, SWITCHBOARD_AUTH_TOKEN, SWITCHBOARD_CORS_ORIGINS, SWITCHBOARD_LOG_LEVEL). \
            When ready, prints one line `switchboard listening on http://HOST:PORT` on standard output.
            """)

    @Option(help: "Address to bind (default 127.0.0.1).") var host: String?
    @Option(help: "Port to bind; 0 picks a free port (default 8080).") var port: Int?
    @Option(help: "SQLite database file, or :memory: (default ./switchboard.sqlite).") var database: String?
    @Option(name: .customLong("public-url"), help: "Base of every absolute URL in responses (default http://HOST:PORT).") var publicURL: String?
    @Option(name: .customLong("account-sid"), help: "Fix the bootstrap account's SID (AC + 32 hex digits).") var accountSid: String?
    @Option(name: .customLong("auth-token"), help: "Fix the bootstrap account's auth token.") var authToken: String?
    @Flag(name: .customLong("relaxed-durability"), help: "SQLite synchronous=NORMAL: survives a crash of the process, not of the machine.") var relaxedDurability = false
    @Option(name: .customLong("cors-origins"), help: "Browser origins allowed by CORS, comma-separated; * for any (default), none for no CORS headers.") var corsOrigins: String?
    @Option(name: .customLong("log-level"), help: "trace, debug, info, notice, warning, error or critical (default info).") var logLevel: String?

    func run() async throws {
        let level = Logger.Level(rawValue: logLevel ?? Environment.value("LOG_LEVEL") ?? "info") ?? .info
        LoggingSystem.bootstrap { label in
            var handler = StreamLogHandler.standardError(label: label)
            handler.logLevel = level
            return handler
        }
        var config = ServerConfiguration()
        config.host = host ?? Environment.value("HOST") ?? config.host
        if let p = port ?? Environment.value("PORT").flatMap(Int.init) { config.port = p }
        config.database = database ?? Environment.value("DATABASE") ?? config.database
        config.publicURL = publicURL ?? Environment.value("PUBLIC_URL")
        config.accountSid = accountSid ?? Environment.value("ACCOUNT_SID")
        config.authToken = authToken ?? Environment.value("AUTH_TOKEN")
        config.relaxedDurability = relaxedDurability || Environment.value("RELAXED_DURABILITY") == "true"
        if let origins = corsOrigins ?? Environment.value("CORS_ORIGINS") { config.corsOrigins = CORSOrigins(parsing: origins) }
        guard (0...65535).contains(config.port) else { throw ValidationError("--port must be between 0 and 65535") }

        let built: SwitchboardApplication
        do {
            built = try await buildApplication(config) { host, port in
                // Unbuffered: the line reaches a pipe at once.
                FileHandle.standardOutput.write(Data("switchboard listening on http://\(host):\(port)\n".utf8))
            }
        } catch let error as ConfigurationError {
            throw ValidationError(error.description)
        }
        if built.generatedCredentials {
            FileHandle.standardError.write(Data("""
                switchboard: created the bootstrap account
                  account_sid: \(built.bootstrapAccount.sid)
                  auth_token:  \(built.bootstrapAccount.authToken)

                """.utf8))
        } else {
            FileHandle.standardError.write(Data("switchboard: bootstrap account \(built.bootstrapAccount.sid)\n".utf8))
        }
        try await built.application.runService()
    }
}
