import Foundation
import SwitchboardCore
import TaskRouterWire

/// Turns domain values into TaskRouter wire resources with absolute URLs under the public base URL.
struct Renderer {
    /// The public base URL without a trailing slash.
    let base: String

    /// `{base}/v1/Workspaces/{sid}`.
    func workspaceURL(_ sid: String) -> String { "\(base)/v1/Workspaces/\(sid)" }

    /// `{base}/v1/Workspaces/{ws}/{path}`.
    func url(_ ws: String, _ path: String) -> String { "\(workspaceURL(ws))/\(path)" }

    func workspace(_ w: Workspace, _ s: WorkspaceState) -> WorkspaceResource {
        let u = workspaceURL(w.sid)
        return WorkspaceResource(
            accountSid: w.accountSid, dateCreated: w.dateCreated, dateUpdated: w.dateUpdated,
            defaultActivityName: w.defaultActivitySid.flatMap { s.activities[$0]?.friendlyName },
            defaultActivitySid: w.defaultActivitySid, eventCallbackUrl: w.eventCallbackUrl, eventsFilter: w.eventsFilter,
            friendlyName: w.friendlyName, multiTaskEnabled: w.multiTaskEnabled, sid: w.sid,
            timeoutActivityName: w.timeoutActivitySid.flatMap { s.activities[$0]?.friendlyName },
            timeoutActivitySid: w.timeoutActivitySid, prioritizeQueueOrder: w.prioritizeQueueOrder.rawValue, url: u,
            links: [
                "activities": "\(u)/Activities", "statistics": "\(u)/Statistics",
                "real_time_statistics": "\(u)/RealTimeStatistics", "cumulative_statistics": "\(u)/CumulativeStatistics",
                "task_queues": "\(u)/TaskQueues", "tasks": "\(u)/Tasks", "workers": "\(u)/Workers",
                "workflows": "\(u)/Workflows", "task_channels": "\(u)/TaskChannels", "events": "\(u)/Events",
            ])
    }

    func activity(_ a: Activity, _ s: WorkspaceState) -> ActivityResource {
        ActivityResource(
            accountSid: s.accountSid, available: a.available, dateCreated: a.dateCreated, dateUpdated: a.dateUpdated,
            friendlyName: a.friendlyName, sid: a.sid, workspaceSid: a.workspaceSid,
            url: url(a.workspaceSid, "Activities/\(a.sid)"), links: ["workspace": workspaceURL(a.workspaceSid)])
    }

    func taskChannel(_ c: TaskChannel, _ s: WorkspaceState) -> TaskChannelResource {
        TaskChannelResource(
            accountSid: s.accountSid, dateCreated: c.dateCreated, dateUpdated: c.dateUpdated, friendlyName: c.friendlyName,
            sid: c.sid, uniqueName: c.uniqueName, workspaceSid: c.workspaceSid,
            channelOptimizedRouting: c.channelOptimizedRouting, url: url(c.workspaceSid, "TaskChannels/\(c.sid)"),
            links: ["workspace": workspaceURL(c.workspaceSid)])
    }

    func taskQueue(_ q: TaskQueue, _ s: WorkspaceState) -> TaskQueueResource {
        let u = url(q.workspaceSid, "TaskQueues/\(q.sid)")
        var links = [
            "workspace": workspaceURL(q.workspaceSid), "statistics": "\(u)/Statistics",
            "real_time_statistics": "\(u)/RealTimeStatistics", "cumulative_statistics": "\(u)/CumulativeStatistics",
            "list_statistics": url(q.workspaceSid, "TaskQueues/Statistics"),
            "bulk_real_time_statistics": url(q.workspaceSid, "TaskQueues/RealTimeStatistics"),
        ]
        if let a = q.assignmentActivitySid { links["assignment_activity"] = url(q.workspaceSid, "Activities/\(a)") }
        if let a = q.reservationActivitySid { links["reservation_activity"] = url(q.workspaceSid, "Activities/\(a)") }
        return TaskQueueResource(
            accountSid: s.accountSid, assignmentActivitySid: q.assignmentActivitySid,
            assignmentActivityName: q.assignmentActivitySid.flatMap { s.activities[$0]?.friendlyName },
            dateCreated: q.dateCreated, dateUpdated: q.dateUpdated, friendlyName: q.friendlyName,
            maxReservedWorkers: q.maxReservedWorkers, reservationActivitySid: q.reservationActivitySid,
            reservationActivityName: q.reservationActivitySid.flatMap { s.activities[$0]?.friendlyName },
            sid: q.sid, targetWorkers: q.targetWorkers, taskOrder: q.taskOrder.rawValue, url: u,
            workspaceSid: q.workspaceSid, links: links)
    }

