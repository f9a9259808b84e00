/// Something that happened to a ``Workspace`` client: its connection, its token, or a TaskRouter
/// event pushed on its event-bridge channel.
///
/// ```swift
/// for await event in workspace.events {
///     switch event {
///     case .ready(let workspace): print(workspace.friendlyName ?? "")
///     case .event(let type, let payload): print(type, payload.json.jsonString)
///     default: break
///     }
/// }
/// ```
public enum WorkspaceEvent: Sendable {
    /// The websocket opened (on every connection and reconnection).
    case connected
    /// The workspace was fetched after a connection; it carries the workspace resource.
    case ready(WorkspaceInstance)
    /// The websocket closed or went silent; the client reconnects with backoff.
    case disconnected(message: String)
    /// The token expires in five seconds; call ``Workspace/updateToken(_:)``.
    case tokenExpired
    /// A connection attempt or the ready request failed, or a frame was unreadable.
    case error(TaskRouterError)
    /// A TaskRouter event such as `task.created`, with its payload as an SDK object when recognised.
    case event(type: String, payload: EventPayload)

    /// The TaskRouter.js v1 event name: `connected`, `ready`, `disconnected`, `token.expired`,
    /// `error`, or the pushed event's type.
    public var name: String {
        switch self {
        case .connected: "connected"
        case .ready: "ready"
        case .disconnected: "disconnected"
        case .tokenExpired: "token.expired"
        case .error: "error"
        case .event(let type, _): type
        }
    }

    /// The event's argument as a payload (`.none` for events without one).
    public var payload: EventPayload {
        switch self {
        case .ready(let workspace): .workspace(workspace)
        case .disconnected(let message): .json(["message": .string(message)])
        case .error(let error): .json(["code": .int(error.code), "message": .string(error.message)])
        case .event(_, let payload): payload
        case .connected, .tokenExpired: .none
        }
    }
}

/// The name of a workspace event together with the type its handlers receive.
///
/// ```swift
/// workspace.on(.ready) { workspace in print(workspace.sid) }
/// workspace.on(.connected) { print("Websocket has connected") }
/// workspace.on("task.created") { payload in print(payload.json.jsonString) }
/// ```
public struct WorkspaceEventName<Argument: Sendable>: Sendable, Hashable {
    /// The TaskRouter.js v1 event name.
    public let name: String
    let extract: @Sendable (WorkspaceEvent) -> Argument?

    init(_ name: String, extract: @escaping @Sendable (WorkspaceEvent) -> Argument?) {
        self.name = name
        self.extract = extract
    }

    /// Names are equal when their strings are.
    public static func == (lhs: Self, rhs: Self) -> Bool { lhs.name == rhs.name }

    /// Hashes the name.
    public func hash(into hasher: inout Hasher) { hasher.combine(name) }
}

extension WorkspaceEventName where Argument == WorkspaceInstance {
    /// `ready`: the workspace resource, fetched after every (re)connection.
    public static var ready: Self { Self("ready") { if case .ready(let w) = $0 { w } else { nil } } }
}

extension WorkspaceEventName where Argument == Void {
    /// `connected`: the websocket opened.
    public static var connected: Self { Self("connected") { if case .connected = $0 { () } else { nil } } }
    /// `disconnected`: the websocket closed; the client reconnects.
    public static var disconnected: Self { Self("disconnected") { if case .disconnected = $0 { () } else { nil } } }
    /// `token.expired`: five seconds before the token's `exp`.
    public static var tokenExpired: Self { Self("token.expired") { if case .tokenExpired = $0 { () } else { nil } } }
}

extension WorkspaceEventName where Argument == TaskRouterError {
    /// `error`: a failed connection attempt, a failed ready request, or an unreadable frame.
    public static var error: Self { Self("error") { if case .error(let e) = $0 { e } else { nil } } }
}

extension WorkspaceEventName: ExpressibleByStringLiteral, ExpressibleByUnicodeScalarLiteral,
    ExpressibleByExtendedGraphemeClusterLiteral where Argument == EventPayload
{
    /// Any event by its TaskRouter.js name, e.g. `"task.created"`; the handler gets its payload.
    public init(_ name: String) {
        self.init(name) { $0.name == name ? $0.payload : nil }
    }

    /// `"task.created"` as an event name.
    public init(stringLiteral value: String) { self.init(value) }
}
