public import Foundation

/// The list filters of the REST API, as pure functions of the state.
extension WorkspaceState {
    /// The fields of `worker` that expressions can name (sid, friendly_name, activity, channels).
    public func workerFields(_ w: Worker) -> WorkerFields {
        var channels: [String: WorkerFields.ChannelCapacity] = [:]
        for wcSid in (routing.channelsByWorker[w.sid] ?? [:]).values {
            guard let wc = workerChannels[wcSid], let unique = taskChannels[wc.taskChannelSid]?.uniqueName else { continue }
            channels[unique] = .init(configuredCapacity: wc.configuredCapacity, assignedTasks: assignedTasks(wc),
                                     availableCapacityPercentage: availableCapacityPercentage(wc))
        }
        return WorkerFields(sid: w.sid, friendlyName: w.friendlyName, activitySid: w.activitySid,
                            activityName: activities[w.activitySid]?.friendlyName ?? "", channels: channels)
    }

    /// Whether `worker` matches `queue`'s `target_workers`.
    public func isEligible(_ worker: Worker, for queue: TaskQueue, now: Date) -> Bool {
        if !routing.dynamicQueues.contains(queue.sid) { return routing.queueMembers[queue.sid]?.contains(worker.sid) ?? false }
        guard let expression = try? expressions.expression(queue.targetWorkers, context: .targetWorkers) else { return false }
        let attributes = routing.workerAttributes[worker.sid] ?? (try? JSONValue.parse(worker.attributes)) ?? .object([:])
        return expression.evaluate(.worker(attributes: attributes, fields: workerFields(worker), now: now))
    }

    /// Whether the worker's current activity is available.
    public func isAvailable(_ worker: Worker) -> Bool { activities[worker.activitySid]?.available ?? false }

    /// Workers matching every given filter.
    public func listWorkers(_ q: WorkerQuery, now: Date) throws(DomainError) -> [Worker] {
        let expression = try q.targetWorkersExpression.map { (text) throws(DomainError) in
            try compile(text, context: .workerFilter, parameter: "TargetWorkersExpression")
        }
        var queues: [TaskQueue]?
        if let sid = q.taskQueueSid { queues = taskQueues[sid].map { [$0] } ?? [] }
        if let name = q.taskQueueName {
            let named = taskQueues.values.filter { $0.friendlyName == name }
            queues = queues.map { $0.filter { named.contains($0) } } ?? named
        }
        return workers.values.filter { w in
            if let v = q.activitySid, w.activitySid != v { return false }
            if let v = q.activityName, activities[w.activitySid]?.friendlyName != v { return false }
            if let v = q.available, isAvailable(w) != v { return false }
            if let v = q.friendlyName, w.friendlyName != v { return false }
            if let queues, !queues.contains(where: { isEligible(w, for: $0, now: now) }) { return false }
            if let expression {
                let attributes = (try? JSONValue.parse(w.attributes)) ?? .object([:])
                if !expression.evaluate(.worker(attributes: attributes, fields: workerFields(w), now: now)) { return false }
            }
            return true
        }
    }

    /// Task queues matching every given filter.
    public func listTaskQueues(_ q: TaskQueueQuery, now: Date) throws(DomainError) -> [TaskQueue] {
        var document: JSONValue?
        if let text = q.evaluateWorkerAttributes {
            do { document = try JSONValue.parse(text) } catch {
                throw .invalid("EvaluateWorkerAttributes is not valid JSON: \(error.message)")
            }
        }
        let worker = try q.workerSid.map { (sid) throws(DomainError) -> Worker in
            guard let w = workers[sid] else { throw .invalid("WorkerSid \(sid) is not a worker of workspace \(workspace.sid)") }
            return w
        }
        return taskQueues.values.filter { queue in
            if let v = q.friendlyName, queue.friendlyName != v { return false }
            if let worker, !isEligible(worker, for: queue, now: now) { return false }
            if let document {
                guard let e = try? expressions.expression(queue.targetWorkers, context: .evaluateWorkerAttributes),
                      e.evaluate(.workerDocument(document, now: now)) else { return false }
            }
            return true
        }
    }

    /// Tasks matching every given filter.
    public func listTasks(_ q: TaskQuery, now: Date) throws(DomainError) -> [WorkTask] {
        let expression = try q.evaluateTaskAttributes.map { (text) throws(DomainError) in
            try compile(text, context: .taskFilter, parameter: "EvaluateTaskAttributes")
        }
        let workflowSids = q.workflowName.map { name in Set(workflows.values.filter { $0.friendlyName == name }.map(\.sid)) }
        let queueSids = q.taskQueueName.map { name in Set(taskQueues.values.filter { $0.friendlyName == name }.map(\.sid)) }
        return tasks.values.filter { t in
            if let v = q.priority, t.priority != v { return false }
            if let v = q.assignmentStatus, !v.contains(t.assignmentStatus) { return false }
            if let v = q.workflowSid, t.workflowSid != v { return false }
            if let v = workflowSids, !t.workflowSid.map(v.contains).isTrue { return false }
            if let v = q.taskQueueSid, t.taskQueueSid != v { return false }
            if let v = queueSids, !t.taskQueueSid.map(v.contains).isTrue { return false }
            if let v = q.routingTarget, t.routingTarget != v && t.workflowSid != v && t.taskQueueSid != v { return false }
            if let v = q.hasAddons, (t.addons != "{}" && !t.addons.isEmpty) != v { return false }
            if let expression {
                let attributes = (try? JSONValue.parse(t.attributes)) ?? .object([:])
                if !expression.evaluate(.task(attributes: attributes, now: now)) { return false }
            }
            return true
        }
    }

    /// Activities matching the name and availability filters.
    public func listActivities(friendlyName: String?, available: Bool?) -> [Activity] {
        activities.values.filter { a in
            (friendlyName == nil || a.friendlyName == friendlyName) && (available == nil || a.available == available)
        }
    }

    /// Reservations of a task or a worker, optionally of one status (and worker).
    public func listReservations(task: String? = nil, worker: String? = nil, status: ReservationStatus?) -> [Reservation] {
        reservations.values.filter { r in
            (task == nil || r.taskSid == task) && (worker == nil || r.workerSid == worker) && (status == nil || r.status == status)
        }
    }

    private func compile(_ text: String, context: ExpressionContextKind, parameter: String) throws(DomainError) -> Expression {
        do { return try expressions.expression(text, context: context) } catch {
            throw .invalid("\(parameter): \(error.message)")
        }
    }
}

extension Optional where Wrapped == Bool {
    var isTrue: Bool { self ?? false }
}
