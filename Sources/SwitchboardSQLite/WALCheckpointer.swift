import GRDB
import Synchronization

/// Moves WAL checkpoints off the commit path, without letting the WAL grow.
///
/// SQLite's automatic checkpoint runs inside the commit that crosses the threshold: that commit copies
/// the whole WAL into the database file and syncs it, a few milliseconds during which every waiting
/// command waits too. The store turns the automatic checkpoint off and calls `written()` after each
/// write transaction; every `interval` of them a checkpoint runs:
///
/// 1. a passive checkpoint on a connection of its own copies the WAL into the database file while the
///    writer goes on appending to the WAL (the long part, off the commit path);
/// 2. when the WAL then holds more than `frameLimit` frames, step 1 runs again until a round finds few
///    new frames, then a passive checkpoint on the writer's connection, queued like a commit, copies the
///    frames appended meanwhile. Once everything is copied, the next write starts the WAL again from its
///    beginning (and `journal_size_limit` trims the file). Under a steady load step 1 alone never catches
///    up (writes keep coming while it copies) and the WAL would grow without bound; step 2 costs the
///    commits behind it about one page write per frame it copies, so it runs only once the WAL has grown
///    (by default past 4,096 frames, 16 MiB of 4 KiB pages) and after the rounds left it little to copy.
final class WALCheckpointer: Sendable {
    private struct State {
        var writesSinceCheckpoint = 0
        var running: Task<Void, Never>?
    }

    private let connection: DatabaseQueue
    private let writer: any DatabaseWriter
    private let interval: Int
    private let frameLimit: Int
    private let state = Mutex(State())

    init(path: String, writer: any DatabaseWriter, interval: Int = 64, frameLimit: Int = 4_096) throws {
        var config = Configuration()
        config.busyMode = .timeout(10)
        connection = try DatabaseQueue(path: path, configuration: config)
        self.writer = writer
        self.interval = max(1, interval)
        self.frameLimit = frameLimit
    }

    /// Counts a write transaction; starts a background checkpoint when one is due and none is running.
    func written() {
        state.withLock { s in
            s.writesSinceCheckpoint += 1
            guard s.writesSinceCheckpoint >= interval, s.running == nil else { return }
            s.writesSinceCheckpoint = 0
            s.running = Task.detached(priority: .utility) { [self] in
                // A failed checkpoint (busy) only means the next one copies more.
                _ = try? await checkpoint()
                state.withLock { $0.running = nil }
            }
        }
    }

    /// Waits for the checkpoint in progress, if any.
    func waitUntilIdle() async {
        let running = state.withLock { $0.running }
        await running?.value
    }

    /// Step 1, then step 2 if the WAL is over the limit (or `complete`); returns the WAL's frames and
    /// those copied, as the last step saw them.
    @discardableResult
    func checkpoint(complete: Bool = false) async throws -> (walFrameCount: Int, checkpointedFrameCount: Int) {
        var background = try await connection.writeWithoutTransaction { db in try db.checkpoint(.passive) }
        guard complete || background.walFrameCount > frameLimit else { return background }
        // Step 2 costs about one random page write per frame left to copy. Copy what commits appended during
        // step 1 in more rounds off the commit path, until a round sees only a few new frames.
        for _ in 0..<4 {
            let before = background.walFrameCount
            background = try await connection.writeWithoutTransaction { db in try db.checkpoint(.passive) }
            if background.walFrameCount - before <= 8 { break }
        }
        return try await writer.writeWithoutTransaction { db in try db.checkpoint(.passive) }
    }
}
