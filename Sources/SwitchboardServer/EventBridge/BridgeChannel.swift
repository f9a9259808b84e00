import SwitchboardCore

/// An event-bridge channel and the events it receives (spec §3.3; the choices for the points the spec
/// leaves open are in docs/event-bridge.md).
enum BridgeChannel: Sendable, Hashable {
    /// Every event of the workspace.
    case workspace(String)
    /// Events about the worker (`worker.*`) and its reservations, plus anything else naming it.
    case worker(String)
    /// The queue's own events and the task and reservation events of tasks in the queue.
    case taskQueue(String)

    init?(_ sid: String) {
        switch sid.prefix(2) {
        case "WS": self = .workspace(sid)
        case "WK": self = .worker(sid)
        case "WQ": self = .taskQueue(sid)
        default: return nil
        }
    }

    /// Whether the channel receives `event`; a queue channel also counts the task's current queue,
    /// since a task's first events (`task.created`) come before it enters one.
    func includes(_ event: WorkspaceEvent, _ state: WorkspaceState) -> Bool {
        switch self {
        case .workspace(let ws):
            return event.workspaceSid == ws
        case .worker(let wk):
            return event.resourceSid == wk || event.workerSid == wk
        case .taskQueue(let wq):
            if event.resourceSid == wq { return true }
            guard event.resourceType == "task" || event.resourceType == "reservation" else { return false }
            return event.taskQueueSid == wq || event.taskSid.flatMap { state.tasks[$0]?.taskQueueSid } == wq
        }
    }

    var isWorker: Bool { if case .worker = self { true } else { false } }
}
