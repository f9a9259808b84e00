import GRDB
import Synchronization

/// Moves WAL checkpoints off the commit path.
///
/// SQLite's automatic checkpoint runs inside the commit that crosses the threshold: that commit copies
/// the whole WAL into the database file and syncs it, a few milliseconds during which every waiting
/// command waits too. The store turns the automatic checkpoint off and calls `committed()` after each
/// commit; every `interval` commits, a passive checkpoint runs on a connection of its own while the
/// writer goes on appending to the WAL. The writer restarts the WAL from its beginning once a checkpoint
/// has copied everything, so the file does not grow without bound.
final class WALCheckpointer: Sendable {
    private struct State {
        var commitsSinceCheckpoint = 0
        var running = false
    }

    private let connection: DatabaseQueue
    private let interval: Int
    private let state = Mutex(State())

    init(path: String, interval: Int = 64) throws {
        var config = Configuration()
        config.busyMode = .timeout(10)
        connection = try DatabaseQueue(path: path, configuration: config)
        self.interval = max(1, interval)
    }

    /// Counts a commit; starts a background checkpoint when one is due and none is running.
    func committed() {
        let due = state.withLock { s -> Bool in
            s.commitsSinceCheckpoint += 1
            guard s.commitsSinceCheckpoint >= interval, !s.running else { return false }
            s.commitsSinceCheckpoint = 0
            s.running = true
            return true
        }
        guard due else { return }
        Task.detached(priority: .utility) { [self] in
            // A failed passive checkpoint (busy) only means the next one copies more.
            _ = try? await checkpoint()
            state.withLock { $0.running = false }
        }
    }

    /// One passive checkpoint now: copies what no reader still needs, never waits for readers or writers.
    @discardableResult
    func checkpoint() async throws -> (walFrameCount: Int, checkpointedFrameCount: Int) {
        try await connection.writeWithoutTransaction { db in try db.checkpoint(.passive) }
    }
}
