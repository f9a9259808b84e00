import Foundation

/// The assignment pass (routing-semantics §4.3): task-driven (a task became pending) and
/// worker-driven (a worker may have become free). Both give the result of the sequential procedure.
extension WorkspaceState {
    static let maxAssignments = 1000
    static let defaultReservationTimeout = 120

    /// Offers a pending task to the first `max_reserved_workers` eligible workers; applies `skip_if`
    /// when nobody could be reserved. Returns whether a reservation was created.
    @discardableResult
    mutating func assign(_ taskSid: String, _ ctx: OperationContext, _ changes: inout ChangeSet, skipCheck: Bool = false) -> Bool {
        guard let task = tasks[taskSid], task.assignmentStatus == .pending else { return false }
        let p = placement(of: task)
        let attributes = (try? JSONValue.parse(task.attributes)) ?? .object([:])
        var candidates: [Worker] = []
        if let direct = p.directWorker {
            if let w = workers[direct], isEligible(w, for: task, p, taskAttributes: attributes, now: ctx.now) { candidates.append(w) }
        } else if let q = p.queue {
            // The queue's members only: the cost follows the workers who could take the task.
            for sid in routing.queueMembers[q.sid] ?? [] {
                guard let w = workers[sid], isEligible(w, for: task, p, taskAttributes: attributes, now: ctx.now) else { continue }
                candidates.append(w)
            }
        }
        let limit = p.directWorker == nil ? (p.queue?.maxReservedWorkers ?? 1) : 1
        let chosen = best(candidates, limit: limit, by: p.target?.orderBy)
        if !chosen.isEmpty {
            reserve(taskSid, for: chosen, ctx, &changes)
            return true
        }
        if skipCheck, let skip = p.target?.skipIf, !skip.isEmpty,
           skip.evaluate(.step(task: attributes, workers: workerCounts(in: p.queue), now: ctx.now)) {
            advance(taskSid, cause: .skip, ctx, &changes)
            return false
        }
        waitForTimeOfDay(taskSid, p, now: ctx.now)
        return false
    }

    /// Gives a worker that may have become free the waiting tasks it is eligible for, best first,
    /// while it has capacity.
    mutating func offer(_ workerSid: String, _ ctx: OperationContext, _ changes: inout ChangeSet) {
        var tried: Set<String> = []
        for _ in 0..<1000 {
            guard let worker = workers[workerSid] else { return }
            if (routing.pendingByWorker[workerSid] ?? []).isEmpty && !(isAvailable(worker) && hasAnyFreeSlot(worker)) { return }
            guard let next = nextTask(for: worker, skipping: tried, now: ctx.now) else { return }
            tried.insert(next)
            assign(next, ctx, &changes)
        }
    }

    /// The best waiting task this worker is eligible for, across its direct tasks and its queues.
    private func nextTask(for worker: Worker, skipping tried: Set<String>, now: Date) -> String? {
        for sid in routing.pendingByWorker[worker.sid] ?? [] where !tried.contains(sid) {
            guard let t = tasks[sid] else { continue }
            let attributes = (try? JSONValue.parse(t.attributes)) ?? .object([:])
            if isEligible(worker, for: t, placement(of: t), taskAttributes: attributes, now: now) { return sid }
        }
        guard isAvailable(worker) else { return nil }
        var best: (task: WorkTask, order: QueueOrder)?
        for q in routing.workerQueues[worker.sid] ?? [] {
            guard let queue = taskQueues[q] else { continue }
            for sid in routing.pendingByQueue[q] ?? [] where !tried.contains(sid) {
                guard let t = tasks[sid] else { continue }
                if let b = best, !TaskOrdering.precedes((t, queue.taskOrder), b, first: workspace.prioritizeQueueOrder) { break }
                let attributes = (try? JSONValue.parse(t.attributes)) ?? .object([:])
                if isEligible(worker, for: t, placement(of: t), taskAttributes: attributes, now: now) {
                    best = (t, queue.taskOrder)
                    break
                }
            }
        }
        return best?.task.sid
    }

