public import Foundation
public import SwitchboardCore
public import SwitchboardStore
import Synchronization

/// The engines of every workspace and the account directory; the entry point of commands and reads.
public final class EngineRegistry: Sendable {
    public let store: any SwitchboardStore
    public let committer: GroupCommitter
    public let clock: any WallClock
    public let ids: any IdentifierGenerator
    private let engines = Mutex<[String: WorkspaceEngine]>([:])
    private let accounts = Mutex<[String: Account]>([:])
    let outputs: EngineOutputs
    /// Committed events, for live subscribers (the event bridge).
    public let events: EventBus
    /// Assignment callbacks to send, in commit order; consumed by `AssignmentCallbackService`.
    public let assignmentCallbacks: AsyncStream<AssignmentCallbackRequest>

    /// Loads every account and workspace from `store` (already migrated) and starts their engines.
    public init(
        store: any SwitchboardStore, clock: any WallClock = SystemWallClock(),
        ids: any IdentifierGenerator = RandomIdentifierGenerator(), deliveryBackoff: DeliveryBackoff = DeliveryBackoff()
    ) async throws {
        self.store = store
        self.clock = clock
        self.ids = ids
        self.committer = GroupCommitter(store: store)
        let (stream, continuation) = AsyncStream<AssignmentCallbackRequest>.makeStream()
        assignmentCallbacks = stream
        let bus = EventBus()
        events = bus
        outputs = EngineOutputs(assignmentCallbacks: continuation, backoff: deliveryBackoff, deliveriesQueued: {}, events: bus)
        let loadedAccounts = try await store.listAccounts()
        accounts.withLock { a in for acc in loadedAccounts { a[acc.sid] = acc } }
        let loaded = try await store.loadWorkspaces()
        var built: [String: WorkspaceEngine] = [:]
        let now = clock.now()
        for (sid, resources) in loaded {
            guard let state = WorkspaceState(resources: resources) else { continue }
            built[sid] = WorkspaceEngine(state: state, committer: committer, store: store, clock: clock, ids: ids, outputs: outputs)
            // Callbacks committed but never answered (the last process stopped first) go out again.
            for request in state.outstandingAssignmentCallbacks(now: now) { continuation.yield(request) }
        }
        engines.withLock { $0 = built }
    }

    // MARK: Accounts

    /// The account whose SID and auth token these are, or nil. Accounts created by another process are found too.
    public func authenticate(accountSid: String, authToken: String) async throws -> Account? {
        var account = accounts.withLock { $0[accountSid] }
        if account == nil, let stored = try await store.fetchAccount(sid: accountSid) {
            accounts.withLock { $0[stored.sid] = stored }
            account = stored
        }
        guard let account, Self.constantTimeEqual(account.authToken, authToken) else { return nil }
        return account
    }

    /// The account with `sid`, if known.
    public func account(_ sid: String) async throws -> Account? {
        if let a = accounts.withLock({ $0[sid] }) { return a }
        return try await store.fetchAccount(sid: sid)
    }

    /// Creates an account, with the given credentials or generated ones.
    public func createAccount(friendlyName: String, sid: String? = nil, authToken: String? = nil) async throws -> Account {
        var newSid = sid ?? ids.makeSID(.account)
        if sid == nil {
            while try await self.account(newSid) != nil { newSid = ids.makeSID(.account) }  // never take over an account
        }
        let account = Account(sid: newSid, authToken: authToken ?? ids.makeSecret(),
                              friendlyName: friendlyName, dateCreated: clock.now())
        var changes = ChangeSet()
        changes.append(.createAccount(account))
        try await committer.commit(changes)
        accounts.withLock { $0[account.sid] = account }
        return account
    }

    // MARK: Workspaces

    /// The engine of a workspace the account owns; a 404 otherwise.
    public func engine(_ workspaceSid: String, account accountSid: String) throws(DomainError) -> WorkspaceEngine {
        guard let e = engines.withLock({ $0[workspaceSid] }), e.accountSid == accountSid else {
            throw .notFound("The requested resource /Workspaces/\(workspaceSid) was not found")
        }
        return e
    }

    /// Every engine (for metrics).
    public var allEngines: [WorkspaceEngine] { engines.withLock { Array($0.values) } }

    /// The workspaces of an account.
    public func workspaces(account accountSid: String) async throws -> [Workspace] {
        let mine = engines.withLock { $0.values.filter { $0.accountSid == accountSid } }
        var result: [Workspace] = []
        for e in mine {
            if let ws = try? await e.read({ s, _ in s.workspace }) { result.append(ws) }
        }
        return result
    }

    /// Creates a workspace with its defaults and starts its engine.
    public func createWorkspace(_ input: WorkspaceCreate, caller: Caller) async throws -> Workspace {
        let ctx = OperationContext(now: clock.now(), ids: ids, accountSid: caller.accountSid, sourceIPAddress: caller.sourceIPAddress)
        var changes = ChangeSet()
        let state = try WorkspaceState.create(input, ctx, &changes)
        try await committer.commit(changes)
        let engine = WorkspaceEngine(state: state, committer: committer, store: store, clock: clock, ids: ids, outputs: outputs)
        engines.withLock { $0[state.sid] = engine }
        return state.workspace
    }

    /// Deletes a workspace with everything in it.
    public func deleteWorkspace(_ workspaceSid: String, caller: Caller) async throws {
        let engine = try engine(workspaceSid, account: caller.accountSid)
        try await engine.perform(caller) { _, _, changes in changes.append(.deleteWorkspace(sid: workspaceSid)) }
        engines.withLock { $0[workspaceSid] = nil }
        events.endSubscriptions(workspaceSid: workspaceSid)
    }

    // MARK: Timers and callbacks

    /// Runs the due timers of every workspace; returns how many took effect.
    @discardableResult
    public func runDueTimers() async -> Int {
        let now = clock.now()
        let due = engines.withLock { $0.values.filter { e in e.nextDeadline.withLock { $0.map { $0 <= now } ?? false } } }
        var acted = 0
        for engine in due { acted += (try? await engine.runDueTimers()) ?? 0 }
        return acted
    }

    /// The earliest timer of any workspace.
    public var nextDeadline: Date? {
        engines.withLock { $0.values.compactMap { e in e.nextDeadline.withLock { $0 } }.min() }
    }

    /// Applies an assignment callback's outcome to its reservation.
    public func applyAssignmentOutcome(_ request: AssignmentCallbackRequest, _ outcome: AssignmentCallbackOutcome) async {
        guard let engine = engines.withLock({ $0[request.workspaceSid] }) else { return }
        try? await engine.applyAssignmentOutcome(request.reservationSid, outcome)
    }

    static func constantTimeEqual(_ a: String, _ b: String) -> Bool {
        let x = Array(a.utf8), y = Array(b.utf8)
        guard x.count == y.count else { return false }
        var diff: UInt8 = 0
        for i in 0..<x.count { diff |= x[i] ^ y[i] }
        return diff == 0
    }
}
