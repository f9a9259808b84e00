/// A Task (`{WS}/Tasks/{sid}`); named `WorkTask` so that it does not hide Swift's `Task`.
///
/// Every wire field reads as a camelCase property; `attributes` and `addons` are the parsed JSON.
/// ```swift
/// let task = try await workspace.tasks.create(["WorkflowSid": "WWxxx", "Attributes": #"{"Ticket":"Gold"}"#])
/// print(task.sid, task.assignmentStatus, task.attributes["Ticket"] ?? nil)
/// ```
@dynamicMemberLookup
public struct WorkTask: TaskRouterResource {
    /// The Task SID (`WT…`).
    public let sid: String
    /// The typed wire fields (`attributes` and `addons` there are JSON text).
    public let resource: TaskResource
    /// The task's attributes, parsed.
    public let attributes: WireJSON
    /// The task's add-on data, parsed (`null` when absent).
    public let addons: WireJSON
    /// The JSON the server sent.
    public let json: WireJSON
    /// The REST URL and connection.
    public let location: ResourceLocation

    /// Reads a Task from a response.
    public init(decoding payload: ResourcePayload) throws(TaskRouterError) {
        sid = try payload.sid()
        resource = try payload.decode(TaskResource.self)
        attributes = WireJSON(parsing: resource.attributes) ?? .null
        addons = WireJSON(parsing: resource.addons) ?? .null
        json = payload.json
        location = payload.location
    }

    /// Any wire field, e.g. `task.assignmentStatus`.
    public subscript<Value>(dynamicMember field: KeyPath<TaskResource, Value>) -> Value { resource[keyPath: field] }

    /// Completes an assigned task (`AssignmentStatus=completed`), as TaskRouter.js v1's `task.complete`.
    ///
    /// ```swift
    /// let done = try await task.complete(reason: "resolved")
    /// ```
    public func complete(reason: String? = nil) async throws(TaskRouterError) -> WorkTask {
        var parameters: Parameters = ["AssignmentStatus": "completed"]
        if let reason { parameters["Reason"] = .string(reason) }
        return try await update(parameters)
    }
}
