/// The payload of a workspace event, as an SDK object when its `sid` is recognised
/// (as TaskRouter.js v1 converts payloads by SID prefix), otherwise the raw JSON.
///
/// ```swift
/// workspace.on("task.created") { payload in
///     if case .task(let task) = payload { print(task.sid, task.attributes.jsonString) }
/// }
/// ```
public enum EventPayload: Sendable {
    /// A `WS…` payload.
    case workspace(WorkspaceInstance)
    /// A `WA…` payload.
    case activity(Activity)
    /// A `WW…` payload.
    case workflow(Workflow)
    /// A `WQ…` payload.
    case taskQueue(TaskQueue)
    /// A `WK…` payload.
    case worker(Worker)
    /// A `WT…` payload.
    case task(WorkTask)
    /// A `WR…` payload carrying `task_sid`.
    case reservation(Reservation)
    /// A `WC…` payload carrying `worker_sid`.
    case workerChannel(WorkerChannel)
    /// Any other JSON.
    case json(WireJSON)
    /// No payload (`connected`, `token.expired`).
    case none

    /// The payload's JSON (`null` for `.none`).
    public var json: WireJSON {
        switch self {
        case .workspace(let value): value.json
        case .activity(let value): value.json
        case .workflow(let value): value.json
        case .taskQueue(let value): value.json
        case .worker(let value): value.json
        case .task(let value): value.json
        case .reservation(let value): value.json
        case .workerChannel(let value): value.json
        case .json(let value): value
        case .none: .null
        }
    }
}

extension EventBridge {
    /// Converts a pushed payload by the prefix of its `sid`; falls back to `.json` when it does not decode.
    func eventPayload(_ json: WireJSON) -> EventPayload {
        guard let sid = json["sid"]?.stringValue, let url = instanceURL(sid: sid, json: json) else { return .json(json) }
        let payload = ResourcePayload(json: json, location: ResourceLocation(bridge: self, url: url))
        do {
            switch sid.prefix(2) {
            case "WS": return .workspace(try WorkspaceInstance(decoding: payload))
            case "WA": return .activity(try Activity(decoding: payload))
            case "WW": return .workflow(try Workflow(decoding: payload))
            case "WQ": return .taskQueue(try TaskQueue(decoding: payload))
            case "WK": return .worker(try Worker(decoding: payload))
            case "WT": return .task(try WorkTask(decoding: payload))
            case "WR": return .reservation(try Reservation(decoding: payload))
            case "WC": return .workerChannel(try WorkerChannel(decoding: payload))
            default: return .json(json)
            }
        } catch {
            return .json(json)
        }
    }

    /// The REST URL of a resource known only by its JSON (TaskRouter.js v1's object model, spec §4.4).
    func instanceURL(sid: String, json: WireJSON) -> String? {
        switch sid.prefix(2) {
        case "WS": endpoints.workspace + "/"
        case "WA": endpoints.resource("Activities/\(sid)")
        case "WW": endpoints.resource("Workflows/\(sid)")
        case "WQ": endpoints.resource("TaskQueues/\(sid)")
        case "WK": endpoints.resource("Workers/\(sid)")
        case "WT": endpoints.resource("Tasks/\(sid)")
        case "WR": json["task_sid"]?.stringValue.map { endpoints.resource("Tasks/\($0)/Reservations/\(sid)") }
        case "WC": json["worker_sid"]?.stringValue.map { endpoints.resource("Workers/\($0)/Channels/\(sid)") }
        default: nil
        }
    }
}
