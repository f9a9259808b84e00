import Hummingbird
import SwitchboardCore
import SwitchboardEngine
import TaskRouterWire

/// `{WS}/Activities` and `{WS}/Activities/{Sid}`.
struct ActivitiesController {
    let api: APIServices

    func register(on ws: RouterGroup<SwitchboardRequestContext>) {
        ws.get("Activities", use: list)
        ws.post("Activities", use: create)
        ws.get("Activities/:sid", use: fetch)
        ws.post("Activities/:sid", use: update)
        ws.delete("Activities/:sid", use: delete)
    }

    @Sendable func list(_ request: Request, context: SwitchboardRequestContext) async throws -> Response {
        let engine = try api.engine(context)
        let query = request.query
        let paging = try PageRequest(query)
        let name = query["FriendlyName"]
        let available = query.bool("Available")
        let (items, next, previous) = try await engine.read { [renderer = api.renderer] s, _ in
            let (page, next, previous) = Paginator<Activity>(key: { [$0.dateCreated.sortValue, .string($0.sid)] }, descending: [])
                .page(s.listActivities(friendlyName: name, available: available), paging)
            return (page.map { renderer.activity($0, s) }, next, previous)
        }
        return try api.page(items, key: "activities", request: request, pageRequest: paging, next: next, previous: previous)
    }

    @Sendable func create(_ request: Request, context: SwitchboardRequestContext) async throws -> Response {
        let engine = try api.engine(context)
        let form = try await request.form(context)
        let name = try form.required("FriendlyName")
        let available = form.bool("Available") ?? false
        let body = try await engine.perform(try api.caller(context)) { [renderer = api.renderer] s, ctx, changes in
            renderer.activity(try s.createActivity(friendlyName: name, available: available, ctx, &changes), s)
        }
        return try JSONResponse.make(body, status: .created)
    }

    @Sendable func fetch(_ request: Request, context: SwitchboardRequestContext) async throws -> Response {
        let engine = try api.engine(context)
        let sid = try sid(context)
        return try JSONResponse.make(try await engine.read { [renderer = api.renderer] s, _ in renderer.activity(try s.activity(sid), s) })
    }

    @Sendable func update(_ request: Request, context: SwitchboardRequestContext) async throws -> Response {
        let engine = try api.engine(context)
        let sid = try sid(context)
        let form = try await request.form(context)
        let name = form["FriendlyName"]
        let body = try await engine.perform(try api.caller(context)) { [renderer = api.renderer] s, ctx, changes in
            renderer.activity(try s.updateActivity(sid, friendlyName: name, ctx, &changes), s)
        }
        return try JSONResponse.make(body)
    }

    @Sendable func delete(_ request: Request, context: SwitchboardRequestContext) async throws -> Response {
        let engine = try api.engine(context)
        let sid = try sid(context)
        try await engine.perform(try api.caller(context)) { s, ctx, changes in try s.deleteActivity(sid, ctx, &changes) }
        return JSONResponse.noContent()
    }

    private func sid(_ context: SwitchboardRequestContext) throws -> String {
        let ws = try context.parameter("workspace")
        return try context.sid("sid", .activity) { "/Workspaces/\(ws)/Activities/\($0)" }
    }
}
