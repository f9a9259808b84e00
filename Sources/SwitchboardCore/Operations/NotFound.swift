/// Builds the 404 messages of Twilio's shape: `The requested resource /Workspaces/WS…/Workers/WK… was not found`.
enum NotFound {
    static func resource(_ path: String) -> DomainError {
        .notFound("The requested resource \(path) was not found")
    }
}

extension WorkspaceState {
    /// The workspace-relative path of a collection member, for messages.
    func path(_ collection: String, _ sid: String) -> String {
        "/Workspaces/\(workspace.sid)/\(collection)/\(sid)"
    }

    /// The activity with `sid`, or a 404.
    public func activity(_ sid: String) throws(DomainError) -> Activity {
        guard let v = activities[sid] else { throw NotFound.resource(path("Activities", sid)) }
        return v
    }

    /// The task channel with this SID or unique name, or a 404.
    public func taskChannel(_ sidOrName: String) throws(DomainError) -> TaskChannel {
        if let v = taskChannels[sidOrName] { return v }
        if let v = taskChannels.values.first(where: { $0.uniqueName == sidOrName }) { return v }
        throw NotFound.resource(path("TaskChannels", sidOrName))
    }

    /// The task queue with `sid`, or a 404.
    public func taskQueue(_ sid: String) throws(DomainError) -> TaskQueue {
        guard let v = taskQueues[sid] else { throw NotFound.resource(path("TaskQueues", sid)) }
        return v
    }

    /// The workflow with `sid`, or a 404.
    public func workflow(_ sid: String) throws(DomainError) -> Workflow {
        guard let v = workflows[sid] else { throw NotFound.resource(path("Workflows", sid)) }
        return v
    }

    /// The worker with `sid`, or a 404.
    public func worker(_ sid: String) throws(DomainError) -> Worker {
        guard let v = workers[sid] else { throw NotFound.resource(path("Workers", sid)) }
        return v
    }

    /// The task with `sid`, or a 404.
    public func task(_ sid: String) throws(DomainError) -> WorkTask {
        guard let v = tasks[sid] else { throw NotFound.resource(path("Tasks", sid)) }
        return v
    }

    /// The reservation `sid` of `task`, or a 404.
    public func reservation(_ sid: String, task taskSid: String) throws(DomainError) -> Reservation {
        _ = try task(taskSid)
        guard let v = reservations[sid], v.taskSid == taskSid else {
            throw NotFound.resource(path("Tasks", "\(taskSid)/Reservations/\(sid)"))
        }
        return v
    }

    /// The reservation `sid` of `worker`, or a 404.
    public func reservation(_ sid: String, worker workerSid: String) throws(DomainError) -> Reservation {
        _ = try worker(workerSid)
        guard let v = reservations[sid], v.workerSid == workerSid else {
            throw NotFound.resource(path("Workers", "\(workerSid)/Reservations/\(sid)"))
        }
        return v
    }

    /// The channel of `workerSid` named by a WorkerChannel SID, a TaskChannel SID or a unique name, or a 404.
    public func workerChannel(_ key: String, worker workerSid: String) throws(DomainError) -> WorkerChannel {
        _ = try worker(workerSid)
        if let wc = workerChannels[key], wc.workerSid == workerSid { return wc }
        let channelSid = taskChannels[key]?.sid ?? taskChannels.values.first(where: { $0.uniqueName == key })?.sid
        if let channelSid, let wc = workerChannels.values.first(where: { $0.workerSid == workerSid && $0.taskChannelSid == channelSid }) {
            return wc
        }
        throw NotFound.resource(path("Workers", "\(workerSid)/Channels/\(key)"))
    }
}
