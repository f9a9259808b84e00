import Hummingbird
import SwitchboardCore
import SwitchboardEngine
import TaskRouterWire

/// `{WS}/Tasks` and `{WS}/Tasks/{Sid}`.
struct TasksController {
    let api: APIServices

    func register(on ws: RouterGroup<SwitchboardRequestContext>) {
        ws.get("Tasks", use: list)
        ws.post("Tasks", use: create)
        ws.get("Tasks/:sid", use: fetch)
        ws.post("Tasks/:sid", use: update)
        ws.delete("Tasks/:sid", use: delete)
    }

    @Sendable func list(_ request: Request, context: SwitchboardRequestContext) async throws -> Response {
        let engine = try api.engine(context)
        let query = request.query
        let paging = try PageRequest(query)
        let ordering = try Ordering(query["Ordering"], allowed: ["DateCreated", "Priority", "VirtualStartTime"], default: "DateCreated")
        if ordering.names.contains("DateCreated") && ordering.names.contains("VirtualStartTime") {
            throw APIError.invalid("Ordering cannot combine DateCreated and VirtualStartTime")
        }
        let statuses = try query.enumList("AssignmentStatus", as: AssignmentStatus.self)
        let filter = TaskQuery(
            priority: try query.int("Priority"), assignmentStatus: statuses.isEmpty ? nil : Set(statuses),
            workflowSid: query["WorkflowSid"], workflowName: query["WorkflowName"], taskQueueSid: query["TaskQueueSid"],
            taskQueueName: query["TaskQueueName"], evaluateTaskAttributes: query["EvaluateTaskAttributes"],
            routingTarget: query["RoutingTarget"], hasAddons: query.bool("HasAddons"))
        let (items, next, previous, etag) = try await engine.read { [renderer = api.renderer] s, now in
            let paginator = ordering.paginator(value: { (t: WorkTask, name: String) -> SortValue in
                switch name {
                case "Priority": .int(Int64(t.priority))
                case "VirtualStartTime": t.virtualStartTime.sortValue
                default: t.dateCreated.sortValue
                }
            }, sid: \.sid)
            let (page, next, previous) = paginator.page(try s.listTasks(filter, now: now), paging)
            return (page.map { renderer.task($0, s, now: now) }, next, previous, APIServices.listETag(page.map { ($0.sid, $0.version) }))
        }
        return try api.page(items, key: "tasks", request: request, pageRequest: paging, next: next, previous: previous, etag: etag)
    }

    @Sendable func create(_ request: Request, context: SwitchboardRequestContext) async throws -> Response {
        let engine = try api.engine(context)
        let form = try await request.form(context)
        let input = TaskCreate(
            attributes: form["Attributes"], workflowSid: form["WorkflowSid"], taskChannel: form["TaskChannel"],
            priority: try form.int("Priority"), timeout: try form.int("Timeout"),
            virtualStartTime: try form.date("VirtualStartTime"), routingTarget: form["RoutingTarget"],
            ignoreCapacity: form.bool("IgnoreCapacity"), taskQueueSid: form["TaskQueueSid"])
        let (body, version) = try await engine.perform(try api.caller(context)) { [renderer = api.renderer] s, ctx, changes in
            let t = try s.createTask(input, ctx, &changes)
            return (renderer.task(t, s, now: ctx.now), t.version)
        }
        return try JSONResponse.make(body, status: .created, etag: version)
    }

    @Sendable func fetch(_ request: Request, context: SwitchboardRequestContext) async throws -> Response {
        let engine = try api.engine(context)
        let sid = try sid(context)
        let (body, version) = try await engine.read { [renderer = api.renderer] s, now in
            let t = try s.task(sid)
            return (renderer.task(t, s, now: now), t.version)
        }
        return try JSONResponse.make(body, etag: version)
    }

    @Sendable func update(_ request: Request, context: SwitchboardRequestContext) async throws -> Response {
        let engine = try api.engine(context)
        let sid = try sid(context)
        let form = try await request.form(context)
        let input = TaskUpdate(
            attributes: form["Attributes"], assignmentStatus: try form.enumValue("AssignmentStatus", as: AssignmentStatus.self),
            reason: form["Reason"], priority: try form.int("Priority"), taskChannel: form["TaskChannel"],
            virtualStartTime: try form.date("VirtualStartTime"))
        let ifMatch = request.ifMatch
        let (body, version) = try await engine.perform(try api.caller(context)) { [renderer = api.renderer] s, ctx, changes in
            let t = try s.updateTask(sid, input, ifMatch: ifMatch, ctx, &changes)
            return (renderer.task(t, s, now: ctx.now), t.version)
        }
        return try JSONResponse.make(body, etag: version)
    }

    @Sendable func delete(_ request: Request, context: SwitchboardRequestContext) async throws -> Response {
        let engine = try api.engine(context)
        let sid = try sid(context)
        let ifMatch = request.ifMatch
        try await engine.perform(try api.caller(context)) { s, ctx, changes in try s.deleteTask(sid, ifMatch: ifMatch, ctx, &changes) }
        return JSONResponse.noContent()
    }

    private func sid(_ context: SwitchboardRequestContext) throws -> String {
        let ws = try context.parameter("workspace")
        return try context.sid("sid", .task) { "/Workspaces/\(ws)/Tasks/\($0)" }
    }
}
