import Foundation
import SwitchboardCore
import SwitchboardStore
import Synchronization

/// A store that times every group-commit transaction of the store it wraps, for the benchmark.
final class TimedStore: SwitchboardStore {
    struct Commit {
        var nanoseconds: Int64
        var changeSets: Int
    }

    let base: any SwitchboardStore
    private let commits = Mutex<[Commit]>([])

    init(_ base: any SwitchboardStore) {
        self.base = base
    }

    /// The commits timed since the last call, and forgets them.
    func takeCommits() -> [Commit] {
        commits.withLock { c in
            defer { c.removeAll(keepingCapacity: true) }
            return c
        }
    }

    func commit(_ batch: [ChangeSet]) async throws {
        let clock = ContinuousClock()
        let start = clock.now
        try await base.commit(batch)
        let elapsed = (clock.now - start).nanoseconds
        commits.withLock { $0.append(Commit(nanoseconds: elapsed, changeSets: batch.count)) }
    }

    func migrate() async throws { try await base.migrate() }
    func listAccounts() async throws -> [Account] { try await base.listAccounts() }
    func fetchAccount(sid: String) async throws -> Account? { try await base.fetchAccount(sid: sid) }
    func loadWorkspaces() async throws -> [String: [StoredResource]] { try await base.loadWorkspaces() }
    func listEvents(_ query: EventQuery) async throws -> [WorkspaceEvent] { try await base.listEvents(query) }
    func fetchEvent(workspaceSid: String, sid: String) async throws -> WorkspaceEvent? {
        try await base.fetchEvent(workspaceSid: workspaceSid, sid: sid)
    }
    func dueDeliveries(at now: Date, limit: Int) async throws -> [OutboxEntry] { try await base.dueDeliveries(at: now, limit: limit) }
    func removeDelivery(id: String) async throws { try await base.removeDelivery(id: id) }
    func rescheduleDelivery(id: String, attempts: Int, nextAttemptAt: Date) async throws {
        try await base.rescheduleDelivery(id: id, attempts: attempts, nextAttemptAt: nextAttemptAt)
    }
    func nextDeliveryDate() async throws -> Date? { try await base.nextDeliveryDate() }
}
