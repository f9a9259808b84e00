/// The path templates of the API, to tell "unknown path" (404) from "known path, wrong method" (405).
enum RouteTable {
    static let templates: [[String]] = [
        "/v1/Workspaces", "/v1/Workspaces/*", "/v1/Workspaces/*/Statistics", "/v1/Workspaces/*/RealTimeStatistics",
        "/v1/Workspaces/*/CumulativeStatistics", "/v1/Workspaces/*/Activities", "/v1/Workspaces/*/Activities/*",
        "/v1/Workspaces/*/TaskChannels", "/v1/Workspaces/*/TaskChannels/*", "/v1/Workspaces/*/TaskQueues",
        "/v1/Workspaces/*/TaskQueues/*", "/v1/Workspaces/*/TaskQueues/*/Statistics",
        "/v1/Workspaces/*/TaskQueues/*/RealTimeStatistics", "/v1/Workspaces/*/TaskQueues/*/CumulativeStatistics",
        "/v1/Workspaces/*/Workflows", "/v1/Workspaces/*/Workflows/*", "/v1/Workspaces/*/Workflows/*/Statistics",
        "/v1/Workspaces/*/Workflows/*/RealTimeStatistics", "/v1/Workspaces/*/Workflows/*/CumulativeStatistics",
        "/v1/Workspaces/*/Workers", "/v1/Workspaces/*/Workers/*", "/v1/Workspaces/*/Workers/*/Statistics",
        "/v1/Workspaces/*/Workers/*/Channels", "/v1/Workspaces/*/Workers/*/Channels/*",
        "/v1/Workspaces/*/Workers/*/Reservations", "/v1/Workspaces/*/Workers/*/Reservations/*",
        "/v1/Workspaces/*/Tasks", "/v1/Workspaces/*/Tasks/*", "/v1/Workspaces/*/Tasks/*/Reservations",
        "/v1/Workspaces/*/Tasks/*/Reservations/*", "/v1/Workspaces/*/Events", "/v1/Workspaces/*/Events/*",
        "/v1/wschannels/*/*", "/health", "/metrics",
    ].map { $0.split(separator: "/").map(String.init) }

    /// Whether some template matches `path` (any method).
    static func isKnown(_ path: String) -> Bool {
        var segments = path.split(separator: "/", omittingEmptySubsequences: true).map(String.init)
        if path.hasSuffix("/"), !segments.isEmpty { segments = segments.filter { !$0.isEmpty } }
        return templates.contains { t in
            t.count == segments.count && zip(t, segments).allSatisfy { $0 == "*" || $0 == $1 }
        }
    }
}
