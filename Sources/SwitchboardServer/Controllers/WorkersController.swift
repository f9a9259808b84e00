import Hummingbird
import SwitchboardCore
import SwitchboardEngine
import TaskRouterWire

/// `{WS}/Workers` and `{WS}/Workers/{Sid}`.
struct WorkersController {
    let api: APIServices

    func register(on ws: RouterGroup<SwitchboardRequestContext>) {
        ws.get("Workers", use: list)
        ws.post("Workers", use: create)
        ws.get("Workers/:sid", use: fetch)
        ws.post("Workers/:sid", use: update)
        ws.delete("Workers/:sid", use: delete)
    }

    static func input(_ form: FormParameters) throws -> WorkerInput {
        WorkerInput(friendlyName: form["FriendlyName"], activitySid: form["ActivitySid"], attributes: form["Attributes"],
                    rejectPendingReservations: form.bool("RejectPendingReservations") ?? false)
    }

    @Sendable func list(_ request: Request, context: SwitchboardRequestContext) async throws -> Response {
        let engine = try api.engine(context)
        let query = request.query
        let paging = try PageRequest(query)
        let ordering = try Ordering(query["Ordering"], allowed: ["DateCreated", "DateUpdated", "FriendlyName", "DateStatusChanged"], default: "DateCreated")
        let filter = WorkerQuery(
            activityName: query["ActivityName"], activitySid: query["ActivitySid"], available: query.bool("Available"),
            friendlyName: query["FriendlyName"], targetWorkersExpression: query["TargetWorkersExpression"],
            taskQueueName: query["TaskQueueName"], taskQueueSid: query["TaskQueueSid"])
        let (items, next, previous, etag) = try await engine.read { [renderer = api.renderer] s, now in
            let paginator = ordering.paginator(value: { (w: Worker, name: String) -> SortValue in
                switch name {
                case "DateUpdated": w.dateUpdated.sortValue
                case "DateStatusChanged": w.dateStatusChanged.sortValue
                case "FriendlyName": .string(w.friendlyName)
                default: w.dateCreated.sortValue
                }
            }, sid: \.sid)
            let (page, next, previous) = paginator.page(try s.listWorkers(filter, now: now), paging)
            return (page.map { renderer.worker($0, s) }, next, previous, APIServices.listETag(page.map { ($0.sid, $0.version) }))
        }
        return try api.page(items, key: "workers", request: request, pageRequest: paging, next: next, previous: previous, etag: etag)
    }

    @Sendable func create(_ request: Request, context: SwitchboardRequestContext) async throws -> Response {
        let engine = try api.engine(context)
        let form = try await request.form(context)
        _ = try form.required("FriendlyName")
        let input = try Self.input(form)
        let (body, version) = try await engine.perform(try api.caller(context)) { [renderer = api.renderer] s, ctx, changes in
            let w = try s.createWorker(input, ctx, &changes)
            return (renderer.worker(w, s), w.version)
        }
        return try JSONResponse.make(body, status: .created, etag: version)
    }

    @Sendable func fetch(_ request: Request, context: SwitchboardRequestContext) async throws -> Response {
        let engine = try api.engine(context)
        let sid = try sid(context)
        let (body, version) = try await engine.read { [renderer = api.renderer] s, _ in
            let w = try s.worker(sid)
            return (renderer.worker(w, s), w.version)
        }
        return try JSONResponse.make(body, etag: version)
    }

    @Sendable func update(_ request: Request, context: SwitchboardRequestContext) async throws -> Response {
        let engine = try api.engine(context)
        let sid = try sid(context)
        let input = try Self.input(try await request.form(context))
        let ifMatch = request.ifMatch
        let (body, version) = try await engine.perform(try api.caller(context)) { [renderer = api.renderer] s, ctx, changes in
            let w = try s.updateWorker(sid, input, ifMatch: ifMatch, ctx, &changes)
            return (renderer.worker(w, s), w.version)
        }
        return try JSONResponse.make(body, etag: version)
    }

    @Sendable func delete(_ request: Request, context: SwitchboardRequestContext) async throws -> Response {
        let engine = try api.engine(context)
        let sid = try sid(context)
        let ifMatch = request.ifMatch
        try await engine.perform(try api.caller(context)) { s, ctx, changes in try s.deleteWorker(sid, ifMatch: ifMatch, ctx, &changes) }
        return JSONResponse.noContent()
    }

    private func sid(_ context: SwitchboardRequestContext) throws -> String {
        let ws = try context.parameter("workspace")
        return try context.sid("sid", .worker) { "/Workspaces/\(ws)/Workers/\($0)" }
    }
}
