public import Foundation
public import SwitchboardCore
import SwitchboardStore
import Synchronization

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
    let outputs: EngineOutputs
    /// The earliest timer of this workspace, readable without entering the actor.
    nonisolated let nextDeadline: Mutex<Date?>

    init(state: WorkspaceState, committer: GroupCommitter, store: any SwitchboardStore, clock: any WallClock,
         ids: any IdentifierGenerator, outputs: EngineOutputs) {
        self.sid = state.sid
        self.accountSid = state.accountSid
        self.state = state
        self.committer = committer
        self.store = store
        self.clock = clock
        self.ids = ids
        self.outputs = outputs
        self.nextDeadline = Mutex(state.nextDeadline)
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
        try await commit(changes, now: ctx.now)
        return result
    }

    /// Acts on every timer due now (reservation and step timeouts, TTL, purges); returns how many acted.
    @discardableResult
    public func runDueTimers() async throws -> Int {
        guard !deleted else { return 0 }
        let ctx = OperationContext(now: clock.now(), ids: ids, accountSid: accountSid, byEngine: true)
        var changes = ChangeSet()
        let acted = state.runDueTimers(ctx, &changes)
        try await commit(changes, now: ctx.now)
        return acted
    }

    /// Applies the outcome of an assignment callback to its reservation (if still pending).
    public func applyAssignmentOutcome(_ reservationSid: String, _ outcome: AssignmentCallbackOutcome) async throws {
        guard !deleted else { return }
        let ctx = OperationContext(now: clock.now(), ids: ids, accountSid: accountSid, byEngine: true)
        var changes = ChangeSet()
        state.assignmentCallbackAnswered(reservationSid, &changes)
        switch outcome {
        case .failed: state.failAssignmentCallback(reservationSid, ctx, &changes)
        case .noInstruction: break
        case .instruction(let instruction):
            switch instruction {
            case .accept:
                state.applyAssignmentInstruction(reservationSid, instruction: "accept", accept: true, rejectActivitySid: nil, ctx, &changes)
            case .conference:
                state.applyAssignmentInstruction(reservationSid, instruction: "conference", accept: true, rejectActivitySid: nil, ctx, &changes)
            case .dequeue(let postWork):
                state.applyAssignmentInstruction(reservationSid, instruction: "dequeue",
                                                 parameters: postWork.map { ["post_work_activity_sid": $0] } ?? [:],
                                                 accept: true, rejectActivitySid: nil, ctx, &changes)
            case .call(let accept):
                state.applyAssignmentInstruction(reservationSid, instruction: "call", parameters: ["accept": String(accept)],
                                                 accept: accept, rejectActivitySid: nil, ctx, &changes)
            case .redirect(let accept):
                state.applyAssignmentInstruction(reservationSid, instruction: "redirect", parameters: ["accept": String(accept)],
                                                 accept: accept, rejectActivitySid: nil, ctx, &changes)
            case .reject(let activity):
                state.applyAssignmentInstruction(reservationSid, instruction: "reject",
                                                 parameters: activity.map { ["activity_sid": $0] } ?? [:],
                                                 accept: nil, rejectActivitySid: .some(activity), ctx, &changes)
            case .unknown: break
            }
        }
        try await commit(changes, now: ctx.now)
    }

    /// Queues event callbacks, commits, then hands assignment callbacks on and publishes the next timer.
    private func commit(_ changes: ChangeSet, now: Date) async throws {
        var changes = changes
        for entry in state.deliveries(for: changes.events, now: now, backoff: outputs.backoff) { changes.append(.enqueueDelivery(entry)) }
        let next = state.nextDeadline
        nextDeadline.withLock { $0 = next }
        guard !changes.isEmpty else { return }
        do {
            try await committer.commit(changes)
        } catch {
            await reload()
            throw EngineError.commitFailed(String(describing: error))
        }
        if changes.changes.contains(where: { if case .deleteWorkspace = $0 { true } else { false } }) { deleted = true }
        outputs.events.publish(changes.events)
        for request in changes.assignmentCallbacks { outputs.assignmentCallbacks.yield(request) }
        if changes.changes.contains(where: { if case .enqueueDelivery = $0 { true } else { false } }) { outputs.deliveriesQueued() }
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
        nextDeadline.withLock { $0 = fresh.nextDeadline }
    }
}
