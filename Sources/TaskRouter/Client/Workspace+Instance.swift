extension Workspace {
    /// The workspace resource itself (`{WS}/`, as TaskRouter.js v1 fetches it on `ready`).
    var instance: ResourceLocation {
        ResourceLocation(bridge: bridge, url: bridge.endpoints.workspace + "/")
    }

    /// Fetches the workspace resource.
    ///
    /// ```swift
    /// let details = try await workspace.fetch()
    /// print(details.friendlyName ?? "")
    /// ```
    public func fetch() async throws(TaskRouterError) -> WorkspaceInstance {
        try await instance.fetch()
    }

    /// Updates one property of the workspace.
    ///
    /// ```swift
    /// let updated = try await workspace.update("EventCallbackUrl", "http://requestb.in/1kmw9im1")
    /// print(updated.eventCallbackUrl ?? "")
    /// ```
    public func update(_ name: String, _ value: String) async throws(TaskRouterError) -> WorkspaceInstance {
        try await instance.update([name: .string(value)])
    }

    /// Updates several properties of the workspace.
    ///
    /// ```swift
    /// let updated = try await workspace.update(["EventCallbackUrl": "http://requestb.in/1kmw9im1",
    ///                                           "TimeoutActivitySid": "WAxxx"])
    /// print(updated.timeoutActivitySid ?? "")
    /// ```
    public func update(_ parameters: Parameters) async throws(TaskRouterError) -> WorkspaceInstance {
        try await instance.update(parameters)
    }

    /// Deletes the workspace.
    ///
    /// ```swift
    /// try await workspace.delete()
    /// print("workspace deleted")
    /// ```
    public func delete() async throws(TaskRouterError) {
        try await instance.delete()
    }
}
