import Hummingbird
import SwitchboardCore
import SwitchboardEngine
import TaskRouterWire

/// `/v1/Workspaces` and `/v1/Workspaces/{Sid}`.
struct WorkspacesController {
    let api: APIServices

    func register(on v1: RouterGroup<SwitchboardRequestContext>) {
        v1.get("Workspaces", use: list)
        v1.post("Workspaces", use: create)
        v1.get("Workspaces/:workspace", use: fetch)
        v1.post("Workspaces/:workspace", use: update)
        v1.delete("Workspaces/:workspace", use: delete)
    }

    @Sendable func list(_ request: Request, context: SwitchboardRequestContext) async throws -> Response {
        let query = request.query
        let paging = try PageRequest(query)
        let name = query["FriendlyName"]
        let all = try await api.registry.workspaces(account: try context.accountSid).filter { name == nil || $0.friendlyName == name }
        let (items, next, previous) = Paginator<Workspace>(key: { [$0.dateCreated.sortValue, .string($0.sid)] }, descending: [])
            .page(all, paging)
        var rendered: [WorkspaceResource] = []
        for ws in items {
            guard let engine = try? api.registry.engine(ws.sid, account: ws.accountSid),
                  let r = try? await engine.read({ [renderer = api.renderer] s, _ in renderer.workspace(s.workspace, s) })
            else { continue }
            rendered.append(r)
        }
        return try api.page(rendered, key: "workspaces", request: request, pageRequest: paging, next: next, previous: previous)
    }

    @Sendable func create(_ request: Request, context: SwitchboardRequestContext) async throws -> Response {
        let form = try await request.form(context)
        let input = WorkspaceCreate(
            friendlyName: try form.required("FriendlyName"), eventCallbackUrl: form["EventCallbackUrl"],
            eventsFilter: form["EventsFilter"], multiTaskEnabled: form.bool("MultiTaskEnabled"),
            template: try form.enumValue("Template", as: WorkspaceTemplate.self),
            prioritizeQueueOrder: try form.enumValue("PrioritizeQueueOrder", as: QueueOrder.self))
        let ws = try await api.registry.createWorkspace(input, caller: try api.caller(context))
        let engine = try api.registry.engine(ws.sid, account: ws.accountSid)
        let body = try await engine.read { [renderer = api.renderer] s, _ in renderer.workspace(s.workspace, s) }
        return try JSONResponse.make(body, status: .created)
    }

    @Sendable func fetch(_ request: Request, context: SwitchboardRequestContext) async throws -> Response {
        let engine = try workspaceEngine(context)
        return try JSONResponse.make(try await engine.read { [renderer = api.renderer] s, _ in renderer.workspace(s.workspace, s) })
    }

    @Sendable func update(_ request: Request, context: SwitchboardRequestContext) async throws -> Response {
        let engine = try workspaceEngine(context)
        let form = try await request.form(context)
        let input = WorkspaceUpdate(
            friendlyName: form["FriendlyName"], eventCallbackUrl: form["EventCallbackUrl"],
            eventsFilter: form["EventsFilter"], multiTaskEnabled: form.bool("MultiTaskEnabled"),
            prioritizeQueueOrder: try form.enumValue("PrioritizeQueueOrder", as: QueueOrder.self),
            defaultActivitySid: form["DefaultActivitySid"], timeoutActivitySid: form["TimeoutActivitySid"])
        let body = try await engine.perform(try api.caller(context)) { [renderer = api.renderer] s, ctx, changes in
            let ws = try s.updateWorkspace(input, ctx, &changes)
            return renderer.workspace(ws, s)
        }
        return try JSONResponse.make(body)
    }

    @Sendable func delete(_ request: Request, context: SwitchboardRequestContext) async throws -> Response {
        let engine = try workspaceEngine(context)
        try await api.registry.deleteWorkspace(engine.sid, caller: try api.caller(context))
        return JSONResponse.noContent()
    }

    private func workspaceEngine(_ context: SwitchboardRequestContext) throws -> WorkspaceEngine {
        _ = try context.sid("workspace", .workspace) { "/Workspaces/\($0)" }
        return try api.engine(context)
    }
}
