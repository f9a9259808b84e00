/// A list resource of the workspace (`workspace.activities`, `.workflows`, `.taskqueues`, `.workers`,
/// `.tasks`) with TaskRouter.js v1's list forms: fetch (all, by query, by SID), create, update by SID, delete by SID.
///
/// ```swift
/// let activities = try await workspace.activities.fetch()
/// let activity = try await workspace.activities.create(["FriendlyName": "Activity1", "Available": "true"])
/// _ = try await workspace.activities.update(activity.sid, "FriendlyName", "NewFriendlyName")
/// try await workspace.activities.delete(activity.sid)
/// ```
public struct ResourceCollection<Element: TaskRouterResource>: Sendable {
    /// The list URL, e.g. `{apiBase}/Workspaces/WS…/Activities`.
    public var url: String { location.url }
    let location: ResourceLocation

    init(location: ResourceLocation) {
        self.location = location
    }

    /// The first page of the list.
    public func fetch() async throws(TaskRouterError) -> ResourceList<Element> {
        try await loader.load(url, params: nil)
    }

    /// A page of the list filtered by query parameters.
    ///
    /// ```swift
    /// let available = try await workspace.workers.fetch(["Available": "true"])
    /// ```
    public func fetch(_ query: Parameters) async throws(TaskRouterError) -> ResourceList<Element> {
        try await loader.load(url, params: query)
    }

    /// One resource by SID.
    ///
    /// ```swift
    /// let worker = try await workspace.workers.fetch("WKxxx")
    /// ```
    public func fetch(_ sid: String) async throws(TaskRouterError) -> Element {
        try await location.appending(sid).fetch()
    }

    /// Creates a resource.
    ///
    /// ```swift
    /// let worker = try await workspace.workers.create(["FriendlyName": "Worker1"])
    /// ```
    public func create(_ parameters: Parameters) async throws(TaskRouterError) -> Element {
        let json = try await location.bridge.send("POST", url, params: parameters)
        return try element(json)
    }

    /// Updates one parameter of the resource `sid`.
    ///
    /// ```swift
    /// let queue = try await workspace.taskqueues.update("WQxxx", "MaxReservedWorkers", "20")
    /// ```
    public func update(_ sid: String, _ name: String, _ value: String) async throws(TaskRouterError) -> Element {
        try await location.appending(sid).update([name: .string(value)])
    }

    /// Updates several parameters of the resource `sid`.
    ///
    /// ```swift
    /// let task = try await workspace.tasks.update("WTxxx", ["AssignmentStatus": "canceled", "Reason": "waiting"])
    /// ```
    public func update(_ sid: String, _ parameters: Parameters) async throws(TaskRouterError) -> Element {
        try await location.appending(sid).update(parameters)
    }

    /// Deletes the resource `sid`.
    ///
    /// ```swift
    /// try await workspace.tasks.delete("WTxxx")
    /// ```
    public func delete(_ sid: String) async throws(TaskRouterError) {
        try await location.appending(sid).delete()
    }

    /// Reads one item of this list; its URL is `{url}/{sid}`.
    func element(_ json: WireJSON) throws(TaskRouterError) -> Element {
        let sid = try ResourcePayload(json: json, location: location).sid()
        return try Element(decoding: ResourcePayload(json: json, location: location.appending(sid)))
    }

    var loader: ResourceList<Element>.Loader {
        let collection = self
        return ResourceList.Loader(bridge: location.bridge) { json throws(TaskRouterError) in try collection.element(json) }
    }
}
