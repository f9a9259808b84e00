/// The order of waiting tasks (routing-semantics §3.4).
enum TaskOrdering {
    /// Inside one queue: FIFO = higher priority, then older virtual start time; LIFO = newer virtual start
    /// time, priority ignored; the SID breaks ties.
    static func precedes(_ a: WorkTask, _ b: WorkTask, in order: QueueOrder) -> Bool {
        switch order {
        case .fifo:
            if a.priority != b.priority { return a.priority > b.priority }
            if a.virtualStartTime != b.virtualStartTime { return a.virtualStartTime < b.virtualStartTime }
        case .lifo:
            if a.virtualStartTime != b.virtualStartTime { return a.virtualStartTime > b.virtualStartTime }
        }
        return a.sid < b.sid
    }

    /// Across queues, for one worker: the workspace's `prioritize_queue_order` group first, then the
    /// in-queue order of that group.
    static func precedes(_ a: (task: WorkTask, order: QueueOrder), _ b: (task: WorkTask, order: QueueOrder), first: QueueOrder) -> Bool {
        if a.order != b.order { return a.order == first }
        return precedes(a.task, b.task, in: a.order)
    }
}
