import Foundation
import Hummingbird
import SwitchboardCore
import SwitchboardEngine
import SwitchboardStore
import TaskRouterWire

/// `{WS}/Events` (newest first, from the store) and `{WS}/Events/{Sid}`.
struct EventsController {
    let api: APIServices
    static let retentionMinutes = 43_200

    func register(on ws: RouterGroup<SwitchboardRequestContext>) {
        ws.get("Events", use: list)
        ws.get("Events/:sid", use: fetch)
    }

    @Sendable func list(_ request: Request, context: SwitchboardRequestContext) async throws -> Response {
        let engine = try api.engine(context)
        let query = request.query
        let paging = try PageRequest(query)
        let now = api.registry.clock.now()
        var q = EventQuery(workspaceSid: engine.sid, limit: paging.pageSize + 1)
        let start = try query.date("StartDate")
        let end = try query.date("EndDate")
        let minutes = try query.int("Minutes", range: 1...Self.retentionMinutes)
        if start == nil && end == nil {
            q.startDate = now.addingTimeInterval(-Double((minutes ?? 15) * 60))
        } else {
            q.startDate = start
            q.endDate = end
            if let start, let end, start > end { throw APIError.invalid("StartDate must not be after EndDate") }
        }
        q.eventType = query["EventType"]
        q.taskSid = query["TaskSid"]
        q.workerSid = query["WorkerSid"]
        q.reservationSid = query["ReservationSid"]
        q.taskQueueSid = query["TaskQueueSid"]
        q.workflowSid = query["WorkflowSid"]
        q.taskChannel = query["TaskChannel"]
        q.sid = query["Sid"]
        var forward = true
        if let token = paging.token {
            guard token.key.count == 2, case .int(let ms) = token.key[0], case .string(let sid) = token.key[1] else {
                throw APIError.invalid("PageToken is not valid for this list")
            }
            if token.forward { q.after = EventCursor(eventDateMs: ms, sid: sid) } else { q.before = EventCursor(eventDateMs: ms, sid: sid) }
            forward = token.forward
        }
        var events = try await api.registry.store.listEvents(q)
        let more = events.count > paging.pageSize
        if more { if forward { events.removeLast() } else { events.removeFirst() } }
        func token(_ e: WorkspaceEvent, forward: Bool) -> String {
            PageToken(key: [.int(e.eventDateMs), .string(e.sid)], forward: forward).encoded
        }
        let hasNewer = paging.token != nil && (forward || more)
        let hasOlder = forward ? more : true
        let next = hasOlder ? events.last.map { token($0, forward: true) } : nil
        let previous = hasNewer ? events.first.map { token($0, forward: false) } : nil
        let renderer = api.renderer
        return try api.page(events.map(renderer.event), key: "events", request: request, pageRequest: paging, next: next, previous: previous)
    }

    @Sendable func fetch(_ request: Request, context: SwitchboardRequestContext) async throws -> Response {
        let engine = try api.engine(context)
        let sid = try context.sid("sid", .event) { "/Workspaces/\(engine.sid)/Events/\($0)" }
        guard let event = try await api.registry.store.fetchEvent(workspaceSid: engine.sid, sid: sid) else {
            throw APIError.notFound("/Workspaces/\(engine.sid)/Events/\(sid)")
        }
        return try JSONResponse.make(api.renderer.event(event))
    }
}
