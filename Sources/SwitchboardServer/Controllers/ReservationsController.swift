import Hummingbird
import SwitchboardCore
import SwitchboardEngine
import TaskRouterWire

/// Reservations under `{WS}/Tasks/{TaskSid}` and under `{WS}/Workers/{WorkerSid}`.
///
/// Telephony instructions (`dequeue`, `call`, `redirect`, `conference`) are recorded and act as an accept.
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
        let input = try Self.input(try await request.form(context), supervise: true)
        let ifMatch = request.ifMatch
        let (body, version) = try await api.engine(context).perform(try api.caller(context)) { [renderer = api.renderer] s, ctx, changes in
            _ = try s.reservation(sid, task: task)
            let r = try s.updateReservation(sid, input, ifMatch: ifMatch, ctx, &changes)
            return (renderer.reservation(r, s, viaWorker: false), r.version)
        }
        return try JSONResponse.make(body, etag: version)
    }

    @Sendable func updateForWorker(_ request: Request, context: SwitchboardRequestContext) async throws -> Response {
        let worker = try parentSid(context, "sid", .worker, "Workers")
        let sid = try context.parameter("child")
        let input = try Self.input(try await request.form(context), supervise: false)
        let ifMatch = request.ifMatch
        let body = try await api.engine(context).perform(try api.caller(context)) { [renderer = api.renderer] s, ctx, changes in
            _ = try s.reservation(sid, worker: worker)
            return renderer.reservation(try s.updateReservation(sid, input, ifMatch: ifMatch, ctx, &changes), s, viaWorker: true)
        }
        return try JSONResponse.make(body)
    }

    /// Reads the update parameters: the routing ones typed, every telephony one recorded as sent.
    static func input(_ form: FormParameters, supervise: Bool) throws -> ReservationUpdate {
        if !supervise, form.has("Supervisor") || form.has("SupervisorMode") {
            throw APIError.invalid("Supervisor and SupervisorMode are only accepted on the task's reservation")
        }
        _ = try form.enumValue("SupervisorMode", as: SupervisorMode.self)
        for name in ["DequeueTimeout", "CallTimeout", "Timeout"] { _ = try form.int(name) }
        _ = try form.int("MaxParticipants", range: 2...250)
        var parameters: [String: String] = [:]
        for name in form.names where !["ReservationStatus", "WorkerActivitySid", "Instruction"].contains(name) {
            parameters[name] = form.values(name).joined(separator: ",")
        }
        return ReservationUpdate(
            reservationStatus: try form.enumValue("ReservationStatus", as: ReservationStatus.self),
            workerActivitySid: form["WorkerActivitySid"], instruction: form["Instruction"],
            callAccept: form.bool("CallAccept"), redirectAccept: form.bool("RedirectAccept"), parameters: parameters)
    }

    /// The supervisor modes of a supervise instruction.
    enum SupervisorMode: String, CaseIterable { case monitor, whisper, barge }

    private func list(
        _ request: Request, _ context: SwitchboardRequestContext,
        viaWorker: Bool, _ select: @escaping @Sendable (WorkspaceState) throws -> [Reservation]
    ) async throws -> Response {
        let paging = try PageRequest(request.query)
        let (items, next, previous, etag) = try await api.engine(context).read { [renderer = api.renderer] s, _ in
            let (page, next, previous) = Paginator<Reservation>(key: { [$0.dateCreated.sortValue, .string($0.sid)] }, descending: [])
                .page(try select(s), paging)
            return (page.map { renderer.reservation($0, s, viaWorker: viaWorker) }, next, previous, APIServices.listETag(page.map { ($0.sid, $0.version) }))
        }
        return try api.page(items, key: "reservations", request: request, pageRequest: paging, next: next, previous: previous, etag: etag)
    }

    private func parentSid(_ context: SwitchboardRequestContext, _ name: String, _ prefix: SIDPrefix, _ collection: String) throws -> String {
        let ws = try context.parameter("workspace")
        return try context.sid(name, prefix) { "/Workspaces/\(ws)/\(collection)/\($0)" }
    }
}
