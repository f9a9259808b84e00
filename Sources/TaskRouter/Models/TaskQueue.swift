/// A TaskQueue (`{WS}/TaskQueues/{sid}`): waiting tasks and the expression choosing their workers.
///
/// Every wire field reads as a camelCase property.
/// ```swift
/// let queue = try await workspace.taskqueues.fetch("WQxxx")
/// print(queue.maxReservedWorkers, queue.targetWorkers ?? "")
/// let realtime = try await queue.realtimeStats.fetch()
/// print(realtime.totalAvailableWorkers)
/// ```
@dynamicMemberLookup
public struct TaskQueue: TaskRouterResource {
    /// The TaskQueue SID (`WQ…`).
    public let sid: String
    /// The typed wire fields.
    public let resource: TaskQueueResource
    /// The JSON the server sent.
    public let json: WireJSON
    /// The REST URL and connection.
    public let location: ResourceLocation

    /// Reads a TaskQueue from a response.
    public init(decoding payload: ResourcePayload) throws(TaskRouterError) {
        sid = try payload.sid()
        resource = try payload.decode(TaskQueueResource.self)
        json = payload.json
        location = payload.location
    }

    /// Any wire field, e.g. `queue.friendlyName`.
    public subscript<Value>(dynamicMember field: KeyPath<TaskQueueResource, Value>) -> Value { resource[keyPath: field] }

    /// `…/TaskQueues/{sid}/Statistics`.
    public var statistics: StatisticsResource<TaskQueueStatistics> { StatisticsResource(location, "Statistics") }
    /// `…/TaskQueues/{sid}/RealTimeStatistics`.
    public var realtimeStats: StatisticsResource<TaskQueueRealTimeStatistics> {
        StatisticsResource(location, "RealTimeStatistics")
    }
    /// `…/TaskQueues/{sid}/CumulativeStatistics`.
    public var cumulativeStats: StatisticsResource<TaskQueueCumulativeStatistics> {
        StatisticsResource(location, "CumulativeStatistics")
    }
}