    /// Creates one pending reservation per worker; the task becomes `reserved`.
    private mutating func reserve(_ taskSid: String, for workerSids: [String], _ ctx: OperationContext, _ changes: inout ChangeSet) {
        guard var task = tasks[taskSid] else { return }
        let count = (task.assignmentCount ?? 0) + 1
        if count > Self.maxAssignments {
            cancel(&task, reason: "Max assignment count reached", ctx, &changes)
            return
        }
        let p = placement(of: task)
        task.assignmentCount = count
        task.assignmentStatus = .reserved
        task.dateUpdated = ctx.now
        task.version += 1
        put(task)
        changes.upsert(.task(task))
        let timeout = p.workflow?.taskReservationTimeout ?? Self.defaultReservationTimeout
        for workerSid in workerSids {
            guard var worker = workers[workerSid] else { continue }
            var r = Reservation(sid: ctx.ids.makeSID(.reservation), workspaceSid: workspace.sid, taskSid: taskSid,
                                workerSid: workerSid, status: .pending, dateCreated: ctx.now, dateUpdated: ctx.now, version: 0)
            r.timeoutAt = ctx.now.addingTimeInterval(TimeInterval(timeout))
            worker.lastReservationAt = ctx.now
            put(worker)
            let reservationActivity = workspace.multiTaskEnabled ? nil : p.queue?.reservationActivitySid
            let moves = reservationActivity.map { $0 != worker.activitySid } ?? false
            if moves { r.previousActivitySid = worker.activitySid }
            let callbackURL = p.workflow?.assignmentCallbackUrl
            if callbackURL != nil { r.assignmentCallbackPending = true }
            put(r)
            changes.upsert(.reservation(r))
            changes.upsert(.worker(worker))
            changes.record(reservationEvent("reservation.created", r, ctx))
            if moves, let activity = reservationActivity { setActivity(workerSid, to: activity, ctx, &changes) }
            if let wf = p.workflow, let url = callbackURL {
                changes.assignmentCallbacks.append(assignmentCallback(r, task: task, workflow: wf, url: url, now: ctx.now))
            }
        }
    }

    /// Counts of the queue's workers by availability and activity, for `skip_if`.
    func workerCounts(in queue: TaskQueue?) -> WorkerCounts {
        var counts = WorkerCounts()
        guard let queue else { return counts }
        for sid in routing.queueMembers[queue.sid] ?? [] {
            guard let w = workers[sid] else { continue }
            if routing.dynamicQueues.contains(queue.sid) && !isEligible(w, for: queue, now: Date(timeIntervalSince1970: 0)) { continue }
            if isAvailable(w) { counts.available += 1 } else { counts.unavailable += 1 }
            counts.byActivitySid[w.activitySid, default: 0] += 1
        }
        return counts
    }

    func assignmentCallback(_ r: Reservation, task: WorkTask, workflow: Workflow, url: String, now: Date) -> AssignmentCallbackRequest {
        let worker = workers[r.workerSid]
        let form: [FormField] = [
            FormField("AccountSid", workspace.accountSid), FormField("WorkspaceSid", workspace.sid),
            FormField("WorkflowSid", workflow.sid), FormField("TaskQueueSid", task.taskQueueSid ?? ""),
            FormField("WorkerSid", r.workerSid), FormField("WorkerAttributes", worker?.attributes ?? "{}"),
            FormField("TaskSid", task.sid), FormField("TaskAttributes", task.attributes),
            FormField("TaskAge", String(task.age(at: now))), FormField("TaskPriority", String(task.priority)),
            FormField("ReservationSid", r.sid), FormField("Timestamp", String(Int(now.timeIntervalSince1970))),
        ]
        return AssignmentCallbackRequest(workspaceSid: workspace.sid, reservationSid: r.sid, url: url,
                                         fallbackURL: workflow.fallbackAssignmentCallbackUrl, form: form)
    }

    /// A reservation event with the task, worker, queue and workflow fields.
    func reservationEvent(_ type: String, _ r: Reservation, _ ctx: OperationContext) -> WorkspaceEvent {
        var data = tasks[r.taskSid].map { taskData($0, now: ctx.now) } ?? ["task_sid": r.taskSid]
        if let w = workers[r.workerSid] { data.merge(workerData(w)) { a, _ in a } }
        data["reservation_sid"] = r.sid
        return event(type, resourceType: "reservation", resourceSid: r.sid,
                     description: "Reservation \(r.sid) \(type.dropFirst("reservation.".count))", data: data, ctx)
    }
}
