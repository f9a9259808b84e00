/// Properties that must hold after every command; tests check them after each step.
extension WorkspaceState {
    /// Every broken invariant, described; empty when the state is consistent.
    ///
    /// - a task has at most one accepted (or wrapping) reservation, and only when assigned/wrapping/completed;
    /// - a reserved task has a pending reservation, a pending task has none;
    /// - a worker's active reservations never exceed its capacity (multitasking: per channel; single-tasking: one);
    /// - the routing indices agree with the resources.
    public func invariantViolations() -> [String] {
        var problems: [String] = []
        var byTask: [String: [Reservation]] = [:]
        for r in reservations.values { byTask[r.taskSid, default: []].append(r) }
        for t in tasks.values {
            let rs = byTask[t.sid] ?? []
            let held = rs.filter { $0.status == .accepted || $0.status == .wrapping }
            let pending = rs.filter { $0.status == .pending }
            if held.count > 1 { problems.append("task \(t.sid) has \(held.count) accepted reservations") }
            switch t.assignmentStatus {
            case .reserved where pending.isEmpty: problems.append("reserved task \(t.sid) has no pending reservation")
            case .pending where !pending.isEmpty: problems.append("pending task \(t.sid) has pending reservations")
            case .pending, .reserved: if !held.isEmpty { problems.append("task \(t.sid) is \(t.assignmentStatus) with an accepted reservation") }
            default: break
            }
            let listed = (routing.pendingByQueue[t.taskQueueSid ?? ""] ?? []).contains(t.sid)
                || (routing.pendingByWorker[t.routingTarget ?? ""] ?? []).contains(t.sid)
            if (t.assignmentStatus == .pending) != listed && t.taskQueueSid != nil {
                problems.append("task \(t.sid) (\(t.assignmentStatus)) pending-index membership is \(listed)")
            }
        }
        for w in workers.values {
            let active = reservations.values.filter { $0.workerSid == w.sid && $0.status.isActive }
            if Set(active.map(\.sid)) != (routing.activeByWorker[w.sid] ?? []) {
                problems.append("worker \(w.sid) capacity index disagrees with its reservations")
            }
            if workspace.multiTaskEnabled {
                var perChannel: [String: Int] = [:]
                for r in active { perChannel[tasks[r.taskSid]?.taskChannelSid ?? "", default: 0] += 1 }
                if perChannel.filter({ $0.value > 0 }) != (routing.activeCount[w.sid] ?? [:]) {
                    problems.append("worker \(w.sid) per-channel capacity counts disagree with its reservations")
                }
                for (channel, n) in perChannel {
                    let capacity = routing.channelsByWorker[w.sid]?[channel].flatMap { workerChannels[$0] }?.configuredCapacity ?? 0
                    let ignoring = active.contains { tasks[$0.taskSid]?.ignoreCapacity == true }
                    if n > capacity && !ignoring { problems.append("worker \(w.sid) holds \(n) reservations on channel \(channel) with capacity \(capacity)") }
                }
            } else if active.count > 1 && !active.contains(where: { tasks[$0.taskSid]?.ignoreCapacity == true }) {
                problems.append("worker \(w.sid) holds \(active.count) reservations in a single-tasking workspace")
            }
        }
        return problems
    }
}
