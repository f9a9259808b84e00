import Foundation
import SwitchboardCore
import SwitchboardEngine
import SwitchboardSQLite
import SwitchboardStore
import SwitchboardTesting
import Testing

@Suite struct WorkspaceEngineTests {
    static let caller = Caller(accountSid: "AC" + String(repeating: "0", count: 31) + "1")

    static func registry() async throws -> (EngineRegistry, SQLiteStore, ManualWallClock) {
        let store = try SQLiteStore(path: ":memory:")
        try await store.migrate()
        let clock = ManualWallClock()
        let registry = try await EngineRegistry(store: store, clock: clock, ids: SequentialIdentifierGenerator())
        return (registry, store, clock)
    }

    @Test func aRefusedCommandChangesNothingInMemoryOrOnDisk() async throws {
        let (registry, store, _) = try await Self.registry()
        let ws = try await registry.createWorkspace(WorkspaceCreate(friendlyName: "ws"), caller: Self.caller)
        let engine = try registry.engine(ws.sid, account: Self.caller.accountSid)
        _ = try await engine.perform(Self.caller) { s, ctx, c in try s.createWorker(WorkerInput(friendlyName: "Alice"), ctx, &c) }
        let before = try await store.loadWorkspaces()[ws.sid]?.count
        await #expect(throws: DomainError.self) {
            try await engine.perform(Self.caller) { s, ctx, c in try s.createWorker(WorkerInput(friendlyName: "ALICE"), ctx, &c) }
        }
        #expect(try await store.loadWorkspaces()[ws.sid]?.count == before)
        #expect(try await engine.read { s, _ in s.workers.count } == 1)
    }

    @Test func stateRebuiltFromTheStoreEqualsTheLiveState() async throws {
        let (registry, store, clock) = try await Self.registry()
        let ws = try await registry.createWorkspace(WorkspaceCreate(friendlyName: "ws", template: .fifo), caller: Self.caller)
        let engine = try registry.engine(ws.sid, account: Self.caller.accountSid)
        clock.advance(by: 30)
        _ = try await engine.perform(Self.caller) { s, ctx, c in try s.createWorker(WorkerInput(friendlyName: "Bob", attributes: #"{"a":1}"#), ctx, &c) }
        _ = try await engine.perform(Self.caller) { s, ctx, c in try s.createTask(TaskCreate(attributes: #"{"x":true}"#, priority: 5), ctx, &c) }
        let live = try await engine.read { s, _ in Set(s.allResources) }
        let rebuilt = try await EngineRegistry(store: store, clock: clock, ids: SequentialIdentifierGenerator())
        let again = try await rebuilt.engine(ws.sid, account: Self.caller.accountSid).read { s, _ in Set(s.allResources) }
        #expect(again == live)
    }

    @Test func anotherAccountCannotReachTheWorkspace() async throws {
        let (registry, _, _) = try await Self.registry()
        let ws = try await registry.createWorkspace(WorkspaceCreate(friendlyName: "ws"), caller: Self.caller)
        #expect(throws: DomainError.self) { try registry.engine(ws.sid, account: "AC" + String(repeating: "9", count: 32)) }
    }
}
