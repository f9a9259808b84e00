public import Foundation

/// The realtime task figures of one scope: open tasks by status, waiting tasks by priority, and the
/// longest-waiting tasks (routing-semantics §6.4).
public struct RealTimeTaskFigures: Sendable, Hashable {
    /// A waiting task and the date its wait is measured from.
    public struct WaitingTask: Sendable, Hashable {
        public var sid: String
        public var since: Date

        /// Whole seconds waited at `now`.
        public func age(at now: Date) -> Int { max(0, Int(now.timeIntervalSince(since))) }

        func isLonger(than other: WaitingTask?) -> Bool {
            guard let other else { return true }
            return since < other.since || (since == other.since && sid < other.sid)
        }
    }

    public var pending = 0
    public var reserved = 0
    public var assigned = 0
    public var wrapping = 0
    /// Waiting (pending or reserved) tasks by priority.
    public var byPriority: [Int: Int] = [:]
    /// The waiting task created first.
    public var longestWaiting: WaitingTask?
    /// The waiting task that entered its queue first.
    public var longestInQueue: WaitingTask?

    public init() {}

    /// Open tasks: pending, reserved, assigned and wrapping.
    public var totalTasks: Int { pending + reserved + assigned + wrapping }

    /// Counts `task` if it is open.
    public mutating func add(_ task: WorkTask) {
        switch task.assignmentStatus {
        case .pending: pending += 1
        case .reserved: reserved += 1
        case .assigned: assigned += 1
        case .wrapping: wrapping += 1
        case .canceled, .completed: return
        }
        guard task.isRoutable else { return }
        byPriority[task.priority, default: 0] += 1
        let waiting = WaitingTask(sid: task.sid, since: task.dateCreated)
        if waiting.isLonger(than: longestWaiting) { longestWaiting = waiting }
        if let entered = task.taskQueueEnteredDate {
            let inQueue = WaitingTask(sid: task.sid, since: entered)
            if inQueue.isLonger(than: longestInQueue) { longestInQueue = inQueue }
        }
    }
}

/// The realtime task figures of a whole workspace, of each workflow and of each queue, from one pass
/// over the tasks.
public struct RealTimeTaskSnapshot: Sendable, Hashable {
    public var workspace = RealTimeTaskFigures()
    public var byWorkflow: [String: RealTimeTaskFigures] = [:]
    public var byQueue: [String: RealTimeTaskFigures] = [:]

    public init() {}

    /// Figures of a workflow (zeros when it has no open task).
    public func workflow(_ sid: String) -> RealTimeTaskFigures { byWorkflow[sid] ?? RealTimeTaskFigures() }

    /// Figures of a queue (zeros when it has no open task).
    public func queue(_ sid: String) -> RealTimeTaskFigures { byQueue[sid] ?? RealTimeTaskFigures() }
}

/// Which workflows and queues a realtime pass keeps figures for (the workspace's are always kept).
public enum RealTimeScope: Sendable, Hashable {
    /// Every workflow and queue.
    case all
    /// The workspace only.
    case workspace
    case workflow(String)
    case queues(Set<String>)

    func includes(workflow sid: String) -> Bool {
        switch self {
        case .all: true
        case .workflow(let w): w == sid
        case .workspace, .queues: false
        }
    }

    func includes(queue sid: String) -> Bool {
        switch self {
        case .all: true
        case .queues(let q): q.contains(sid)
        case .workspace, .workflow: false
        }
    }
}

/// Worker counts of a scope: all, available, and per activity SID.
public struct RealTimeWorkerFigures: Sendable, Hashable {
    public var total = 0
    public var available = 0
    public var byActivity: [String: Int] = [:]

    public init() {}
}
