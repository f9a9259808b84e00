import Hummingbird
import SwitchboardCore
import SwitchboardEngine
import TaskRouterWire

/// `{WS}/Workflows` and `{WS}/Workflows/{Sid}`.
struct WorkflowsController {
    let api: APIServices

    func register(on ws: RouterGroup<SwitchboardRequestContext>) {
        ws.get("Workflows", use: list)
        ws.post("Workflows", use: create)
        ws.get("Workflows/:sid", use: fetch)
        ws.post("Workflows/:sid", use: update)
        ws.delete("Workflows/:sid", use: delete)
    }

    static func input(_ form: FormParameters) throws -> WorkflowInput {
        WorkflowInput(
            friendlyName: form["FriendlyName"], configuration: form["Configuration"],
            assignmentCallbackUrl: form["AssignmentCallbackUrl"],
            fallbackAssignmentCallbackUrl: form["FallbackAssignmentCallbackUrl"],
            taskReservationTimeout: try form.int("TaskReservationTimeout"),
            reEvaluateTasks: form.bool("ReEvaluateTasks") ?? false)
    }

    @Sendable func list(_ request: Request, context: SwitchboardRequestContext) async throws -> Response {
        let engine = try api.engine(context)
        let query = request.query
        let paging = try PageRequest(query)
        let name = query["FriendlyName"]
        let (items, next, previous) = try await engine.read { [renderer = api.renderer] s, _ in
            let all = s.workflows.values.filter { name == nil || $0.friendlyName == name }
            let (page, next, previous) = Paginator<Workflow>(key: { [$0.dateCreated.sortValue, .string($0.sid)] }, descending: [])
                .page(all, paging)
            return (page.map { renderer.workflow($0, s) }, next, previous)
        }
        return try api.page(items, key: "workflows", request: request, pageRequest: paging, next: next, previous: previous)
    }

    @Sendable func create(_ request: Request, context: SwitchboardRequestContext) async throws -> Response {
        let engine = try api.engine(context)
        let form = try await request.form(context)
        _ = try form.required("FriendlyName")
        _ = try form.required("Configuration")
        let input = try Self.input(form)
        let body = try await engine.perform(try api.caller(context)) { [renderer = api.renderer] s, ctx, changes in
            renderer.workflow(try s.createWorkflow(input, ctx, &changes), s)
        }
        return try JSONResponse.make(body, status: .created)
    }

    @Sendable func fetch(_ request: Request, context: SwitchboardRequestContext) async throws -> Response {
        let engine = try api.engine(context)
        let sid = try sid(context)
        return try JSONResponse.make(try await engine.read { [renderer = api.renderer] s, _ in renderer.workflow(try s.workflow(sid), s) })
    }

    @Sendable func update(_ request: Request, context: SwitchboardRequestContext) async throws -> Response {
        let engine = try api.engine(context)
        let sid = try sid(context)
        let input = try Self.input(try await request.form(context))
        let body = try await engine.perform(try api.caller(context)) { [renderer = api.renderer] s, ctx, changes in
            renderer.workflow(try s.updateWorkflow(sid, input, ctx, &changes), s)
        }
        return try JSONResponse.make(body)
    }

    @Sendable func delete(_ request: Request, context: SwitchboardRequestContext) async throws -> Response {
        let engine = try api.engine(context)
        let sid = try sid(context)
        try await engine.perform(try api.caller(context)) { s, ctx, changes in try s.deleteWorkflow(sid, ctx, &changes) }
        return JSONResponse.noContent()
    }

    private func sid(_ context: SwitchboardRequestContext) throws -> String {
        let ws = try context.parameter("workspace")
        return try context.sid("sid", .workflow) { "/Workspaces/\(ws)/Workflows/\($0)" }
    }
}
