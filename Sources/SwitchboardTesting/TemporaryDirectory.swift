public import Foundation

/// A new, empty directory under the system's temporary directory, for tests that need real files.
///
///     let dir = try TemporaryDirectory("sb-wal")
///     defer { dir.remove() }
///     let store = try SQLiteStore(path: dir.file("db.sqlite"))
public struct TemporaryDirectory: Sendable {
    public let path: String

    /// Creates `<tmp>/<prefix>-<UUID>`.
    public init(_ prefix: String) throws {
        path = FileManager.default.temporaryDirectory.appendingPathComponent("\(prefix)-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    }

    /// The path of `name` inside the directory.
    public func file(_ name: String) -> String { (path as NSString).appendingPathComponent(name) }

    /// The names of what the directory holds now.
    public func contents() throws -> [String] { try FileManager.default.contentsOfDirectory(atPath: path) }

    /// Removes the directory and everything in it.
    public func remove() { try? FileManager.default.removeItem(atPath: path) }
}
