public import Foundation

/// Routing that reads `taskrouter.*` (spec §1.6): who may take a waiting task can change as time alone
/// passes, with no event to trigger an assignment pass. Checks run at each minute boundary (the
/// resolution of `taskrouter.currentTime`) while such tasks wait:
///
/// - a queue whose `target_workers` reads the time recomputes which workers it selects and offers its
///   waiting tasks to the workers it newly selects (the expression does not read the task, so one check
///   per queue serves all of its tasks; cost: one evaluation per worker of the workspace per minute);
/// - a task whose workflow target expression reads the time is offered again on its own (cost: one
///   assignment pass over its queue's members per minute).
extension WorkspaceState {
    /// Called when a pending task found nobody: schedules the checks that time may make succeed.
    mutating func waitForTimeOfDay(_ taskSid: String, _ p: Placement, now: Date) {
        guard p.directWorker == nil else { return }
        if p.target?.expression?.readsTimeOfDay ?? false {
            let next = Self.nextMinute(after: now)
            if routing.timeOfDayRetries[taskSid] != next {
                routing.timeOfDayRetries[taskSid] = next
                routing.deadlines.insert(.timeOfDay(taskSid), at: next)
            }
        }
        if let queue = p.queue, queueReadsTimeOfDay(queue) { scheduleQueueCheck(queue.sid, at: Self.nextMinute(after: now)) }
    }

    /// Whether the queue's `target_workers` names a time-of-day variable.
    func queueReadsTimeOfDay(_ queue: TaskQueue) -> Bool {
        guard routing.dynamicQueues.contains(queue.sid) else { return false }
        return (try? expressions.expression(queue.targetWorkers, context: .targetWorkers))?.readsTimeOfDay ?? false
    }

    /// A task's own retry: one assignment pass, which schedules the next retry if it still finds nobody.
    mutating func retryForTimeOfDay(_ sid: String, scheduled: Date, _ ctx: OperationContext, _ changes: inout ChangeSet) -> Bool {
        guard routing.timeOfDayRetries[sid] == scheduled else { return false }
        routing.timeOfDayRetries[sid] = nil
        guard tasks[sid]?.assignmentStatus == .pending else { return false }
        return assign(sid, ctx, &changes)
    }

    /// A queue's check: offers its waiting tasks to each worker its expression selects now and did not
    /// select at the last check; repeats next minute while tasks wait.
    mutating func checkQueueForTimeOfDay(_ sid: String, scheduled: Date, _ ctx: OperationContext, _ changes: inout ChangeSet) -> Bool {
        guard routing.queueTimeOfDayChecks[sid] == scheduled else { return false }
        routing.queueTimeOfDayChecks[sid] = nil
        guard let queue = taskQueues[sid], queueReadsTimeOfDay(queue), !(routing.pendingByQueue[sid] ?? []).isEmpty else {
            routing.queueTimeOfDayMembers[sid] = nil
            return false
        }
        let before = routing.queueTimeOfDayMembers[sid] ?? []
        var now: Set<String> = []
        for workerSid in routing.queueMembers[queue.sid] ?? [] {
            if let w = workers[workerSid], isEligible(w, for: queue, now: ctx.now) { now.insert(workerSid) }
        }
        routing.queueTimeOfDayMembers[sid] = now
        var acted = false
        for workerSid in now.subtracting(before).sorted() {
            let reservationsBefore = routing.activeByWorker[workerSid]?.count ?? 0
            offer(workerSid, ctx, &changes)
            if (routing.activeByWorker[workerSid]?.count ?? 0) != reservationsBefore { acted = true }
        }
        // Checks run every minute while tasks wait, so each compares with the minute before; once none
        // waits, the snapshot would go stale and is dropped (the next first check offers to everyone).
        if (routing.pendingByQueue[sid] ?? []).isEmpty {
            routing.queueTimeOfDayMembers[sid] = nil
        } else {
            scheduleQueueCheck(sid, at: Self.nextMinute(after: ctx.now))
        }
        return acted
    }

    /// After a load from the store, time has passed unseen: every check is due at once.
    mutating func scheduleTimeOfDayChecksAfterLoad() {
        for t in tasks.values where t.assignmentStatus == .pending {
            let p = placement(of: t)
            guard p.directWorker == nil else { continue }
            if p.target?.expression?.readsTimeOfDay ?? false {
                routing.timeOfDayRetries[t.sid] = .distantPast
                routing.deadlines.insert(.timeOfDay(t.sid), at: .distantPast)
            }
            if let queue = p.queue, queueReadsTimeOfDay(queue) { scheduleQueueCheck(queue.sid, at: .distantPast) }
        }
    }

    private mutating func scheduleQueueCheck(_ sid: String, at date: Date) {
        if let current = routing.queueTimeOfDayChecks[sid], current <= date { return }
        routing.queueTimeOfDayChecks[sid] = date
        routing.deadlines.insert(.queueTimeOfDay(sid), at: date)
    }

    static func nextMinute(after now: Date) -> Date {
        Date(timeIntervalSince1970: ((now.timeIntervalSince1970 / 60).rounded(.down) + 1) * 60)
    }
}
