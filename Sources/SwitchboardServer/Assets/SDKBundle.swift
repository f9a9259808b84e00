import Foundation

/// Builds `/sdk/taskrouter.js` from its parts: the files named in `sdk/parts.txt`, in that order,
/// joined verbatim (the first part opens the wrapping function, the last one closes it).
/// `tests/js/load-sdk.js` does the same for the Node unit tests.
enum SDKBundle {
    struct MissingPart: Error, CustomStringConvertible {
        let name: String
        var description: String { "sdk/parts.txt names \(name), which is not in the sdk folder" }
    }

    /// The part file names listed in `parts.txt` (blank lines and `#` comments skipped).
    static func partNames(_ manifest: String) -> [String] {
        manifest.split(whereSeparator: \.isNewline).compactMap { line in
            let name = line.split(separator: "#", maxSplits: 1, omittingEmptySubsequences: false).first?
                .trimmingCharacters(in: .whitespaces) ?? ""
            return name.isEmpty ? nil : name
        }
    }

    static func concatenate(folder: URL) throws -> Data {
        let manifest = try String(contentsOf: folder.appendingPathComponent("parts.txt"), encoding: .utf8)
        var bundle = Data()
        for name in partNames(manifest) {
            let url = folder.appendingPathComponent(name)
            guard FileManager.default.fileExists(atPath: url.path) else { throw MissingPart(name: name) }
            bundle.append(try Data(contentsOf: url))
            if bundle.last != UInt8(ascii: "\n") { bundle.append(UInt8(ascii: "\n")) }
        }
        return bundle
    }
}
