import Foundation
import Logging

/// The browser SDK and the web console, read once from the asset folders `sdk/` and `console/`.
///
/// The folders are resources of this target (`.copy` in Package.swift), found next to the
/// executable (`switchboard_SwitchboardServer.resources`, as `swift build` lays them out), in a
/// folder named by `SWITCHBOARD_ASSETS_DIR` (handy while editing the JavaScript), or in the source
/// tree this binary was built from. The SDK is the concatenation of the files `sdk/parts.txt` lists.
///
///     let catalog = AssetCatalog.load()
///     catalog.sdk          // GET /sdk/taskrouter.js
///     catalog.console["index.html"]
struct AssetCatalog: Sendable {
    let sdk: StaticAsset?
    let console: [String: StaticAsset]
    /// Where the files came from, or why nothing was found.
    let origin: String

    /// Read once per process (the files do not change while the server runs).
    static let shared = AssetCatalog.load()

    static let sdkCacheControl = "public, max-age=300"
    static let consoleCacheControl = "no-cache"

    /// Reads the first asset folder found; an empty catalog (and a reason) when there is none.
    static func load(logger: Logger? = nil) -> AssetCatalog {
        for root in candidateRoots() where FileManager.default.fileExists(atPath: root.appendingPathComponent("sdk/parts.txt").path) {
            do {
                let catalog = try load(from: root)
                logger?.debug("assets loaded", metadata: ["from": "\(root.path)"])
                return catalog
            } catch {
                logger?.error("assets could not be read", metadata: ["from": "\(root.path)", "error": "\(error)"])
                return AssetCatalog(sdk: nil, console: [:], origin: "unreadable assets at \(root.path): \(error)")
            }
        }
        let tried = candidateRoots().map(\.path).joined(separator: ", ")
        logger?.warning("browser SDK and console assets not found", metadata: ["tried": "\(tried)"])
        return AssetCatalog(sdk: nil, console: [:], origin: "no asset folder found (tried \(tried))")
    }

    /// Reads `root/sdk` (bundled into one script) and every file under `root/console`.
    static func load(from root: URL) throws -> AssetCatalog {
        let sdkData = try SDKBundle.concatenate(folder: root.appendingPathComponent("sdk"))
        let sdk = StaticAsset(data: sdkData, contentType: "text/javascript; charset=utf-8", cacheControl: sdkCacheControl)
        var console: [String: StaticAsset] = [:]
        let consoleRoot = root.appendingPathComponent("console")
        for relative in try files(under: consoleRoot) {
            let data = try Data(contentsOf: consoleRoot.appendingPathComponent(relative))
            console[relative] = StaticAsset(
                data: data, contentType: StaticAsset.contentType(forFileNamed: relative), cacheControl: consoleCacheControl)
        }
        return AssetCatalog(sdk: sdk, console: console, origin: root.path)
    }

    /// Relative paths of the regular files below `folder` (no hidden files).
    static func files(under folder: URL) throws -> [String] {
        guard let walker = FileManager.default.enumerator(atPath: folder.path) else { return [] }
        var paths: [String] = []
        while let relative = walker.nextObject() as? String {
            var isDirectory: ObjCBool = false
            let full = folder.appendingPathComponent(relative).path
            guard FileManager.default.fileExists(atPath: full, isDirectory: &isDirectory), !isDirectory.boolValue else { continue }
            if relative.split(separator: "/").contains(where: { $0.hasPrefix(".") }) { continue }
            paths.append(relative)
        }
        return paths.sorted()
    }

    /// Folders that may hold `sdk/` and `console/`, most specific first.
    static func candidateRoots() -> [URL] {
        var roots: [URL] = []
        if let override = ProcessInfo.processInfo.environment["SWITCHBOARD_ASSETS_DIR"], !override.isEmpty {
            roots.append(URL(fileURLWithPath: override))
        }
        var directories = [Bundle.main.bundleURL]
        if let executable = Bundle.main.executableURL?.resolvingSymlinksInPath() {
            directories.insert(executable.deletingLastPathComponent(), at: 0)
        }
        for directory in directories {
            roots.append(directory.appendingPathComponent("switchboard_SwitchboardServer.resources"))
            roots.append(directory.appendingPathComponent("switchboard_SwitchboardServer.bundle/Contents/Resources"))
            roots.append(directory.appendingPathComponent("switchboard_SwitchboardServer.bundle"))
        }
        roots.append(URL(fileURLWithPath: #filePath).deletingLastPathComponent())
        return roots
    }
}
