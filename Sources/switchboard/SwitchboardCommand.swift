import ArgumentParser

/// `switchboard`: a self-hostable task router that speaks Twilio TaskRouter v1.
@main
struct SwitchboardCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "switchboard",
        abstract: "A self-hostable task router that speaks Twilio TaskRouter v1.",
        subcommands: [ServeCommand.self, AccountsCommand.self, BenchCommand.self, TokenCommand.self])
}
