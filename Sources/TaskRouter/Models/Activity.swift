/// An Activity (`{WS}/Activities/{sid}`): a worker state such as Offline or Available.
///
/// Every wire field reads as a camelCase property (`friendlyName`, `available`, `dateCreated`, …).
/// ```swift
/// let activity = try await workspace.activities.fetch("WAxxx")
/// print(activity.friendlyName ?? "", activity.available ?? false)
/// ```
@dynamicMemberLookup
public struct Activity: TaskRouterResource {
    /// The Activity SID (`WA…`).
    public let sid: String
    /// The typed wire fields.
    public let resource: ActivityResource
    /// The JSON the server sent.
    public let json: WireJSON
    /// The REST URL and connection.
    public let location: ResourceLocation

    /// Reads an Activity from a response.
    public init(decoding payload: ResourcePayload) throws(TaskRouterError) {
        sid = try payload.sid()
        resource = try payload.decode(ActivityResource.self)
        json = payload.json
        location = payload.location
    }

    /// Any wire field, e.g. `activity.friendlyName`.
    public subscript<Value>(dynamicMember field: KeyPath<ActivityResource, Value>) -> Value { resource[keyPath: field] }
}
