/// Everything a workspace holds, in memory: the engine's routing state and the source of reads.
public struct WorkspaceState: Sendable {
    public var workspace: Workspace
    public var activities: [String: Activity] = [:]
    public var taskChannels: [String: TaskChannel] = [:]
    public var taskQueues: [String: TaskQueue] = [:]
    public var workflows: [String: Workflow] = [:]
    public var workers: [String: Worker] = [:]
    public var workerChannels: [String: WorkerChannel] = [:]
    public var tasks: [String: WorkTask] = [:]
    public var reservations: [String: Reservation] = [:]
    /// Each workflow's parsed configuration, kept beside the stored text.
    public internal(set) var compiledWorkflows: [String: WorkflowConfiguration] = [:]
    /// Routing indices and timers, rebuilt from the resources (never stored).
    public internal(set) var routing = RoutingIndex()
    /// Compiled expressions (queue targets, list filters), each parsed once.
    public let expressions = ExpressionCache()

    public init(workspace: Workspace) {
        self.workspace = workspace
    }

    /// Rebuilds a workspace's state from its stored resources (in any order).
    public init?(resources: [StoredResource]) {
        guard let ws = resources.lazy.compactMap({ if case .workspace(let w) = $0 { w } else { nil } }).first else {
            return nil
        }
        self.init(workspace: ws)
        for resource in resources { apply(resource) }
        rebuildRoutingIndex()
    }

    /// Stores `resource` in the matching table.
    public mutating func apply(_ resource: StoredResource) {
        switch resource {
        case .workspace(let v): workspace = v
        case .activity(let v): activities[v.sid] = v
        case .taskChannel(let v): taskChannels[v.sid] = v
        case .taskQueue(let v): taskQueues[v.sid] = v
        case .workflow(let v):
            workflows[v.sid] = v
            compiledWorkflows[v.sid] = try? WorkflowConfiguration.parse(v.configuration, queueExists: { _ in true })
        case .worker(let v): workers[v.sid] = v
        case .workerChannel(let v): workerChannels[v.sid] = v
        case .task(let v): tasks[v.sid] = v
        case .reservation(let v): reservations[v.sid] = v
        }
    }

    public var sid: String { workspace.sid }
    public var accountSid: String { workspace.accountSid }
}
