public import Foundation
public import SwitchboardCore
import SwitchboardStore

/// Owns one workspace's state in memory; runs its commands one at a time and commits them in groups.
///
/// A command runs against the in-memory state (pure decisions from SwitchboardCore), its changes join the
/// current group commit, and the caller gets its result only once those changes are durable.
public actor WorkspaceEngine {
    public nonisolated let sid: String
    public nonisolated let accountSid: String
    private var state: WorkspaceState
    private var deleted = false
    let committer: GroupCommitter
    let store: any SwitchboardStore
    let clock: any WallClock
    let ids: any IdentifierGenerator

    init(state: WorkspaceState, committer: GroupCommitter, store: any SwitchboardStore, clock: any WallClock, ids: any IdentifierGenerator) {
        self.sid = state.sid
        self.accountSid = state.accountSid
        self.state = state
        self.committer = committer
        self.store = store
        self.clock = clock
        self.ids = ids
    }

    /// Runs a command and returns its result once its changes are committed.
    ///
    /// The body must check everything before it changes the state: a body that throws leaves no trace.
    public func perform<Result: Sendable>(
        _ caller: Caller,
        _ body: @Sendable (inout WorkspaceState, OperationContext, inout ChangeSet) throws -> Result
    ) async throws -> Result {
        try checkAlive()
        let ctx = OperationContext(now: clock.now(), ids: ids, accountSid: caller.accountSid, sourceIPAddress: caller.sourceIPAddress)
        var changes = ChangeSet()
        let result = try body(&state, ctx, &changes)
        do {
            try await committer.commit(changes)
        } catch {
            await reload()
            throw EngineError.commitFailed(String(describing: error))
        }
        if changes.changes.contains(where: { if case .deleteWorkspace = $0 { true } else { false } }) { deleted = true }
        return result
    }

    /// Reads the current state.
    public func read<Result: Sendable>(_ body: @Sendable (WorkspaceState, Date) throws -> Result) throws -> Result {
        try checkAlive()
        return try body(state, clock.now())
    }

    /// Marks the workspace deleted after its deletion was committed.
    func markDeleted() { deleted = true }

    private func checkAlive() throws {
        if deleted { throw DomainError.notFound("The requested resource /Workspaces/\(sid) was not found") }
    }

    /// Rebuilds the state from the store after a failed commit, so memory never runs ahead of the disk.
    private func reload() async {
        guard let resources = try? await store.loadWorkspaces()[sid], let fresh = WorkspaceState(resources: resources) else { return }
        state = fresh
    }
}
