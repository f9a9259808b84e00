import Foundation

/// The templates a workspace can be created from.
public enum WorkspaceTemplate: String, Sendable, CaseIterable {
    /// Default activities and channels only.
    case none = "NONE"
    /// Also a `Sample Queue` and a `Default Fifo Workflow` routing to it.
    case fifo = "FIFO"
}

/// Parameters of `POST /v1/Workspaces`.
public struct WorkspaceCreate: Sendable {
    public var friendlyName: String
    public var eventCallbackUrl: String?
    public var eventsFilter: String?
    public var multiTaskEnabled: Bool?
    public var template: WorkspaceTemplate?
    public var prioritizeQueueOrder: QueueOrder?

    public init(
        friendlyName: String, eventCallbackUrl: String? = nil, eventsFilter: String? = nil,
        multiTaskEnabled: Bool? = nil, template: WorkspaceTemplate? = nil, prioritizeQueueOrder: QueueOrder? = nil
    ) {
        self.friendlyName = friendlyName
        self.eventCallbackUrl = eventCallbackUrl
        self.eventsFilter = eventsFilter
        self.multiTaskEnabled = multiTaskEnabled
        self.template = template
        self.prioritizeQueueOrder = prioritizeQueueOrder
    }
}

/// Parameters of `POST /v1/Workspaces/{Sid}`; nil leaves a field unchanged.
public struct WorkspaceUpdate: Sendable {
    public var friendlyName: String?
    public var eventCallbackUrl: String?
    public var eventsFilter: String?
    public var multiTaskEnabled: Bool?
    public var prioritizeQueueOrder: QueueOrder?
    public var defaultActivitySid: String?
    public var timeoutActivitySid: String?

    public init(
        friendlyName: String? = nil, eventCallbackUrl: String? = nil, eventsFilter: String? = nil,
        multiTaskEnabled: Bool? = nil, prioritizeQueueOrder: QueueOrder? = nil,
        defaultActivitySid: String? = nil, timeoutActivitySid: String? = nil
    ) {
        self.friendlyName = friendlyName
        self.eventCallbackUrl = eventCallbackUrl
        self.eventsFilter = eventsFilter
        self.multiTaskEnabled = multiTaskEnabled
        self.prioritizeQueueOrder = prioritizeQueueOrder
        self.defaultActivitySid = defaultActivitySid
        self.timeoutActivitySid = timeoutActivitySid
    }
}

extension WorkspaceState {
    static let defaultActivities: [(String, Bool)] = [("Offline", false), ("Available", true), ("Unavailable", false)]
    static let defaultChannels: [(String, String)] = [
        ("default", "Default"), ("voice", "Voice"), ("sms", "SMS"), ("chat", "Chat"), ("video", "Video"),
    ]

