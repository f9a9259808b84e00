/// The Workspace resource (`/v1/Workspaces/{sid}`) as the `ready` event and workspace updates return it.
///
/// Every wire field reads as a camelCase property.
/// ```swift
/// workspace.on(.ready) { workspace in
///     print(workspace.sid)                        // "WSxxx"
///     print(workspace.friendlyName ?? "")         // "Workspace 1"
///     print(workspace.prioritizeQueueOrder)       // "FIFO"
///     print(workspace.defaultActivityName ?? "")  // "Offline"
/// }
/// ```
@dynamicMemberLookup
public struct WorkspaceInstance: TaskRouterResource {
    /// The Workspace SID (`WS…`).
    public let sid: String
    /// The typed wire fields.
    public let resource: WorkspaceResource
    /// The JSON the server sent.
    public let json: WireJSON
    /// The REST URL and connection.
    public let location: ResourceLocation

    /// Reads a Workspace from a response.
    public init(decoding payload: ResourcePayload) throws(TaskRouterError) {
        sid = try payload.sid()
        resource = try payload.decode(WorkspaceResource.self)
        json = payload.json
        location = payload.location
    }

    /// Any wire field, e.g. `workspace.eventCallbackUrl`.
    public subscript<Value>(dynamicMember field: KeyPath<WorkspaceResource, Value>) -> Value { resource[keyPath: field] }
}
