import Hummingbird
import SwitchboardCore
import SwitchboardEngine
import TaskRouterWire

/// `{WS}/TaskQueues` and `{WS}/TaskQueues/{Sid}`.
struct TaskQueuesController {
    let api: APIServices

    func register(on ws: RouterGroup<SwitchboardRequestContext>) {
        ws.get("TaskQueues", use: list)
        ws.post("TaskQueues", use: create)
        ws.get("TaskQueues/:sid", use: fetch)
        ws.post("TaskQueues/:sid", use: update)
        ws.delete("TaskQueues/:sid", use: delete)
    }

    static func input(_ form: FormParameters) throws -> TaskQueueInput {
        TaskQueueInput(
            friendlyName: form["FriendlyName"], targetWorkers: form["TargetWorkers"],
            maxReservedWorkers: try form.int("MaxReservedWorkers"),
            taskOrder: try form.enumValue("TaskOrder", as: QueueOrder.self),
            reservationActivitySid: form["ReservationActivitySid"], assignmentActivitySid: form["AssignmentActivitySid"])
    }

    @Sendable func list(_ request: Request, context: SwitchboardRequestContext) async throws -> Response {
        let engine = try api.engine(context)
        let query = request.query
        let paging = try PageRequest(query)
        let ordering = try Ordering(query["Ordering"], allowed: ["DateCreated", "DateUpdated", "FriendlyName"], default: "DateCreated")
        let filter = TaskQueueQuery(friendlyName: query["FriendlyName"], evaluateWorkerAttributes: query["EvaluateWorkerAttributes"],
                                    workerSid: query["WorkerSid"])
        let (items, next, previous) = try await engine.read { [renderer = api.renderer] s, now in
            let paginator = ordering.paginator(value: { (q: TaskQueue, name: String) -> SortValue in
                switch name {
                case "DateUpdated": q.dateUpdated.sortValue
                case "FriendlyName": .string(q.friendlyName)
                default: q.dateCreated.sortValue
                }
            }, sid: \.sid)
            let (page, next, previous) = paginator.page(try s.listTaskQueues(filter, now: now), paging)
            return (page.map { renderer.taskQueue($0, s) }, next, previous)
        }
        return try api.page(items, key: "task_queues", request: request, pageRequest: paging, next: next, previous: previous)
    }

    @Sendable func create(_ request: Request, context: SwitchboardRequestContext) async throws -> Response {
        let engine = try api.engine(context)
        let form = try await request.form(context)
        _ = try form.required("FriendlyName")
        let input = try Self.input(form)
        let body = try await engine.perform(try api.caller(context)) { [renderer = api.renderer] s, ctx, changes in
            renderer.taskQueue(try s.createTaskQueue(input, ctx, &changes), s)
        }
        return try JSONResponse.make(body, status: .created)
    }

    @Sendable func fetch(_ request: Request, context: SwitchboardRequestContext) async throws -> Response {
        let engine = try api.engine(context)
        let sid = try sid(context)
        return try JSONResponse.make(try await engine.read { [renderer = api.renderer] s, _ in renderer.taskQueue(try s.taskQueue(sid), s) })
    }

    @Sendable func update(_ request: Request, context: SwitchboardRequestContext) async throws -> Response {
        let engine = try api.engine(context)
        let sid = try sid(context)
        let input = try Self.input(try await request.form(context))
        let body = try await engine.perform(try api.caller(context)) { [renderer = api.renderer] s, ctx, changes in
            renderer.taskQueue(try s.updateTaskQueue(sid, input, ctx, &changes), s)
        }
        return try JSONResponse.make(body)
    }

    @Sendable func delete(_ request: Request, context: SwitchboardRequestContext) async throws -> Response {
        let engine = try api.engine(context)
        let sid = try sid(context)
        try await engine.perform(try api.caller(context)) { s, ctx, changes in try s.deleteTaskQueue(sid, ctx, &changes) }
        return JSONResponse.noContent()
    }

    private func sid(_ context: SwitchboardRequestContext) throws -> String {
        let ws = try context.parameter("workspace")
        return try context.sid("sid", .taskQueue) { "/Workspaces/\(ws)/TaskQueues/\($0)" }
    }
}
