import Foundation
import Synchronization
import SwitchboardCore
import SwitchboardStore

/// A store that records each committed batch, can hold commits at a gate, and fails batches containing a poisoned change set.
final class RecordingStore: SwitchboardStore {
    struct Poisoned: Error {}

    private let state = Mutex<(batches: [[ChangeSet]], held: [CheckedContinuation<Void, Never>], holding: Bool)>(([], [], false))
    let poison: @Sendable (ChangeSet) -> Bool

    init(poison: @escaping @Sendable (ChangeSet) -> Bool = { _ in false }) { self.poison = poison }

    /// Batches committed so far, in order.
    var batches: [[ChangeSet]] { state.withLock { $0.batches } }

    /// From now on, commits wait until `release()`.
    func hold() { state.withLock { $0.holding = true } }

    /// Lets waiting and future commits through.
    func release() {
        let waiting = state.withLock { s -> [CheckedContinuation<Void, Never>] in
            s.holding = false
            defer { s.held = [] }
            return s.held
        }
        waiting.forEach { $0.resume() }
    }

    /// Lets the commits now waiting through; later ones still wait.
    func releaseWaiting() {
        let waiting = state.withLock { s -> [CheckedContinuation<Void, Never>] in
            defer { s.held = [] }
            return s.held
        }
        waiting.forEach { $0.resume() }
    }

    /// Whether a commit is waiting at the gate.
    var isHoldingACommit: Bool { state.withLock { !$0.held.isEmpty } }

    func commit(_ batch: [ChangeSet]) async throws {
        await withCheckedContinuation { (c: CheckedContinuation<Void, Never>) in
            let wait = state.withLock { s -> Bool in
                if s.holding { s.held.append(c) }
                return s.holding
            }
            if !wait { c.resume() }
        }
        if batch.contains(where: poison) { throw Poisoned() }
        state.withLock { $0.batches.append(batch) }
    }

    func migrate() async throws {}
    func listAccounts() async throws -> [Account] { [] }
    func fetchAccount(sid: String) async throws -> Account? { nil }
    func loadWorkspaces() async throws -> [String: [StoredResource]] { [:] }
    func listEvents(_ query: EventQuery) async throws -> [WorkspaceEvent] { [] }
    func fetchEvent(workspaceSid: String, sid: String) async throws -> WorkspaceEvent? { nil }
}

extension RecordingStore {
    func dueDeliveries(at now: Date, limit: Int) async throws -> [OutboxEntry] { [] }
    func removeDelivery(id: String) async throws {}
    func rescheduleDelivery(id: String, attempts: Int, nextAttemptAt: Date) async throws {}
    func nextDeliveryDate() async throws -> Date? { nil }
}
