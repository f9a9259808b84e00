/// The SDK re-exports the wire module: its statistics types (`WorkspaceStatistics`, …), the raw JSON
/// value `WireJSON`, and the capability policy types are part of this SDK's API.
///
/// ```swift
/// import TaskRouter
/// let stats: WorkspaceStatistics = try await workspace.statistics.fetch()
/// ```
@_exported import TaskRouterWire
