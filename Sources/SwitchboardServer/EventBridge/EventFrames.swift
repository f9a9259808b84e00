import Foundation
import SwitchboardCore
import SwitchboardEngine
import TaskRouterWire

/// The text frames of the websocket: `{"event_type": …, "payload": …}` (spec §3.2–3.3).
///
/// The payload is the REST JSON of the event's resource as it is now (`ResourceType`/`ResourceSid`);
/// on a worker channel a `reservation.*` event carries the task JSON plus `reservation_sid`, the
/// shape TaskRouter.js v1's Worker expects. A resource that no longer exists (a deleted task) is
/// described by the event's data plus `sid`.
struct EventFrames: Sendable {
    let renderer: Renderer

    /// The frame of `event` for `channel`, or nil when the channel does not receive it (or the workspace is gone).
    func frame(_ event: WorkspaceEvent, channel: BridgeChannel, engine: WorkspaceEngine) async -> String? {
        let payload = try? await engine.read { [renderer] state, now -> Data? in
            guard channel.includes(event, state) else { return nil }
            return try Self.payload(event, worker: channel.isWorker, state, now, renderer)
        }
        guard let payload = payload ?? nil else { return nil }
        return Self.frame(event.eventType, payload: String(decoding: payload, as: UTF8.self))
    }

    static func frame(_ eventType: String, payload: String) -> String {
        #"{"event_type":\#(jsonString(eventType)),"payload":\#(payload)}"#
    }

    /// The JSON of the event's resource.
    static func payload(_ e: WorkspaceEvent, worker: Bool, _ s: WorkspaceState, _ now: Date, _ r: Renderer) throws -> Data {
        let encoder = JSONResponse.encoder
        let sid = e.resourceSid
        if worker, e.resourceType == "reservation", let task = e.taskSid.flatMap({ s.tasks[$0] }) {
            return try encoder.encode(TaskWithReservation(task: r.task(task, s, now: now), reservationSid: sid))
        }
        let body: (any Encodable)? = switch e.resourceType {
        case "workspace": r.workspace(s.workspace, s)
        case "activity": s.activities[sid].map { r.activity($0, s) }
        case "task-channel": s.taskChannels[sid].map { r.taskChannel($0, s) }
        case "task-queue": s.taskQueues[sid].map { r.taskQueue($0, s) }
        case "workflow": s.workflows[sid].map { r.workflow($0, s) }
        case "worker": s.workers[sid].map { r.worker($0, s) }
        case "task": s.tasks[sid].map { r.task($0, s, now: now) }
        case "reservation": s.reservations[sid].map { r.reservation($0, s, viaWorker: false) }
        default: nil
        }
        if let body { return try encoder.encode(body) }
        var data = e.data
        data["sid"] = sid
        return try encoder.encode(data)
    }

    /// A JSON string literal.
    static func jsonString(_ text: String) -> String {
        (try? JSONResponse.encoder.encode(text)).map { String(decoding: $0, as: UTF8.self) } ?? "\"\""
    }
}

/// A task's JSON with `reservation_sid` added.
struct TaskWithReservation: Encodable {
    let task: TaskResource
    let reservationSid: String

    enum Key: String, CodingKey { case reservationSid = "reservation_sid" }

    func encode(to encoder: any Encoder) throws {
        try task.encode(to: encoder)
        var container = encoder.container(keyedBy: Key.self)
        try container.encode(reservationSid, forKey: .reservationSid)
    }
}
