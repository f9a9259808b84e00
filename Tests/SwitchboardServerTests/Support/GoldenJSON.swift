import Foundation
import Testing

/// Byte-for-byte comparison of response bodies with the files in `Golden/`.
///
///     try Golden.expect(fetched.body, matches: "activity")   // compares with Golden/activity.json
///
/// Run with `SWITCHBOARD_RECORD_GOLDEN=1` to (re)write the files into the source tree instead; review every
/// changed file against spec/rest-api.md before committing it, then run again without the variable (the test
/// bundle copies `Golden/` at build time, so the new files are picked up by the next build).
enum Golden {
    /// Whether this run records goldens instead of comparing with them.
    static var recording: Bool { ProcessInfo.processInfo.environment["SWITCHBOARD_RECORD_GOLDEN"] == "1" }

    /// `Tests/SwitchboardServerTests/Golden` in the source tree.
    static let sourceDirectory = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("Golden")

    /// Compares `body` with `Golden/<name>.json` (or writes it when recording).
    static func expect(_ body: String, matches name: String, sourceLocation: SourceLocation = #_sourceLocation) throws {
        if recording {
            try FileManager.default.createDirectory(at: sourceDirectory, withIntermediateDirectories: true)
            try Data(body.utf8).write(to: sourceDirectory.appendingPathComponent("\(name).json"))
            return
        }
        guard let url = Bundle.module.url(forResource: name, withExtension: "json", subdirectory: "Golden") else {
            Issue.record("Missing golden Golden/\(name).json; record it with SWITCHBOARD_RECORD_GOLDEN=1", sourceLocation: sourceLocation)
            return
        }
        let expected = try String(contentsOf: url, encoding: .utf8)
        #expect(body == expected, "body differs from Golden/\(name).json", sourceLocation: sourceLocation)
    }
}
