public import SwitchboardCore
public import SwitchboardStore

/// Writes change sets to the store in batches: many commands, one transaction, one fsync.
///
/// A change set queued while the committer is idle starts a drain task; the drain writes every change set
/// queued so far in one transaction, then the ones queued meanwhile, until none is left. Each caller
/// returns as soon as its own change set is durable (or throws if its batch failed): under a steady load
/// the drain keeps running, but no caller waits for more than the batch its change set joined.
public actor GroupCommitter {
    let store: any SwitchboardStore
    private var queued: [(ChangeSet, CheckedContinuation<Void, any Error>)] = []
    private var draining = false
    /// Change sets waiting for the next transaction.
    public var waiting: Int { queued.count }
    /// Number of transactions written, for metrics and benchmarks.
    public private(set) var transactions = 0

    public init(store: any SwitchboardStore) {
        self.store = store
    }

    /// Returns once `changes` is committed.
    public func commit(_ changes: ChangeSet) async throws {
        if changes.isEmpty { return }
        try await withCheckedThrowingContinuation { continuation in
            queued.append((changes, continuation))
            if !draining {
                draining = true
                Task { await drain() }
            }
        }
    }

    /// Writes batches until the queue is empty.
    private func drain() async {
        while !queued.isEmpty {
            let batch = queued
            queued.removeAll()
            let results = await write(batch.map(\.0))
            for ((_, continuation), result) in zip(batch, results) { continuation.resume(with: result) }
        }
        draining = false
    }

    /// Commits the batch in one transaction; if that fails, commits each change set alone so one bad
    /// change set cannot fail the others.
    private func write(_ batch: [ChangeSet]) async -> [Result<Void, any Error>] {
        do {
            try await store.commit(batch)
            transactions += 1
            return batch.map { _ in .success(()) }
        } catch where batch.count > 1 {
            var results: [Result<Void, any Error>] = []
            for changes in batch {
                do {
                    try await store.commit([changes])
                    results.append(.success(()))
                } catch {
                    results.append(.failure(error))
                }
                transactions += 1
            }
            return results
        } catch {
            return [.failure(error)]
        }
    }
}
