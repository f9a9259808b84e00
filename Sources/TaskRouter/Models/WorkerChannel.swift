/// A Worker Channel (`{WS}/Workers/{workerSid}/Channels/{sid}`): a worker's capacity on one task channel.
///
/// ```swift
/// if case .workerChannel(let channel) = payload { print(channel.configuredCapacity) }
/// ```
@dynamicMemberLookup
public struct WorkerChannel: TaskRouterResource {
    /// The Worker Channel SID (`WC…`).
    public let sid: String
    /// The typed wire fields.
    public let resource: WorkerChannelResource
    /// The JSON the server sent.
    public let json: WireJSON
    /// The REST URL and connection.
    public let location: ResourceLocation

    /// Reads a Worker Channel from a response.
    public init(decoding payload: ResourcePayload) throws(TaskRouterError) {
        sid = try payload.sid()
        resource = try payload.decode(WorkerChannelResource.self)
        json = payload.json
        location = payload.location
    }

    /// Any wire field, e.g. `channel.availableCapacityPercentage`.
    public subscript<Value>(dynamicMember field: KeyPath<WorkerChannelResource, Value>) -> Value {
        resource[keyPath: field]
    }
}
