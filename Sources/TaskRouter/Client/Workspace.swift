public import Foundation

/// TaskRouter.js v1's `Twilio.TaskRouter.Workspace` in Swift: manage a workspace's resources through
/// TaskRouter's event bridge with a workspace capability token, and receive its events.
///
/// ```swift
/// let workspace = try Workspace(token: workspaceToken, baseURL: URL(string: "http://127.0.0.1:8080"))
/// workspace.on(.ready) { workspace in print(workspace.friendlyName ?? "") }
/// workspace.connect()                                   // or: try await workspace.run()
/// let activities = try await workspace.activities.fetch()
/// ```
/// REST calls work without a connection; ``connect()`` or ``run()`` open the websocket that brings
/// `connected`, `ready`, `disconnected`, `token.expired` and TaskRouter's events.
public final class Workspace: Sendable {
    let bridge: EventBridge
    /// The task started by `connect()`, if any.
    let connection = Locked<(id: UUID, task: Task<Void, Never>)?>(nil)

    /// `{WS}/Activities`.
    public let activities: ResourceCollection<Activity>
    /// `{WS}/Workflows`.
    public let workflows: ResourceCollection<Workflow>
    /// `{WS}/TaskQueues` (with `.statistics`).
    public let taskqueues: ResourceCollection<TaskQueue>
    /// `{WS}/Workers` (with `.statistics`, `.realtimeStats`, `.cumulativeStats`).
    public let workers: ResourceCollection<Worker>
    /// `{WS}/Tasks`.
    public let tasks: ResourceCollection<WorkTask>
    /// `{WS}/Statistics`.
    public let statistics: StatisticsResource<WorkspaceStatistics>
    /// `{WS}/RealTimeStatistics`.
    public let realtimeStats: StatisticsResource<WorkspaceRealTimeStatistics>
    /// `{WS}/CumulativeStatistics`.
    public let cumulativeStats: StatisticsResource<WorkspaceCumulativeStatistics>

    /// Creates a client from a workspace capability token, with TaskRouter.js v1's options.
    ///
    /// ```swift
    /// let workspace = try Workspace(token: WORKSPACE_TOKEN)                 // Twilio
    /// let quiet = try Workspace(token: WORKSPACE_TOKEN, debug: false)       // no logging
    /// let local = try Workspace(token: token, baseURL: URL(string: "http://127.0.0.1:8080"))
    /// ```
    /// Throws ``TaskRouterError/invalidToken(_:)`` when the token lacks `account_sid`,
    /// `workspace_sid` or `channel`.
    public convenience init(
        token: String, debug: Bool = true, region: String? = nil, maxRetries: Int? = nil, baseURL: URL? = nil
    ) throws(TaskRouterError) {
        try self.init(
            token: token,
            configuration: WorkspaceConfiguration(debug: debug, region: region, maxRetries: maxRetries, baseURL: baseURL))
    }

    /// Creates a client with every option of ``WorkspaceConfiguration``.
    ///
    /// ```swift
    /// let workspace = try Workspace(token: token, configuration: WorkspaceConfiguration(maxRetries: 3))
    /// ```
    public init(token: String, configuration: WorkspaceConfiguration) throws(TaskRouterError) {
        bridge = try EventBridge(token: token, configuration: configuration)
        let root = ResourceLocation(bridge: bridge, url: bridge.endpoints.workspace)
        activities = ResourceCollection(location: root.appending("Activities"))
        workflows = ResourceCollection(location: root.appending("Workflows"))
        taskqueues = ResourceCollection(location: root.appending("TaskQueues"))
        workers = ResourceCollection(location: root.appending("Workers"))
        tasks = ResourceCollection(location: root.appending("Tasks"))
        statistics = StatisticsResource(root, "Statistics")
        realtimeStats = StatisticsResource(root, "RealTimeStatistics")
        cumulativeStats = StatisticsResource(root, "CumulativeStatistics")
    }

    deinit {
        connection.withLock { $0?.task.cancel() }
        bridge.hub.finish()
    }

    /// The workspace SID from the token.
    public var sid: String { bridge.endpoints.workspaceSid }

    /// The account SID from the token.
    public var accountSid: String { bridge.endpoints.accountSid }

    /// The event-bridge channel URL that carries this client's requests and websocket.
    public var channelURL: String { bridge.endpoints.channel }

    /// Replaces the capability token for every later request and reconnection (including objects
    /// already returned) and re-arms the `token.expired` timer. The open websocket stays open.
    ///
    /// ```swift
    /// let token = refreshJWT()   // your method to retrieve a new capability token
    /// try workspace.updateToken(token)
    /// ```
    public func updateToken(_ token: String) throws(TaskRouterError) {
        try bridge.updateToken(token)
    }
}
