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

    /// GET the resource here.
    func fetch<Resource: TaskRouterResource>() async throws(TaskRouterError) -> Resource {
        try Resource(decoding: ResourcePayload(json: try await bridge.send("GET", url), location: self))
    }

    /// POST parameters to the resource here and read the updated resource.
    func update<Resource: TaskRouterResource>(_ parameters: Parameters) async throws(TaskRouterError) -> Resource {
        try Resource(decoding: ResourcePayload(json: try await bridge.send("POST", url, params: parameters), location: self))
    }

    /// DELETE the resource here.
    func delete() async throws(TaskRouterError) {
        _ = try await bridge.send("DELETE", url)
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
