// swift-tools-version: 6.1
import PackageDescription

let strict: [SwiftSetting] = [
    .enableUpcomingFeature("InternalImportsByDefault"),
    .enableUpcomingFeature("ExistentialAny"),
]

let package = Package(
    name: "switchboard",
    platforms: [.macOS(.v15), .iOS(.v18), .tvOS(.v18)],
    products: [
        .executable(name: "switchboard", targets: ["switchboard"]),
        .library(name: "TaskRouter", targets: ["TaskRouter"]),
    ],
    dependencies: [
        .package(url: "https://github.com/hummingbird-project/hummingbird.git", exact: "2.28.1"),
        .package(url: "https://github.com/groue/GRDB.swift.git", exact: "7.10.0"),
        .package(url: "https://github.com/apple/swift-argument-parser.git", exact: "1.8.2"),
        .package(url: "https://github.com/apple/swift-log.git", from: "1.16.2"),
        .package(url: "https://github.com/swift-server/swift-service-lifecycle.git", exact: "2.13.0"),
        .package(url: "https://github.com/swift-server/async-http-client.git", exact: "1.37.0"),
        .package(url: "https://github.com/hummingbird-project/hummingbird-websocket.git", exact: "2.8.1"),
        .package(url: "https://github.com/hummingbird-project/swift-websocket.git", exact: "1.6.2"),
        .package(url: "https://github.com/apple/swift-crypto.git", "4.1.0"..<"5.0.0"),
    ],
    targets: [
        // Pure domain: SIDs, model, expression language, workflows, state machines. Foundation only.
        .target(name: "SwitchboardCore", swiftSettings: strict),
        // The storage seam: protocols and records.
        .target(name: "SwitchboardStore", dependencies: ["SwitchboardCore"], swiftSettings: strict),
        // The embedded default store.
        .target(
            name: "SwitchboardSQLite",
            dependencies: ["SwitchboardStore", "SwitchboardCore", .product(name: "GRDB", package: "GRDB.swift")],
            swiftSettings: strict
        ),
        // Workspace actors, group commit, timers.
        .target(
            name: "SwitchboardEngine",
            dependencies: [
                "SwitchboardCore", "SwitchboardStore",
                .product(name: "Logging", package: "swift-log"),
                .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
            ],
            swiftSettings: strict
        ),
        // The TaskRouter v1 wire format. Foundation only.
        .target(name: "TaskRouterWire", swiftSettings: strict),
        // The HTTP application and the composition root.
        .target(
            name: "SwitchboardServer",
            dependencies: [
                "SwitchboardEngine", "SwitchboardStore", "SwitchboardSQLite", "TaskRouterWire", "SwitchboardCore",
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "Logging", package: "swift-log"),
                // Outbound callbacks (event and assignment callbacks) use it; the engine only sees a protocol.
                .product(name: "AsyncHTTPClient", package: "async-http-client"),
                .product(name: "HummingbirdWebSocket", package: "hummingbird-websocket"),
                // HS256 verification of capability tokens.
                .product(name: "Crypto", package: "swift-crypto"),
            ],
            // The browser SDK (/sdk/taskrouter.js) and the web console (/console/), served as files.
            resources: [.copy("Assets/sdk"), .copy("Assets/console")],
            swiftSettings: strict
        ),
        // The Swift SDK: TaskRouter.js v1's Workspace API, over REST and the event bridge.
        .target(
            name: "TaskRouter",
            dependencies: [
                "TaskRouterWire",
                .product(name: "AsyncHTTPClient", package: "async-http-client"),
                .product(name: "WSClient", package: "swift-websocket"),
                .product(name: "Crypto", package: "swift-crypto"),
                .product(name: "Logging", package: "swift-log"),
            ],
            swiftSettings: strict
        ),
        .executableTarget(
            name: "switchboard",
            dependencies: [
                "SwitchboardServer", "TaskRouter",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ],
            swiftSettings: strict
        ),
        .target(
            name: "SwitchboardTesting",
            dependencies: [
                "SwitchboardServer", "SwitchboardEngine", "SwitchboardCore", "SwitchboardStore", "SwitchboardSQLite",
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "HummingbirdTesting", package: "hummingbird"),
                .product(name: "HummingbirdWSTesting", package: "hummingbird-websocket"),
            ],
            swiftSettings: strict
        ),
        .testTarget(name: "SwitchboardCoreTests", dependencies: ["SwitchboardCore"], swiftSettings: strict),
        .testTarget(name: "TaskRouterWireTests", dependencies: ["TaskRouterWire"], swiftSettings: strict),
        .testTarget(
            name: "TaskRouterTests",
            dependencies: ["TaskRouter", "TaskRouterWire", "SwitchboardTesting", "SwitchboardServer"],
            swiftSettings: strict
        ),
        .testTarget(
            name: "SwitchboardEngineTests",
            dependencies: ["SwitchboardEngine", "SwitchboardCore", "SwitchboardStore", "SwitchboardSQLite", "SwitchboardTesting"],
            swiftSettings: strict
        ),
        .testTarget(
            name: "SwitchboardSQLiteTests",
            dependencies: ["SwitchboardSQLite", "SwitchboardStore", "SwitchboardCore", "SwitchboardTesting",
                           .product(name: "GRDB", package: "GRDB.swift")],
            swiftSettings: strict
        ),
        .testTarget(
            name: "SwitchboardServerTests",
            dependencies: [
                "SwitchboardTesting", "SwitchboardServer", "SwitchboardCore", "TaskRouterWire",
                .product(name: "HummingbirdTesting", package: "hummingbird"),
                .product(name: "HummingbirdWSTesting", package: "hummingbird-websocket"),
                .product(name: "WSClient", package: "swift-websocket"),
            ],
            resources: [.copy("Golden")],
            swiftSettings: strict
        ),
    ]
)
