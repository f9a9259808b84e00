import Foundation

/// Who may take a task right now (routing-semantics §4.2) and in which order (§2.4).
extension WorkspaceState {
    /// Where a pending task waits: its queue, and the workflow target it entered (if any).
    struct Placement {
        var queue: TaskQueue?
        var target: WorkflowTarget?
        var workflow: Workflow?
        var directWorker: String?
    }

    func placement(of task: WorkTask) -> Placement {
        let workflow = task.workflowSid.flatMap { workflows[$0] }
        var target: WorkflowTarget?
        if let index = task.routingTargetIndex, let wf = task.workflowSid, let config = compiledWorkflows[wf] {
            target = config.target(filterIndex: task.routingFilterIndex, targetIndex: index)
        }
        return Placement(queue: task.taskQueueSid.flatMap { taskQueues[$0] }, target: target, workflow: workflow,
                         directWorker: directWorker(of: task))
    }

    /// Whether the worker's activity is available and it has capacity for a task on `channel`.
    func hasCapacity(_ worker: Worker, channel: String) -> Bool {
        guard isAvailable(worker) else { return false }
        return hasFreeSlot(worker, channel: channel)
    }

    /// Capacity only (no activity check): multitasking per channel, single-tasking one task at a time.
    func hasFreeSlot(_ worker: Worker, channel: String) -> Bool {
        if workspace.multiTaskEnabled {
            guard let wcSid = routing.channelsByWorker[worker.sid]?[channel], let wc = workerChannels[wcSid],
                  wc.available, wc.configuredCapacity > 0 else { return false }
            return reservationsInUse(worker: worker.sid, channel: channel) < wc.configuredCapacity
        }
        return (routing.activeByWorker[worker.sid] ?? []).isEmpty
    }

    /// Whether the worker has a free slot on some channel (a cheap test before scanning queues).
    func hasAnyFreeSlot(_ worker: Worker) -> Bool {
        guard workspace.multiTaskEnabled else { return (routing.activeByWorker[worker.sid] ?? []).isEmpty }
        return (routing.channelsByWorker[worker.sid] ?? [:]).keys.contains { hasFreeSlot(worker, channel: $0) }
    }

    /// Whether `worker` may receive a new reservation for `task` in its current step.
    func isEligible(_ worker: Worker, for task: WorkTask, _ p: Placement, taskAttributes: JSONValue, now: Date) -> Bool {
        if let direct = p.directWorker {
            guard worker.sid == direct else { return false }
            if !(task.ignoreCapacity ?? true) && !hasCapacity(worker, channel: task.taskChannelSid) { return false }
        } else {
            guard let queue = p.queue, isEligible(worker, for: queue, now: now) else { return false }
            guard hasCapacity(worker, channel: task.taskChannelSid) else { return false }
        }
        if let target = p.target {
            let workerAttributes = routing.workerAttributes[worker.sid] ?? .object([:])
            if let known = target.knownWorker {
                let value = known.value(in: taskAttributes)
                switch (known.kind, value) {
                case (.sid, .string(let sid)): guard sid == worker.sid else { return false }
                case (.friendlyName, .string(let name)): guard name.lowercased() == worker.friendlyName.lowercased() else { return false }
                default: return false
                }
            }
            if let expression = target.expression, !expression.isEmpty {
                let scope = ExpressionScope.pair(task: taskAttributes, worker: workerAttributes,
                                                 workerFields: workerFields(worker), now: now)
                guard expression.evaluate(scope) else { return false }
            }
        }
        for sid in routing.byTask[task.sid] ?? [] where reservations[sid]?.workerSid == worker.sid && reservations[sid]?.status == .pending {
            return false
        }
        return true
    }

    /// The SIDs of the first `limit` candidates in routing order: `order_by` clauses (integer values only;
    /// missing last), then longest idle, then older workers, then SID. A single choice is a linear scan.
    func best(_ candidates: [Worker], limit: Int, by orderBy: OrderBy?) -> [String] {
        guard !candidates.isEmpty, limit > 0 else { return [] }
        var ranks = candidates.map { WorkerRank(sid: $0.sid, idleSince: $0.idleSince, dateCreated: $0.dateCreated) }
        for clause in orderBy?.clauses ?? [] {
            let values = candidates.map { clause.value(workerAttributes: routing.workerAttributes[$0.sid] ?? .null, fields: workerFields($0)) }
            let integers: [Int?] = values.map { v in
                if case .number(let d) = v, d.rounded() == d, abs(d) < 9.0e15 { return Int(d) }
                return nil
            }
            // A clause with a value that is not an integer (or null) does not order anyone.
            let usable = zip(values, integers).allSatisfy { v, i in i != nil || v == .null }
            guard usable else { continue }
            for i in ranks.indices {
                ranks[i].keys.append(integers[i].map { clause.direction == .ascending ? $0 : -$0 })
            }
        }
        if limit == 1 {
            var first = ranks[0]
            for r in ranks.dropFirst() where r.precedes(first) { first = r }
            return [first.sid]
        }
        return ranks.sorted { $0.precedes($1) }.prefix(limit).map(\.sid)
    }
}

/// What orders the workers who may take a task (see `WorkspaceState.best`).
struct WorkerRank {
    var sid: String
    var idleSince: Date
    var dateCreated: Date
    /// One key per usable `order_by` clause, already negated for DESC; nil (missing) sorts last.
    var keys: [Int?] = []

    func precedes(_ other: WorkerRank) -> Bool {
        for (x, y) in zip(keys, other.keys) where x != y {
            switch (x, y) {
            case (nil, _): return false
            case (_, nil): return true
            case (let x?, let y?): return x < y
            }
        }
        if idleSince != other.idleSince { return idleSince < other.idleSince }
        if dateCreated != other.dateCreated { return dateCreated < other.dateCreated }
        return sid < other.sid
    }
}
