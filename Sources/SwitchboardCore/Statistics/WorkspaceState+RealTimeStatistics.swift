public import Foundation

/// Realtime statistics from the live state: exact, no window (routing-semantics §6.4).
extension WorkspaceState {
    /// Figures of the open tasks (of channel `taskChannelSid` when given) for the workspace, and for
    /// the workflows and queues `scope` asks for, in one pass.
    public func realTimeTasks(taskChannelSid: String?, scope: RealTimeScope = .all) -> RealTimeTaskSnapshot {
        var snapshot = RealTimeTaskSnapshot()
        for task in tasks.values where !task.assignmentStatus.isTerminal {
            if let taskChannelSid, task.taskChannelSid != taskChannelSid { continue }
            snapshot.workspace.add(task)
            if let wf = task.workflowSid, scope.includes(workflow: wf) { snapshot.byWorkflow[wf, default: RealTimeTaskFigures()].add(task) }
            if let q = task.taskQueueSid, scope.includes(queue: q) { snapshot.byQueue[q, default: RealTimeTaskFigures()].add(task) }
        }
        return snapshot
    }

    /// Counts of `workers`; with a task channel, only workers whose channel is available with capacity.
    public func realTimeWorkers(_ workers: some Sequence<Worker>, taskChannelSid: String?) -> RealTimeWorkerFigures {
        var figures = RealTimeWorkerFigures()
        for worker in workers {
            if let taskChannelSid, !isOpen(worker, on: taskChannelSid) { continue }
            figures.total += 1
            if isAvailable(worker) { figures.available += 1 }
            figures.byActivity[worker.activitySid, default: 0] += 1
        }
        return figures
    }

    /// Workers matching the queue's `target_workers`, whatever their activity.
    public func eligibleWorkers(for queue: TaskQueue, now: Date) -> [Worker] {
        if routing.dynamicQueues.contains(queue.sid) {
            return workers.values.filter { isEligible($0, for: queue, now: now) }
        }
        return (routing.queueMembers[queue.sid] ?? []).compactMap { workers[$0] }
    }

    /// Whether the worker's channel for `taskChannelSid` is available with a capacity above zero.
    public func isOpen(_ worker: Worker, on taskChannelSid: String) -> Bool {
        guard let wcSid = routing.channelsByWorker[worker.sid]?[taskChannelSid], let wc = workerChannels[wcSid] else {
            return false
        }
        return wc.available && wc.configuredCapacity > 0
    }

    /// The activity period each worker is in right now, from its last activity change to `now`.
    public func currentActivityPeriods(_ workers: some Sequence<Worker>, now: Date) -> [ActivityPeriod] {
        let nowMs = StatisticsWindow.milliseconds(now)
        return workers.map { w in
            ActivityPeriod(activitySid: w.activitySid, startMs: StatisticsWindow.milliseconds(w.dateStatusChanged), endMs: nowMs)
        }
    }

    /// The workspace's activities in a stable order (creation date, then SID), for the per-activity lists.
    public var activitiesInOrder: [Activity] {
        activities.values.sorted { ($0.dateCreated, $0.sid) < ($1.dateCreated, $1.sid) }
    }
}
