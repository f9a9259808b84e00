import Foundation
import SwitchboardCore
import SwitchboardEngine
import SwitchboardStore
import Synchronization
import Testing

@Suite struct GroupCommitterTests {
    static func changes(_ tag: String) -> ChangeSet {
        var c = ChangeSet()
        c.append(.deleteWorkspace(sid: tag))
        return c
    }

    /// Waits (by yielding, never sleeping) until `condition` holds.
    static func until(_ condition: @Sendable () async -> Bool) async {
        while !(await condition()) { await Task.yield() }
    }

    @Test func commitsQueuedWhileWritingShareOneTransaction() async throws {
        let store = RecordingStore()
        let committer = GroupCommitter(store: store)
        store.hold()
        try await withThrowingTaskGroup(of: Void.self) { group in
            group.addTask { try await committer.commit(Self.changes("A")) }
            await Self.until { store.isHoldingACommit }
            for tag in ["B", "C", "D"] { group.addTask { try await committer.commit(Self.changes(tag)) } }
            await Self.until { await committer.waiting == 3 }
            store.release()
            try await group.waitForAll()
        }
        #expect(store.batches.map(\.count) == [1, 3])
        #expect(await committer.transactions == 2)
    }

    @Test func aFailingChangeSetDoesNotFailTheOthersInItsBatch() async throws {
        let store = RecordingStore(poison: { $0 == GroupCommitterTests.changes("bad") })
        let committer = GroupCommitter(store: store)
        store.hold()
        let results = await withTaskGroup(of: (String, Bool).self) { group in
            group.addTask { ((try? await committer.commit(Self.changes("first"))) != nil ? ("first", true) : ("first", false)) }
            await Self.until { store.isHoldingACommit }
            for tag in ["bad", "good"] {
                group.addTask { ((try? await committer.commit(Self.changes(tag))) != nil ? (tag, true) : (tag, false)) }
            }
            await Self.until { await committer.waiting == 2 }
            store.release()
            var all: [String: Bool] = [:]
            for await (tag, ok) in group { all[tag] = ok }
            return all
        }
        #expect(results == ["first": true, "bad": false, "good": true])
        #expect(store.batches.flatMap { $0 } == [Self.changes("first"), Self.changes("good")])
    }

    @Test func aCallerReturnsWhenItsBatchIsWrittenWhileLaterBatchesWait() async throws {
        // Under a steady load the committer always has a next batch: no caller may be kept for it.
        let store = RecordingStore()
        let committer = GroupCommitter(store: store)
        store.hold()
        let firstDone = Mutex(false)
        let first = Task {
            try await committer.commit(Self.changes("A"))
            firstDone.withLock { $0 = true }
        }
        await Self.until { store.isHoldingACommit }
        let second = Task { try await committer.commit(Self.changes("B")) }
        await Self.until { await committer.waiting == 1 }
        store.releaseWaiting()  // A's batch is written; B's batch starts and waits at the gate
        await Self.until { store.isHoldingACommit }
        var yields = 0
        while !firstDone.withLock({ $0 }), yields < 100_000 { await Task.yield(); yields += 1 }
        #expect(firstDone.withLock { $0 }, "A's caller still waits although its batch is durable")
        store.release()
        try await first.value
        try await second.value
        #expect(store.batches.map(\.count) == [1, 1])
    }

    @Test func emptyChangeSetsAreNotWritten() async throws {
        let store = RecordingStore()
        let committer = GroupCommitter(store: store)
        try await committer.commit(ChangeSet())
        #expect(store.batches.isEmpty)
    }
}
