import Foundation
import SwitchboardCore
import SwitchboardEngine
import SwitchboardSQLite
import SwitchboardTesting

/// An in-memory SQLite outbox, a manual clock, a scripted transport and the delivery service over them.
struct OutboxFixture {
    let store: SQLiteStore
    let clock: ManualWallClock
    let transport: FakeCallbackTransport
    let logs: CapturedLogs
    let service: EventDeliveryService
    let start: Date

    init(backoff: DeliveryBackoff = DeliveryBackoff()) async throws {
        store = try SQLiteStore(path: ":memory:")
        try await store.migrate()
        clock = ManualWallClock()
        start = clock.now()
        transport = FakeCallbackTransport()
        logs = CapturedLogs()
        service = EventDeliveryService(store: store, transport: transport, clock: clock, backoff: backoff, logger: logs.logger())
    }

    static func url(_ workspace: String) -> String { "https://receiver.test/\(workspace)" }

    /// An entry for event `id` of `workspace`, queued `offset` seconds after the start, expiring after the back-off window.
    func entry(_ id: String, workspace: String = "WS1", offset: TimeInterval = 0) -> OutboxEntry {
        let queued = start.addingTimeInterval(offset)
        return OutboxEntry(id: id, workspaceSid: workspace, url: Self.url(workspace),
                           body: [FormField("EventType", "task.created"), FormField("Sid", id)],
                           attempts: 0, nextAttemptAt: queued, expiresAt: service.backoff.expiry(from: queued))
    }

    /// Queues `entries`, as the engine does (one change set).
    func enqueue(_ entries: OutboxEntry...) async throws {
        var changes = ChangeSet()
        for entry in entries { changes.append(.enqueueDelivery(entry)) }
        try await store.commit([changes])
    }

    /// Every queued entry, due or not.
    func queued() async throws -> [OutboxEntry] {
        try await store.dueDeliveries(at: .distantFuture, limit: 1000)
    }

    /// Event SIDs of the requests made so far, in order.
    var delivered: [String] { transport.requests.map { $0.form.first { $0.name == "Sid" }?.value ?? "?" } }

    /// Sets the clock to the next due date and runs a pass; false when nothing is queued.
    ///
    /// The store keeps whole milliseconds; when the date it reports does not read back as due (floating
    /// point), the clock moves one more millisecond.
    func runNextDuePass() async throws -> Bool {
        guard let next = try await store.nextDeliveryDate() else { return false }
        if next > clock.now() { clock.set(next) }
        if try await store.dueDeliveries(at: clock.now(), limit: 1).isEmpty { clock.advance(by: 0.001) }
        await service.deliverDue()
        return true
    }
}
