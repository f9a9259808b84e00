import Hummingbird
import SwitchboardCore
import SwitchboardEngine
import TaskRouterWire

/// `{WS}/Workers/{WorkerSid}/Channels` and `…/Channels/{Sid}` (a WC SID, a TC SID, or a unique name).
struct WorkerChannelsController {
    let api: APIServices

    func register(on ws: RouterGroup<SwitchboardRequestContext>) {
        ws.get("Workers/:sid/Channels", use: list)
        ws.get("Workers/:sid/Channels/:child", use: fetch)
        ws.post("Workers/:sid/Channels/:child", use: update)
    }

    @Sendable func list(_ request: Request, context: SwitchboardRequestContext) async throws -> Response {
        let engine = try api.engine(context)
        let worker = try workerSid(context)
        let paging = try PageRequest(request.query)
        let (items, next, previous) = try await engine.read { [renderer = api.renderer] s, _ in
            _ = try s.worker(worker)
            let mine = s.workerChannels.values.filter { $0.workerSid == worker }
            let (page, next, previous) = Paginator<WorkerChannel>(key: { [$0.dateCreated.sortValue, .string($0.sid)] }, descending: [])
                .page(mine, paging)
            return (page.map { renderer.workerChannel($0, s) }, next, previous)
        }
        return try api.page(items, key: "channels", request: request, pageRequest: paging, next: next, previous: previous)
    }

    @Sendable func fetch(_ request: Request, context: SwitchboardRequestContext) async throws -> Response {
        let engine = try api.engine(context)
        let worker = try workerSid(context)
        let key = try context.parameter("child")
        return try JSONResponse.make(try await engine.read { [renderer = api.renderer] s, _ in
            renderer.workerChannel(try s.workerChannel(key, worker: worker), s)
        })
    }

    @Sendable func update(_ request: Request, context: SwitchboardRequestContext) async throws -> Response {
        let engine = try api.engine(context)
        let worker = try workerSid(context)
        let key = try context.parameter("child")
        let form = try await request.form(context)
        let capacity = try form.int("Capacity")
        let available = form.bool("Available")
        let body = try await engine.perform(try api.caller(context)) { [renderer = api.renderer] s, ctx, changes in
            renderer.workerChannel(try s.updateWorkerChannel(key, worker: worker, capacity: capacity, available: available, ctx, &changes), s)
        }
        return try JSONResponse.make(body)
    }

    private func workerSid(_ context: SwitchboardRequestContext) throws -> String {
        let ws = try context.parameter("workspace")
        return try context.sid("sid", .worker) { "/Workspaces/\(ws)/Workers/\($0)" }
    }
}