    func workflow(_ w: Workflow, _ s: WorkspaceState) -> WorkflowResource {
        let u = url(w.workspaceSid, "Workflows/\(w.sid)")
        return WorkflowResource(
            accountSid: s.accountSid, assignmentCallbackUrl: w.assignmentCallbackUrl, configuration: w.configuration,
            dateCreated: w.dateCreated, dateUpdated: w.dateUpdated, documentContentType: "application/json",
            fallbackAssignmentCallbackUrl: w.fallbackAssignmentCallbackUrl, friendlyName: w.friendlyName, sid: w.sid,
            taskReservationTimeout: w.taskReservationTimeout, workspaceSid: w.workspaceSid, url: u,
            links: [
                "statistics": "\(u)/Statistics", "real_time_statistics": "\(u)/RealTimeStatistics",
                "cumulative_statistics": "\(u)/CumulativeStatistics",
            ])
    }

    func worker(_ w: Worker, _ s: WorkspaceState) -> WorkerResource {
        let u = url(w.workspaceSid, "Workers/\(w.sid)")
        let workers = url(w.workspaceSid, "Workers")
        return WorkerResource(
            accountSid: s.accountSid, activityName: s.activities[w.activitySid]?.friendlyName, activitySid: w.activitySid,
            attributes: w.attributes, available: s.isAvailable(w), dateCreated: w.dateCreated,
            dateStatusChanged: w.dateStatusChanged, dateUpdated: w.dateUpdated, friendlyName: w.friendlyName, sid: w.sid,
            workspaceSid: w.workspaceSid, url: u,
            links: [
                "channels": "\(u)/Channels", "worker_channels": "\(u)/Channels",
                "activity": url(w.workspaceSid, "Activities/\(w.activitySid)"), "workspace": workspaceURL(w.workspaceSid),
                "reservations": "\(u)/Reservations", "worker_statistics": "\(u)/Statistics",
                "statistics": "\(workers)/Statistics", "real_time_statistics": "\(workers)/RealTimeStatistics",
                "cumulative_statistics": "\(workers)/CumulativeStatistics",
            ])
    }

    func workerChannel(_ c: WorkerChannel, _ s: WorkspaceState) -> WorkerChannelResource {
        WorkerChannelResource(
            accountSid: s.accountSid, assignedTasks: s.assignedTasks(c), available: c.available,
            availableCapacityPercentage: s.availableCapacityPercentage(c), configuredCapacity: c.configuredCapacity,
            dateCreated: c.dateCreated, dateUpdated: c.dateUpdated, sid: c.sid, taskChannelSid: c.taskChannelSid,
            taskChannelUniqueName: s.taskChannels[c.taskChannelSid]?.uniqueName, workerSid: c.workerSid,
            workspaceSid: c.workspaceSid, url: url(c.workspaceSid, "Workers/\(c.workerSid)/Channels/\(c.sid)"))
    }