    /// A new workspace with its default activities and channels (and the FIFO template's queue and workflow).
    public static func create(
        _ input: WorkspaceCreate, _ ctx: OperationContext, _ changes: inout ChangeSet
    ) throws(DomainError) -> WorkspaceState {
        let name = try Validate.friendlyName(input.friendlyName)
        let callback = try input.eventCallbackUrl.map { (v) throws(DomainError) in
            try Validate.callbackURL(v, parameter: "EventCallbackUrl")
        }.flatMap { $0.isEmpty ? nil : $0 }
        let now = ctx.now
        let ws = Workspace(
            sid: ctx.ids.makeSID(.workspace), accountSid: ctx.accountSid, friendlyName: name, dateCreated: now,
            dateUpdated: now, defaultActivitySid: nil, timeoutActivitySid: nil, eventCallbackUrl: callback,
            eventsFilter: input.eventsFilter, multiTaskEnabled: input.multiTaskEnabled ?? true,
            prioritizeQueueOrder: input.prioritizeQueueOrder ?? .fifo
        )
        var state = WorkspaceState(workspace: ws)
        for (activityName, available) in defaultActivities {
            let a = Activity(sid: ctx.ids.makeSID(.activity), workspaceSid: ws.sid, friendlyName: activityName,
                             available: available, dateCreated: now, dateUpdated: now)
            state.activities[a.sid] = a
            if activityName == "Offline" {
                state.workspace.defaultActivitySid = a.sid
                state.workspace.timeoutActivitySid = a.sid
            }
        }
        for (unique, friendly) in defaultChannels {
            let c = TaskChannel(sid: ctx.ids.makeSID(.taskChannel), workspaceSid: ws.sid, friendlyName: friendly,
                                uniqueName: unique, channelOptimizedRouting: false, dateCreated: now, dateUpdated: now)
            state.taskChannels[c.sid] = c
        }
        if input.template == .fifo {
            let q = TaskQueue(sid: ctx.ids.makeSID(.taskQueue), workspaceSid: ws.sid, friendlyName: "Sample Queue",
                              targetWorkers: "1==1", maxReservedWorkers: 1, taskOrder: .fifo,
                              reservationActivitySid: nil, assignmentActivitySid: nil, dateCreated: now, dateUpdated: now)
            state.taskQueues[q.sid] = q
            let config = #"{"task_routing":{"default_filter":{"queue":"\#(q.sid)"}}}"#
            let wf = Workflow(sid: ctx.ids.makeSID(.workflow), workspaceSid: ws.sid, friendlyName: "Default Fifo Workflow",
                              configuration: config, assignmentCallbackUrl: nil, fallbackAssignmentCallbackUrl: nil,
                              taskReservationTimeout: 120, dateCreated: now, dateUpdated: now)
            state.apply(.workflow(wf))
        }
        state.rebuildRoutingIndex()
        changes.upsert(.workspace(state.workspace))
        for r in state.allResources where r.kind != .workspace { changes.upsert(r) }
        changes.record(state.event("workspace.created", resourceType: "workspace", resourceSid: ws.sid,
                                   description: "Workspace \(name) created", data: [:], ctx))
        return state
    }

    /// Every resource of the workspace, the workspace first.
    public var allResources: [StoredResource] {
        var all: [StoredResource] = [.workspace(workspace)]
        all += activities.values.map { .activity($0) }
        all += taskChannels.values.map { .taskChannel($0) }
        all += taskQueues.values.map { .taskQueue($0) }
        all += workflows.values.map { .workflow($0) }
        all += workers.values.map { .worker($0) }
        all += workerChannels.values.map { .workerChannel($0) }
        all += tasks.values.map { .task($0) }
        all += reservations.values.map { .reservation($0) }
        return all
    }

    /// Applies a workspace update after checking every field.
    public mutating func updateWorkspace(
        _ input: WorkspaceUpdate, _ ctx: OperationContext, _ changes: inout ChangeSet
    ) throws(DomainError) -> Workspace {
        var ws = workspace
        if let v = input.friendlyName { ws.friendlyName = try Validate.friendlyName(v) }
        if let v = input.eventCallbackUrl {
            let url = try Validate.callbackURL(v, parameter: "EventCallbackUrl")
            ws.eventCallbackUrl = url.isEmpty ? nil : url
        }
        if let v = input.eventsFilter { ws.eventsFilter = v.isEmpty ? nil : v }
        if let v = input.prioritizeQueueOrder { ws.prioritizeQueueOrder = v }
        if let v = input.defaultActivitySid {
            guard activities[v] != nil else { throw .invalid("DefaultActivitySid \(v) is not an activity of this workspace") }
            ws.defaultActivitySid = v
        }
        if let v = input.timeoutActivitySid {
            guard activities[v] != nil else { throw .invalid("TimeoutActivitySid \(v) is not an activity of this workspace") }
            ws.timeoutActivitySid = v
        }
        if let v = input.multiTaskEnabled, v != ws.multiTaskEnabled {
            guard !tasks.values.contains(where: { !$0.assignmentStatus.isTerminal }) else {
                throw .invalid("MultiTaskEnabled can only be changed while workspace \(ws.sid) has no open tasks")
            }
            ws.multiTaskEnabled = v
        }
        guard ws != workspace else { return ws }  // nothing changed: no new date, no event
        ws.dateUpdated = ctx.now
        workspace = ws
        changes.upsert(.workspace(ws))
        changes.record(event("workspace.updated", resourceType: "workspace", resourceSid: ws.sid,
                             description: "Workspace \(ws.friendlyName) updated", data: [:], ctx))
        return ws
    }
}
