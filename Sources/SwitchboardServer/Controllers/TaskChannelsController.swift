import Hummingbird
import SwitchboardCore
import SwitchboardEngine
import TaskRouterWire

/// `{WS}/TaskChannels` and `{WS}/TaskChannels/{Sid}` (a TC SID or a unique name).
struct TaskChannelsController {
    let api: APIServices

    func register(on ws: RouterGroup<SwitchboardRequestContext>) {
        ws.get("TaskChannels", use: list)
        ws.post("TaskChannels", use: create)
        ws.get("TaskChannels/:sid", use: fetch)
        ws.post("TaskChannels/:sid", use: update)
        ws.delete("TaskChannels/:sid", use: delete)
    }

    @Sendable func list(_ request: Request, context: SwitchboardRequestContext) async throws -> Response {
        let engine = try api.engine(context)
        let paging = try PageRequest(request.query)
        let (items, next, previous) = try await engine.read { [renderer = api.renderer] s, _ in
            let (page, next, previous) = Paginator<TaskChannel>(key: { [$0.dateCreated.sortValue, .string($0.sid)] }, descending: [])
                .page(Array(s.taskChannels.values), paging)
            return (page.map { renderer.taskChannel($0, s) }, next, previous)
        }
        return try api.page(items, key: "channels", request: request, pageRequest: paging, next: next, previous: previous)
    }

    @Sendable func create(_ request: Request, context: SwitchboardRequestContext) async throws -> Response {
        let engine = try api.engine(context)
        let form = try await request.form(context)
        let name = try form.required("FriendlyName")
        let unique = try form.required("UniqueName")
        let optimized = form.bool("ChannelOptimizedRouting")
        let body = try await engine.perform(try api.caller(context)) { [renderer = api.renderer] s, ctx, changes in
            renderer.taskChannel(try s.createTaskChannel(friendlyName: name, uniqueName: unique, channelOptimizedRouting: optimized, ctx, &changes), s)
        }
        return try JSONResponse.make(body, status: .created)
    }

    @Sendable func fetch(_ request: Request, context: SwitchboardRequestContext) async throws -> Response {
        let engine = try api.engine(context)
        let key = try context.parameter("sid")
        return try JSONResponse.make(try await engine.read { [renderer = api.renderer] s, _ in renderer.taskChannel(try s.taskChannel(key), s) })
    }

    @Sendable func update(_ request: Request, context: SwitchboardRequestContext) async throws -> Response {
        let engine = try api.engine(context)
        let key = try context.parameter("sid")
        let form = try await request.form(context)
        let name = form["FriendlyName"]
        let optimized = form.bool("ChannelOptimizedRouting")
        let body = try await engine.perform(try api.caller(context)) { [renderer = api.renderer] s, ctx, changes in
            renderer.taskChannel(try s.updateTaskChannel(key, friendlyName: name, channelOptimizedRouting: optimized, ctx, &changes), s)
        }
        return try JSONResponse.make(body)
    }

    @Sendable func delete(_ request: Request, context: SwitchboardRequestContext) async throws -> Response {
        let engine = try api.engine(context)
        let key = try context.parameter("sid")
        try await engine.perform(try api.caller(context)) { s, ctx, changes in try s.deleteTaskChannel(key, ctx, &changes) }
        return JSONResponse.noContent()
    }
}
