/// A Workflow (`{WS}/Workflows/{sid}`): the routing rules that place tasks into queues.
///
/// Every wire field reads as a camelCase property; `configuration` is the parsed JSON.
/// ```swift
/// let workflow = try await workspace.workflows.fetch("WWxxx")
/// print(workflow.taskReservationTimeout, workflow.configuration.jsonString)
/// let stats = try await workflow.cumulativeStats.fetch(["Minutes": "240"])
/// ```
@dynamicMemberLookup
public struct Workflow: TaskRouterResource {
    /// The Workflow SID (`WW…`).
    public let sid: String
    /// The typed wire fields (`configuration` there is the JSON text).
    public let resource: WorkflowResource
    /// The routing configuration, parsed.
    public let configuration: WireJSON
    /// The JSON the server sent.
    public let json: WireJSON
    /// The REST URL and connection.
    public let location: ResourceLocation

    /// Reads a Workflow from a response.
    public init(decoding payload: ResourcePayload) throws(TaskRouterError) {
        sid = try payload.sid()
        resource = try payload.decode(WorkflowResource.self)
        configuration = WireJSON(parsing: resource.configuration) ?? .null
        json = payload.json
        location = payload.location
    }

    /// Any wire field, e.g. `workflow.friendlyName`.
    public subscript<Value>(dynamicMember field: KeyPath<WorkflowResource, Value>) -> Value { resource[keyPath: field] }

    /// `…/Workflows/{sid}/Statistics`.
    public var statistics: StatisticsResource<WorkflowStatistics> { StatisticsResource(location, "Statistics") }
    /// `…/Workflows/{sid}/RealTimeStatistics`.
    public var realtimeStats: StatisticsResource<WorkflowRealTimeStatistics> { StatisticsResource(location, "RealTimeStatistics") }
    /// `…/Workflows/{sid}/CumulativeStatistics`.
    public var cumulativeStats: StatisticsResource<WorkflowCumulativeStatistics> {
        StatisticsResource(location, "CumulativeStatistics")
    }
}
