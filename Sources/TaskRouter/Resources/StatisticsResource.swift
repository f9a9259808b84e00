/// A statistics endpoint (`statistics`, `realtimeStats`, `cumulativeStats`): TaskRouter.js v1's
/// statistics object, with only `fetch`.
///
/// ```swift
/// let stats = try await workspace.statistics.fetch(["Minutes": "240"])
/// print(stats.cumulative?.tasksCreated ?? 0)
/// ```
/// A server without statistics answers 501, thrown as ``TaskRouterError/notImplemented(message:twilioCode:)``.
public struct StatisticsResource<Value: Sendable>: Sendable {
    /// The endpoint URL, e.g. `{apiBase}/Workspaces/WS…/Statistics`.
    public var url: String { location.url }
    let location: ResourceLocation
    let read: @Sendable (WireJSON, ResourceLocation) throws(TaskRouterError) -> Value

    /// Fetches the statistics with the endpoint's defaults.
    public func fetch() async throws(TaskRouterError) -> Value {
        try await fetch([:])
    }

    /// Fetches the statistics with query parameters such as `Minutes`, `StartDate`, `TaskChannel`.
    public func fetch(_ query: Parameters) async throws(TaskRouterError) -> Value {
        let json = try await location.bridge.send("GET", url, params: query.isEmpty ? nil : query)
        return try read(json, location)
    }
}

extension StatisticsResource where Value: Decodable {
    /// A single statistics object at `location/path`.
    init(_ location: ResourceLocation, _ path: String) {
        self.location = location.appending(path)
        read = { json, _ throws(TaskRouterError) in try json.decode(Value.self) }
    }
}

extension StatisticsResource {
    /// A paged statistics list at `location/path` (e.g. `TaskQueues/Statistics`).
    init<Item: Decodable & Sendable>(list location: ResourceLocation, _ path: String) where Value == ResourceList<Item> {
        self.location = location.appending(path)
        let loader = ResourceList<Item>.Loader(bridge: location.bridge) { json throws(TaskRouterError) in
            try json.decode(Item.self)
        }
        read = { json, _ throws(TaskRouterError) in try ResourceList(json: json, loader: loader) }
    }
}
