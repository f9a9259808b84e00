import Foundation

/// Keeping the routing indices in step with the resources. Every change of a task, worker,
/// reservation, worker channel or queue goes through these functions.
extension WorkspaceState {
    /// Rebuilds every index and timer from the resources (at start, after loading).
    mutating func rebuildRoutingIndex() {
        routing = RoutingIndex()
        for w in workers.values { routing.workerNames[w.friendlyName.lowercased()] = w.sid }
        for wc in workerChannels.values { routing.channelsByWorker[wc.workerSid, default: [:]][wc.taskChannelSid] = wc.sid }
        for r in reservations.values { indexReservation(r, previous: nil) }
        for q in taskQueues.values { reindexQueue(q.sid) }  // also sorts each queue's pending tasks
        for t in tasks.values { indexTask(t, previous: nil, listQueued: false) }
        scheduleTimeOfDayChecksAfterLoad()
    }

    // MARK: Tasks

    /// Stores a task and updates the pending lists and timers.
    mutating func put(_ task: WorkTask) {
        let previous = tasks[task.sid]
        tasks[task.sid] = task
        indexTask(task, previous: previous)
    }

    /// Removes a task and its reservations from memory and indices (the caller records the store changes).
    mutating func removeTask(_ sid: String) {
        guard let task = tasks.removeValue(forKey: sid) else { return }
        unlistPending(task)
        for r in routing.byTask[sid] ?? [] {
            if let reservation = reservations.removeValue(forKey: r) { unindexReservation(reservation, channel: task.taskChannelSid) }
        }
        routing.byTask[sid] = nil
        routing.timeOfDayRetries[sid] = nil
    }

    private mutating func indexTask(_ task: WorkTask, previous: WorkTask?, listQueued: Bool = true) {
        if let previous { unlistPending(previous) }
        if task.assignmentStatus == .pending && (listQueued || directWorker(of: task) != nil) { listPending(task) }
        let changed = previous == nil || previous!.assignmentStatus != task.assignmentStatus
            || previous!.stepDeadline != task.stepDeadline
        guard changed else { return }
        switch task.assignmentStatus {
        case .pending, .reserved:
            if previous == nil || !(previous!.isRoutable) { routing.deadlines.insert(.timeToLive(task.sid), at: task.expiresAt) }
            if let d = task.stepDeadline { routing.deadlines.insert(.stepTimeout(task.sid), at: d) }
        case .assigned, .wrapping:
            routing.deadlines.insert(.systemDelete(task.sid), at: (task.dateAssigned ?? task.dateUpdated).addingTimeInterval(Self.assignedLifetime))
        case .canceled, .completed:
            routing.deadlines.insert(.purge(task.sid), at: task.dateUpdated.addingTimeInterval(Self.terminalRetention))
        }
    }

    private mutating func listPending(_ task: WorkTask) {
        if let worker = directWorker(of: task) {
            routing.pendingByWorker[worker, default: []].append(task.sid)
            return
        }
        guard let q = task.taskQueueSid, let queue = taskQueues[q] else { return }
        var list = routing.pendingByQueue[q] ?? []
        let tasks = self.tasks
        let position = list.partitioningIndex { other in
            guard let o = tasks[other] else { return true }
            return TaskOrdering.precedes(task, o, in: queue.taskOrder)
        }
        list.insert(task.sid, at: position)
        routing.pendingByQueue[q] = list
    }

    private mutating func unlistPending(_ task: WorkTask) {
        if let worker = directWorker(of: task) {
            routing.pendingByWorker[worker]?.removeAll { $0 == task.sid }
            return
        }
        guard let q = task.taskQueueSid else { return }
        routing.pendingByQueue[q]?.removeAll { $0 == task.sid }
    }

    /// The worker a task is routed straight to, if any.
    func directWorker(of task: WorkTask) -> String? {
        guard let target = task.routingTarget, SIDPrefix.worker.matches(target) else { return nil }
        return target
    }

    // MARK: Reservations

    /// Stores a reservation and updates the capacity index and timers.
    mutating func put(_ reservation: Reservation) {
        let previous = reservations[reservation.sid]
        reservations[reservation.sid] = reservation
        if let previous { unindexReservation(previous) }
        indexReservation(reservation, previous: previous)
    }

    private mutating func indexReservation(_ r: Reservation, previous: Reservation?) {
        routing.byTask[r.taskSid, default: []].insert(r.sid)
        if r.status.isActive, routing.activeByWorker[r.workerSid, default: []].insert(r.sid).inserted,
           let channel = tasks[r.taskSid]?.taskChannelSid {
            routing.activeCount[r.workerSid, default: [:]][channel, default: 0] += 1
        }
        if r.status == .pending, let at = r.timeoutAt, previous?.status != .pending {
            routing.deadlines.insert(.reservationTimeout(r.sid), at: at)
        }
    }

    /// `channel`: the task's channel, when the task is already gone from `tasks`.
    private mutating func unindexReservation(_ r: Reservation, channel: String? = nil) {
        guard routing.activeByWorker[r.workerSid]?.remove(r.sid) != nil,
              let channel = channel ?? tasks[r.taskSid]?.taskChannelSid else { return }
        let left = (routing.activeCount[r.workerSid]?[channel] ?? 0) - 1
        routing.activeCount[r.workerSid]?[channel] = left > 0 ? left : nil
    }

    // MARK: Workers and queues

