/// The kinds of resource a workspace holds, as the store names them.
public enum ResourceKind: String, Sendable, Codable, CaseIterable {
    case workspace, activity, taskChannel = "task_channel", taskQueue = "task_queue", workflow, worker
    case workerChannel = "worker_channel", task, reservation
}

/// One resource value, tagged with its kind, as the store persists it.
public enum StoredResource: Sendable, Codable, Hashable {
    case workspace(Workspace)
    case activity(Activity)
    case taskChannel(TaskChannel)
    case taskQueue(TaskQueue)
    case workflow(Workflow)
    case worker(Worker)
    case workerChannel(WorkerChannel)
    case task(WorkTask)
    case reservation(Reservation)

    /// The resource's kind.
    public var kind: ResourceKind {
        switch self {
        case .workspace: .workspace
        case .activity: .activity
        case .taskChannel: .taskChannel
        case .taskQueue: .taskQueue
        case .workflow: .workflow
        case .worker: .worker
        case .workerChannel: .workerChannel
        case .task: .task
        case .reservation: .reservation
        }
    }

    /// The resource's SID.
    public var sid: String {
        switch self {
        case .workspace(let v): v.sid
        case .activity(let v): v.sid
        case .taskChannel(let v): v.sid
        case .taskQueue(let v): v.sid
        case .workflow(let v): v.sid
        case .worker(let v): v.sid
        case .workerChannel(let v): v.sid
        case .task(let v): v.sid
        case .reservation(let v): v.sid
        }
    }

    /// The SID of the workspace that owns the resource.
    public var workspaceSid: String {
        switch self {
        case .workspace(let v): v.sid
        case .activity(let v): v.workspaceSid
        case .taskChannel(let v): v.workspaceSid
        case .taskQueue(let v): v.workspaceSid
        case .workflow(let v): v.workspaceSid
        case .worker(let v): v.workspaceSid
        case .workerChannel(let v): v.workspaceSid
        case .task(let v): v.workspaceSid
        case .reservation(let v): v.workspaceSid
        }
    }
}