    func task(_ t: WorkTask, _ s: WorkspaceState, now: Date) -> TaskResource {
        let u = url(t.workspaceSid, "Tasks/\(t.sid)")
        var links = ["workspace": workspaceURL(t.workspaceSid), "reservations": "\(u)/Reservations"]
        if let q = t.taskQueueSid { links["task_queue"] = url(t.workspaceSid, "TaskQueues/\(q)") }
        if let w = t.workflowSid { links["workflow"] = url(t.workspaceSid, "Workflows/\(w)") }
        return TaskResource(
            accountSid: s.accountSid, age: t.age(at: now), assignmentStatus: t.assignmentStatus.rawValue,
            attributes: t.attributes, addons: t.addons, dateCreated: t.dateCreated, dateUpdated: t.dateUpdated,
            taskQueueEnteredDate: t.taskQueueEnteredDate, priority: t.priority, reason: t.reason, sid: t.sid,
            taskQueueSid: t.taskQueueSid, taskQueueFriendlyName: t.taskQueueSid.flatMap { s.taskQueues[$0]?.friendlyName },
            taskChannelSid: t.taskChannelSid, taskChannelUniqueName: s.taskChannels[t.taskChannelSid]?.uniqueName,
            timeout: t.timeout, workflowSid: t.workflowSid,
            workflowFriendlyName: t.workflowSid.flatMap { s.workflows[$0]?.friendlyName }, workspaceSid: t.workspaceSid,
            url: u, links: links, virtualStartTime: t.virtualStartTime, ignoreCapacity: t.ignoreCapacity,
            routingTarget: t.routingTarget)
    }

    /// A reservation as seen under its task (`viaWorker` false) or under its worker.
    func reservation(_ r: Reservation, _ s: WorkspaceState, viaWorker: Bool) -> ReservationResource {
        let u = viaWorker
            ? url(r.workspaceSid, "Workers/\(r.workerSid)/Reservations/\(r.sid)")
            : url(r.workspaceSid, "Tasks/\(r.taskSid)/Reservations/\(r.sid)")
        return ReservationResource(
            accountSid: s.accountSid, dateCreated: r.dateCreated, dateUpdated: r.dateUpdated,
            reservationStatus: r.status.rawValue, sid: r.sid, taskSid: r.taskSid,
            workerName: s.workers[r.workerSid]?.friendlyName, workerSid: r.workerSid, workspaceSid: r.workspaceSid,
            url: u,
            links: [
                "task": url(r.workspaceSid, "Tasks/\(r.taskSid)"), "worker": url(r.workspaceSid, "Workers/\(r.workerSid)"),
                "workspace": workspaceURL(r.workspaceSid),
            ])
    }

    func event(_ e: WorkspaceEvent) -> EventResource {
        EventResource(
            accountSid: e.accountSid, actorSid: e.actorSid, actorType: e.actorType, actorUrl: actorURL(e),
            description: e.description, eventData: .object(e.data.mapValues { .string($0) }), eventDate: e.eventDate,
            eventDateMs: Int(e.eventDateMs), eventType: e.eventType, resourceSid: e.resourceSid,
            resourceType: e.resourceType, resourceUrl: resourceURL(e), sid: e.sid, source: e.source,
            sourceIpAddress: e.sourceIpAddress, url: url(e.workspaceSid, "Events/\(e.sid)"), workspaceSid: e.workspaceSid)
    }

    private func actorURL(_ e: WorkspaceEvent) -> String? {
        switch e.actorType {
        case "account": nil
        case "workspace": workspaceURL(e.workspaceSid)
        case "worker": url(e.workspaceSid, "Workers/\(e.actorSid)")
        default: nil
        }
    }

    private func resourceURL(_ e: WorkspaceEvent) -> String? {
        let ws = e.workspaceSid
        return switch e.resourceType {
        case "workspace": workspaceURL(ws)
        case "activity": url(ws, "Activities/\(e.resourceSid)")
        case "task-channel": url(ws, "TaskChannels/\(e.resourceSid)")
        case "task-queue": url(ws, "TaskQueues/\(e.resourceSid)")
        case "workflow": url(ws, "Workflows/\(e.resourceSid)")
        case "worker": url(ws, "Workers/\(e.resourceSid)")
        case "task": url(ws, "Tasks/\(e.resourceSid)")
        case "reservation": e.taskSid.map { url(ws, "Tasks/\($0)/Reservations/\(e.resourceSid)") }
        default: nil
        }
    }
}