    /// Stores a worker; recomputes which queues it belongs to when what queue expressions read changed.
    mutating func put(_ worker: Worker, now: Date = Date(timeIntervalSince1970: 0)) {
        let previous = workers.updateValue(worker, forKey: worker.sid)
        if let previous, previous.friendlyName != worker.friendlyName {
            let old = previous.friendlyName.lowercased()
            if routing.workerNames[old] == worker.sid { routing.workerNames[old] = nil }
        }
        if previous?.friendlyName != worker.friendlyName { routing.workerNames[worker.friendlyName.lowercased()] = worker.sid }
        // A reservation only moves `lastReservationAt`: membership cannot change, and re-running every
        // queue expression on each reservation would make routing cost follow the number of queues.
        guard let previous, previous.attributes == worker.attributes, previous.friendlyName == worker.friendlyName,
              previous.activitySid == worker.activitySid else {
            reindexWorker(worker.sid)
            return
        }
    }

    /// Removes a worker from memory and indices.
    mutating func removeWorker(_ sid: String) {
        if let worker = workers.removeValue(forKey: sid) {
            let name = worker.friendlyName.lowercased()
            if routing.workerNames[name] == sid { routing.workerNames[name] = nil }
        }
        for q in routing.workerQueues[sid] ?? [] { routing.queueMembers[q]?.remove(sid) }
        routing.workerQueues[sid] = nil
        routing.channelsByWorker[sid] = nil
        routing.workerAttributes[sid] = nil
    }

    /// Stores a worker channel and indexes it under its worker.
    mutating func put(_ channel: WorkerChannel) {
        workerChannels[channel.sid] = channel
        routing.channelsByWorker[channel.workerSid, default: [:]][channel.taskChannelSid] = channel.sid
    }

    /// Removes a worker channel.
    mutating func removeWorkerChannel(_ sid: String) {
        guard let wc = workerChannels.removeValue(forKey: sid) else { return }
        routing.channelsByWorker[wc.workerSid]?[wc.taskChannelSid] = nil
    }

    /// Recomputes one worker's queue memberships.
    mutating func reindexWorker(_ sid: String) {
        guard let worker = workers[sid] else { return }
        let attributes = (try? JSONValue.parse(worker.attributes)) ?? .object([:])
        routing.workerAttributes[sid] = attributes
        let fields = WorkerFields(sid: worker.sid, friendlyName: worker.friendlyName, activitySid: worker.activitySid,
                                  activityName: activities[worker.activitySid]?.friendlyName ?? "")
        var member: Set<String> = []
        for q in taskQueues.values where belongsStatically(attributes, fields, to: q) { member.insert(q.sid) }
        for q in routing.workerQueues[sid] ?? [] where !member.contains(q) { routing.queueMembers[q]?.remove(sid) }
        for q in member { routing.queueMembers[q, default: []].insert(sid) }
        routing.workerQueues[sid] = member
    }

    /// Recomputes one queue's members (after its creation or a change of `target_workers`).
    mutating func reindexQueue(_ sid: String) {
        for w in routing.queueMembers[sid] ?? [] { routing.workerQueues[w]?.remove(sid) }
        routing.queueMembers[sid] = nil
        guard let q = taskQueues[sid] else {
            routing.dynamicQueues.remove(sid)
            routing.pendingByQueue[sid] = nil
            return
        }
        let source = q.targetWorkers
        if source.contains("taskrouter") || source.contains("channel") { routing.dynamicQueues.insert(sid) } else { routing.dynamicQueues.remove(sid) }
        var members: Set<String> = []
        for w in workers.values {
            let attributes = routing.workerAttributes[w.sid] ?? (try? JSONValue.parse(w.attributes)) ?? .object([:])
            routing.workerAttributes[w.sid] = attributes
            let fields = WorkerFields(sid: w.sid, friendlyName: w.friendlyName, activitySid: w.activitySid,
                                      activityName: activities[w.activitySid]?.friendlyName ?? "")
            if belongsStatically(attributes, fields, to: q) {
                members.insert(w.sid)
                routing.workerQueues[w.sid, default: []].insert(sid)
            }
        }
        routing.queueMembers[sid] = members
        // Re-sort the queue's pending tasks (its task order may have changed).
        let order = q.taskOrder
        let tasks = self.tasks
        let pending = tasks.values.filter { $0.assignmentStatus == .pending && $0.taskQueueSid == sid && directWorker(of: $0) == nil }
        routing.pendingByQueue[sid] = pending.sorted { TaskOrdering.precedes($0, $1, in: order) }.map(\.sid)
    }

    /// Membership by attributes and plain fields; dynamic queues admit everyone here and are checked later.
    private func belongsStatically(_ attributes: JSONValue, _ fields: WorkerFields, to q: TaskQueue) -> Bool {
        if routing.dynamicQueues.contains(q.sid) { return true }
        guard let e = try? expressions.expression(q.targetWorkers, context: .targetWorkers) else { return false }
        return e.evaluate(.worker(attributes: attributes, fields: fields, now: Date(timeIntervalSince1970: 0)))
    }

    static let assignedLifetime: TimeInterval = 86_400
    static let terminalRetention: TimeInterval = 300
}

extension Array {
    /// The first index whose element satisfies `belongsAfter`, assuming the array is partitioned by it.
    func partitioningIndex(where belongsAfter: (Element) -> Bool) -> Int {
        var low = 0, high = count
        while low < high {
            let mid = (low + high) / 2
            if belongsAfter(self[mid]) { high = mid } else { low = mid + 1 }
        }
        return low
    }
}
