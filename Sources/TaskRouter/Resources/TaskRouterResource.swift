import Foundation

/// A TaskRouter resource object (Activity, Workflow, TaskQueue, Worker, Task, …): typed camelCase
/// fields, the raw JSON, and the instance forms of TaskRouter.js v1 — `fetch`, `update`, `delete`.
///
/// ```swift
/// let activity = try await workspace.activities.fetch("WAxxx")
/// let renamed = try await activity.update("FriendlyName", "NewFriendlyName")
/// try await renamed.delete()
/// ```
public protocol TaskRouterResource: Sendable, Identifiable where ID == String {
    /// The resource's SID.
    var sid: String { get }
    /// The resource exactly as the server sent it.
    var json: WireJSON { get }
    /// Where the resource lives, and the connection used to reach it.
    var location: ResourceLocation { get }
    /// Builds the object from a server response; only the SDK creates payloads.
    init(decoding payload: ResourcePayload) throws(TaskRouterError)
}

extension TaskRouterResource {
    /// The SID.
    public var id: String { sid }

    /// Fetches the resource again.
    ///
    /// ```swift
    /// let fresh = try await worker.fetch()
    /// ```
    public func fetch() async throws(TaskRouterError) -> Self {
        try await location.fetch()
    }

    /// Updates one parameter and returns the updated object.
    ///
    /// ```swift
    /// let worker = try await worker.update("ActivitySid", "WAxxx")
    /// ```
    public func update(_ name: String, _ value: String) async throws(TaskRouterError) -> Self {
        try await update([name: .string(value)])
    }

    /// Updates several parameters and returns the updated object.
    ///
    /// ```swift
    /// let task = try await task.update(["AssignmentStatus": "canceled", "Reason": "waiting"])
    /// ```
    public func update(_ parameters: Parameters) async throws(TaskRouterError) -> Self {
        try await location.update(parameters)
    }

    /// Deletes the resource.
    ///
    /// ```swift
    /// try await activity.delete()
    /// ```
    public func delete() async throws(TaskRouterError) {
        try await location.delete()
    }
}
