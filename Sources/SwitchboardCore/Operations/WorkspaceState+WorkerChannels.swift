/// WorkerChannel commands and derived figures (routing-semantics §4.6).
extension WorkspaceState {
    /// Sets a worker channel's capacity and/or availability.
    public mutating func updateWorkerChannel(
        _ key: String, worker workerSid: String, capacity: Int?, available: Bool?,
        _ ctx: OperationContext, _ changes: inout ChangeSet
    ) throws(DomainError) -> WorkerChannel {
        var wc = try workerChannel(key, worker: workerSid)
        let previousCapacity = wc.configuredCapacity
        let previousAvailable = wc.available
        if let v = capacity { wc.configuredCapacity = try Validate.int(v, in: 0...1000, parameter: "Capacity") }
        if let v = available { wc.available = v }
        guard wc != workerChannels[wc.sid] else { return wc }  // nothing changed: no new date, no event
        wc.dateUpdated = ctx.now
        put(wc)
        changes.upsert(.workerChannel(wc))
        defer { offer(workerSid, ctx, &changes) }
        guard let w = workers[workerSid] else { return wc }
        var data = workerData(w)
        data["worker_channel_available"] = String(wc.available)
        data["worker_channel_available_capacity"] = String(availableCapacityPercentage(wc))
        data["worker_channel_previous_capacity"] = String(previousCapacity)
        data["worker_channel_task_count"] = String(assignedTasks(wc))
        data["task_channel_sid"] = wc.taskChannelSid
        data["task_channel_unique_name"] = taskChannels[wc.taskChannelSid]?.uniqueName ?? ""
        if wc.configuredCapacity != previousCapacity {
            changes.record(event("worker.capacity.update", resourceType: "worker", resourceSid: workerSid,
                                 description: "Worker \(w.friendlyName) capacity updated", data: data, ctx))
        }
        if wc.available != previousAvailable {
            changes.record(event("worker.channel.availability.update", resourceType: "worker", resourceSid: workerSid,
                                 description: "Worker \(w.friendlyName) channel availability updated", data: data, ctx))
        }
        return wc
    }

    /// The reservations of this worker on this channel in `accepted` state.
    public func assignedTasks(_ wc: WorkerChannel) -> Int {
        reservationsInUse(worker: wc.workerSid, channel: wc.taskChannelSid) { $0 == .accepted }
    }

    /// Reservations holding capacity (pending, accepted, wrapping) of `worker` on tasks of `channel`,
    /// from the index (no scan).
    func reservationsInUse(worker: String, channel: String) -> Int {
        routing.activeCount[worker]?[channel] ?? 0
    }

    /// Reservations of `worker` on `channel` (nil = any channel) whose status passes `include`, counted.
    func reservationsInUse(worker: String, channel: String?, _ include: (ReservationStatus) -> Bool) -> Int {
        var n = 0
        for sid in routing.activeByWorker[worker] ?? [] {
            guard let r = reservations[sid], include(r.status) else { continue }
            if let channel, tasks[r.taskSid]?.taskChannelSid != channel { continue }
            n += 1
        }
        return n
    }

    /// `floor((1 − inUse / capacity) × 100)`, with inUse = pending + accepted + wrapping; 0 when unusable.
    public func availableCapacityPercentage(_ wc: WorkerChannel) -> Int {
        guard wc.available, wc.configuredCapacity > 0 else { return 0 }
        let inUse = reservationsInUse(worker: wc.workerSid, channel: wc.taskChannelSid)
        let free = max(0, wc.configuredCapacity - inUse)
        return free * 100 / wc.configuredCapacity
    }
}
