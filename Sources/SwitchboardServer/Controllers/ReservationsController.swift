import Hummingbird
import SwitchboardCore
import SwitchboardEngine
import TaskRouterWire

/// Reservations under `{WS}/Tasks/{TaskSid}` and under `{WS}/Workers/{WorkerSid}`.
///
/// Listing and fetching are complete. Updating a reservation belongs to the routing engine: until then no
/// reservation exists, so an update finds nothing (404).
struct ReservationsController {
    let api: APIServices

    func register(on ws: RouterGroup<SwitchboardRequestContext>) {
        ws.get("Tasks/:sid/Reservations", use: listForTask)
        ws.get("Tasks/:sid/Reservations/:child", use: fetchForTask)
        ws.post("Tasks/:sid/Reservations/:child", use: updateForTask)
        ws.get("Workers/:sid/Reservations", use: listForWorker)
        ws.get("Workers/:sid/Reservations/:child", use: fetchForWorker)
        ws.post("Workers/:sid/Reservations/:child", use: updateForWorker)
    }

    @Sendable func listForTask(_ request: Request, context: SwitchboardRequestContext) async throws -> Response {
        let task = try parentSid(context, "sid", .task, "Tasks")
        let query = request.query
        let status = try query.enumValue("ReservationStatus", as: ReservationStatus.self)
        let worker = query["WorkerSid"]
        return try await list(request, context, viaWorker: false) { s in
            _ = try s.task(task)
            return s.listReservations(task: task, worker: worker, status: status)
        }
    }

    @Sendable func listForWorker(_ request: Request, context: SwitchboardRequestContext) async throws -> Response {
        let worker = try parentSid(context, "sid", .worker, "Workers")
        let status = try request.query.enumValue("ReservationStatus", as: ReservationStatus.self)
        return try await list(request, context, viaWorker: true) { s in
            _ = try s.worker(worker)
            return s.listReservations(worker: worker, status: status)
        }
    }

    @Sendable func fetchForTask(_ request: Request, context: SwitchboardRequestContext) async throws -> Response {
        let task = try parentSid(context, "sid", .task, "Tasks")
        let sid = try context.parameter("child")
        let (body, version) = try await api.engine(context).read { [renderer = api.renderer] s, _ in
            let r = try s.reservation(sid, task: task)
            return (renderer.reservation(r, s, viaWorker: false), r.version)
        }
        return try JSONResponse.make(body, etag: version)
    }

    @Sendable func fetchForWorker(_ request: Request, context: SwitchboardRequestContext) async throws -> Response {
        let worker = try parentSid(context, "sid", .worker, "Workers")
        let sid = try context.parameter("child")
        let body = try await api.engine(context).read { [renderer = api.renderer] s, _ in
            renderer.reservation(try s.reservation(sid, worker: worker), s, viaWorker: true)
        }
        return try JSONResponse.make(body)
    }

    @Sendable func updateForTask(_ request: Request, context: SwitchboardRequestContext) async throws -> Response {
        let task = try parentSid(context, "sid", .task, "Tasks")
        let sid = try context.parameter("child")
        _ = try await api.engine(context).read { s, _ in try s.reservation(sid, task: task) }
        throw DomainError.notImplemented("Updating reservations arrives with the routing engine")
    }

    @Sendable func updateForWorker(_ request: Request, context: SwitchboardRequestContext) async throws -> Response {
        let worker = try parentSid(context, "sid", .worker, "Workers")
        let sid = try context.parameter("child")
        _ = try await api.engine(context).read { s, _ in try s.reservation(sid, worker: worker) }
        throw DomainError.notImplemented("Updating reservations arrives with the routing engine")
    }

    private func list(
        _ request: Request, _ context: SwitchboardRequestContext,
        viaWorker: Bool, _ select: @escaping @Sendable (WorkspaceState) throws -> [Reservation]
    ) async throws -> Response {
        let paging = try PageRequest(request.query)
        let (items, next, previous) = try await api.engine(context).read { [renderer = api.renderer] s, _ in
            let (page, next, previous) = Paginator<Reservation>(key: { [$0.dateCreated.sortValue, .string($0.sid)] }, descending: [])
                .page(try select(s), paging)
            return (page.map { renderer.reservation($0, s, viaWorker: viaWorker) }, next, previous)
        }
        return try api.page(items, key: "reservations", request: request, pageRequest: paging, next: next, previous: previous)
    }

    private func parentSid(_ context: SwitchboardRequestContext, _ name: String, _ prefix: SIDPrefix, _ collection: String) throws -> String {
        let ws = try context.parameter("workspace")
        return try context.sid(name, prefix) { "/Workspaces/\(ws)/\(collection)/\($0)" }
    }
}
