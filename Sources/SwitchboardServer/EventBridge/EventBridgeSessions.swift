import Foundation
import SwitchboardCore
import Synchronization

/// The open websockets, per account and channel, so `closeExistingSessions=true` can close the others.
final class EventBridgeSessions: Sendable {
    private let open = Mutex<[String: [UUID: AsyncStream<SessionInput>.Continuation]]>([:])

    /// Registers a session; with `replacing`, asks every other session of the channel to close.
    func register(_ key: String, _ sink: AsyncStream<SessionInput>.Continuation, replacing: Bool) -> UUID {
        let id = UUID()
        let others = open.withLock { sessions in
            defer { sessions[key, default: [:]][id] = sink }
            return replacing ? Array(sessions[key, default: [:]].values) : []
        }
        for other in others { other.yield(.close(.replaced)) }
        return id
    }

    func remove(_ key: String, _ id: UUID) {
        open.withLock { sessions in
            sessions[key]?[id] = nil
            if sessions[key]?.isEmpty == true { sessions[key] = nil }
        }
    }

    /// Open sessions of a channel.
    func count(_ key: String) -> Int { open.withLock { $0[key]?.count ?? 0 } }
}

/// What drives a session's single writer: events, heartbeats and reasons to stop.
enum SessionInput: Sendable {
    case event(WorkspaceEvent)
    case heartbeat
    case close(SessionCloseReason)
    /// Stop writing, without a close frame of our own: the client closed the socket (or it broke),
    /// or the server is shutting down (the websocket handler sends the close).
    case stop
}

/// Why the server closes a socket; the code and reason are in the close frame.
enum SessionCloseReason: Sendable, Equatable {
    /// The token's `exp` passed: 4401 "token expired".
    case tokenExpired
    /// Another session of the same channel opened with `closeExistingSessions=true`: 4409.
    case replaced
    /// The workspace was deleted: 4404.
    case workspaceDeleted

    var code: UInt16 {
        switch self {
        case .tokenExpired: 4401
        case .replaced: 4409
        case .workspaceDeleted: 4404
        }
    }

    var text: String {
        switch self {
        case .tokenExpired: "token expired"
        case .replaced: "closed by a newer session of this channel (closeExistingSessions)"
        case .workspaceDeleted: "workspace deleted"
        }
    }
}
