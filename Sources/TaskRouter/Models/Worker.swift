/// A Worker (`{WS}/Workers/{sid}`): an agent that takes tasks.
///
/// Every wire field reads as a camelCase property; `attributes` is the parsed JSON.
/// ```swift
/// let worker = try await workspace.workers.update("WKxxx", "ActivitySid", "WAxxx")
/// print(worker.friendlyName ?? "", worker.activityName ?? "", worker.attributes.jsonString)
/// let stats = try await worker.statistics.fetch(["Minutes": "240"])
/// ```
@dynamicMemberLookup
public struct Worker: TaskRouterResource {
    /// The Worker SID (`WK…`).
    public let sid: String
    /// The typed wire fields (`attributes` there is the JSON text).
    public let resource: WorkerResource
    /// The worker's attributes, parsed.
    public let attributes: WireJSON
    /// The JSON the server sent.
    public let json: WireJSON
    /// The REST URL and connection.
    public let location: ResourceLocation

    /// Reads a Worker from a response.
    public init(decoding payload: ResourcePayload) throws(TaskRouterError) {
        sid = try payload.sid()
        resource = try payload.decode(WorkerResource.self)
        attributes = WireJSON(parsing: resource.attributes) ?? .null
        json = payload.json
        location = payload.location
    }

    /// Any wire field, e.g. `worker.activitySid`.
    public subscript<Value>(dynamicMember field: KeyPath<WorkerResource, Value>) -> Value { resource[keyPath: field] }

    /// `…/Workers/{sid}/Statistics`.
    public var statistics: StatisticsResource<WorkerStatistics> { StatisticsResource(location, "Statistics") }
}
