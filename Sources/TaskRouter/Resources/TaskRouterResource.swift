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
        let json = try await location.bridge.send("GET", location.url)
        return try Self(decoding: ResourcePayload(json: json, location: location))
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
        let json = try await location.bridge.send("POST", location.url, params: parameters)
        return try Self(decoding: ResourcePayload(json: json, location: location))
    }

    /// Deletes the resource.
    ///
    /// ```swift
    /// try await activity.delete()
    /// ```
    public func delete() async throws(TaskRouterError) {
        _ = try await location.bridge.send("DELETE", location.url)
    }
}

/// The REST URL of a resource object and the workspace connection that reaches it.
public struct ResourceLocation: Sendable {
    let bridge: EventBridge
    /// The absolute REST URL, e.g. `https://taskrouter.twilio.com/v1/Workspaces/WS…/Activities/WA…`.
    public let url: String

    init(bridge: EventBridge, url: String) {
        self.bridge = bridge
        self.url = url
    }

    /// A location below this one, e.g. `Statistics`.
    func appending(_ path: String) -> ResourceLocation {
        ResourceLocation(bridge: bridge, url: url + "/" + path)
    }
}

/// A server response on its way to becoming a resource object.
public struct ResourcePayload: Sendable {
    let json: WireJSON
    let location: ResourceLocation

    /// Decodes the JSON as a wire DTO (snake_case → camelCase, wire dates).
    func decode<Value: Decodable>(_ type: Value.Type) throws(TaskRouterError) -> Value {
        try json.decode(type)
    }

    /// The `sid` field, required of every resource.
    func sid() throws(TaskRouterError) -> String {
        guard let sid = json["sid"]?.stringValue else { throw .invalidResponse("The response has no sid") }
        return sid
    }
}

extension WireJSON {
    /// Decodes this JSON with the wire decoder.
    func decode<Value: Decodable>(_ type: Value.Type) throws(TaskRouterError) -> Value {
        do {
            let data = try JSONEncoder().encode(self)
            return try WireCoding.makeDecoder().decode(type, from: data)
        } catch {
            throw .invalidResponse("Could not read \(Value.self): \(error)")
        }
    }
}
