/// One durable change: what the store must write for a command to be acknowledged.
public enum Change: Sendable, Hashable {
    /// Creates an account, or sets the auth token of an existing one.
    case createAccount(Account)
    case upsert(StoredResource)
    case delete(ResourceKind, sid: String)
    /// Removes a workspace with every resource and event it holds.
    case deleteWorkspace(sid: String)
    case appendEvent(WorkspaceEvent)
    /// Queues an event callback for delivery (in the same transaction as its event).
    case enqueueDelivery(OutboxEntry)
}

/// The ordered changes of one command; committed atomically, possibly together with others.
public struct ChangeSet: Sendable, Hashable {
    public private(set) var changes: [Change] = []
    /// Assignment callbacks to send after the commit (not stored: a lost one lets the reservation time out).
    public var assignmentCallbacks: [AssignmentCallbackRequest] = []

    public init() {}

    public var isEmpty: Bool { changes.isEmpty }

    public static func == (a: ChangeSet, b: ChangeSet) -> Bool { a.changes == b.changes }
    public func hash(into hasher: inout Hasher) { hasher.combine(changes) }

    /// The events this change set records, in order.
    public var events: [WorkspaceEvent] {
        changes.compactMap { if case .appendEvent(let e) = $0 { e } else { nil } }
    }

    public mutating func append(_ change: Change) { changes.append(change) }
    public mutating func upsert(_ resource: StoredResource) { changes.append(.upsert(resource)) }
    public mutating func delete(_ kind: ResourceKind, _ sid: String) { changes.append(.delete(kind, sid: sid)) }
    public mutating func record(_ event: WorkspaceEvent) { changes.append(.appendEvent(event)) }
}
