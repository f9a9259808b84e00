import Foundation

/// Reads `SWITCHBOARD_<NAME>` settings, the fallback of every flag.
enum Environment {
    static func value(_ name: String) -> String? {
        ProcessInfo.processInfo.environment["SWITCHBOARD_\(name)"].flatMap { $0.isEmpty ? nil : $0 }
    }
}
