public import Foundation
public import Logging
public import ServiceLifecycle
public import SwitchboardCore
public import SwitchboardStore
import Synchronization

/// Delivers the durable outbox of event callbacks: POSTs each queued event to its workspace's
/// `EventCallbackUrl`, retries failures with back-off, and gives up after the back-off window.
///
/// ```swift
/// let delivery = EventDeliveryService(store: store, transport: AsyncHTTPCallbackTransport(),
///                                     clock: SystemWallClock(), logger: logger)
/// let group = ServiceGroup(services: [delivery, …], logger: logger)   // run() until graceful shutdown
/// await delivery.deliverDue()                                          // or: one pass (tests, with a manual clock)
/// ```
/// A delivery succeeds on any 2xx answer within `timeout`. Every attempt carries the event SID in
/// `I-Twilio-Idempotency-Token`, so receivers can drop duplicates (delivery is at least once).
/// Deliveries of one workspace are attempted in event order: while an earlier one waits for its retry,
/// later ones wait behind it (see `EventDeliveryService+Ordering.swift`).
public final class EventDeliveryService: Service {
    let store: any SwitchboardStore
    let transport: any CallbackTransport
    let clock: any WallClock
    let logger: Logger
    /// When failed deliveries are tried again, and when they are given up.
    public let backoff: DeliveryBackoff
    /// Most deliveries loaded per pass.
    public let batchSize: Int
    /// Longest pause between passes of `run()`, in seconds, so new entries are picked up soon.
    public let pollInterval: TimeInterval
    /// Seconds a receiver has to answer (Twilio: 15).
    public let timeout: TimeInterval
    /// Per workspace, the deliveries held behind an earlier failed one, in event order.
    let lines = Mutex<[String: [HeldDelivery]]>([:])

    public init(
        store: any SwitchboardStore, transport: any CallbackTransport, clock: any WallClock,
        backoff: DeliveryBackoff = DeliveryBackoff(), logger: Logger,
        batchSize: Int = 100, pollInterval: TimeInterval = 1, timeout: TimeInterval = 15
    ) {
        self.store = store
        self.transport = transport
        self.clock = clock
        self.backoff = backoff
        self.logger = logger
        self.batchSize = max(batchSize, 1)
        self.pollInterval = pollInterval
        self.timeout = timeout
    }

    /// Runs passes until graceful shutdown or cancellation. A pass in flight is finished; only the pause
    /// between passes is cut short.
    public func run() async throws {
        while !Task.isCancelled, !Task.isShuttingDownGracefully {
            let healthy = await pass()
            let pause = healthy ? await pauseBeforeNextPass() : pollInterval
            try? await cancelWhenGracefulShutdown { try await Task.sleep(for: .seconds(pause)) }
        }
    }

    /// One pass: attempts every delivery due now (at most `batchSize`), workspaces in parallel and each
    /// workspace's deliveries one after another in event order. Passes must not overlap (`run()` never does).
    public func deliverDue() async {
        _ = await pass()
    }

    /// One pass; false when the store failed (the caller then waits a full poll interval).
    func pass() async -> Bool {
        let now = clock.now()
        let due: [OutboxEntry]
        do {
            due = try await store.dueDeliveries(at: now, limit: batchSize)
        } catch {
            logger.error("Could not load due event callbacks", metadata: ["error": "\(error)"])
            return false
        }
        let truncated = due.count >= batchSize
        return await withTaskGroup(of: Bool.self) { group in
            for (workspaceSid, lane) in Self.lanes(due) {
                group.addTask { await self.deliver(lane, of: workspaceSid, now: now, truncated: truncated) }
            }
            var healthy = true
            for await laneHealthy in group { healthy = healthy && laneHealthy }
            return healthy
        }
    }

    /// Seconds until the next delivery is due, between 1 ms and `pollInterval`.
    func pauseBeforeNextPass() async -> TimeInterval {
        guard let next = try? await store.nextDeliveryDate() else { return pollInterval }
        return min(max(next.timeIntervalSince(clock.now()), 0.001), pollInterval)
    }

    /// Due entries grouped by workspace, each group in the store's order.
    static func lanes(_ entries: [OutboxEntry]) -> [(String, [OutboxEntry])] {
        var order: [String] = []
        var groups: [String: [OutboxEntry]] = [:]
        for entry in entries {
            if groups[entry.workspaceSid] == nil { order.append(entry.workspaceSid) }
            groups[entry.workspaceSid, default: []].append(entry)
        }
        return order.map { ($0, groups[$0]!) }
    }

    /// What became of one attempt.
    enum AttemptResult {
        /// Delivered, or given up: the entry left the outbox.
        case finished
        /// Failed; the next attempt is due at `nextAttemptAt`.
        case retry(HeldDelivery)
    }

    /// POSTs one entry and records the outcome in the store.
    func attempt(_ entry: OutboxEntry) async -> (AttemptResult, healthy: Bool) {
        let metadata: Logger.Metadata = ["event": "\(entry.id)", "workspace": "\(entry.workspaceSid)", "url": "\(entry.url)"]
        if clock.now() > entry.expiresAt {
            logger.warning("Giving up an event callback: its retry window has passed", metadata: metadata)
            return (.finished, await remove(entry.id))
        }
        let headers = [("I-Twilio-Idempotency-Token", entry.id), ("Content-Type", "application/x-www-form-urlencoded")]
        let response = await transport.post(url: entry.url, form: entry.body, headers: headers, timeout: timeout)
        if response.succeeded { return (.finished, await remove(entry.id)) }
        let attempts = entry.attempts + 1
        let failedAt = clock.now()
        let next = failedAt.addingTimeInterval(backoff.delay(afterAttempt: attempts))
        var failure = metadata
        failure["attempts"] = "\(attempts)"
        failure["status"] = "\(response.status.map(String.init) ?? "no answer")"
        if next > entry.expiresAt {
            logger.warning("Giving up an event callback after \(attempts) failed attempts", metadata: failure)
            return (.finished, await remove(entry.id))
        }
        logger.debug("Event callback failed; will retry", metadata: failure)
        let held = HeldDelivery(id: entry.id, attempts: attempts, nextAttemptAt: next)
        return (.retry(held), await reschedule(held))
    }

    func remove(_ id: String) async -> Bool {
        do {
            try await store.removeDelivery(id: id)
            return true
        } catch {
            logger.error("Could not remove an event callback from the outbox", metadata: ["event": "\(id)", "error": "\(error)"])
            return false
        }
    }

    func reschedule(_ held: HeldDelivery) async -> Bool {
        do {
            try await store.rescheduleDelivery(id: held.id, attempts: held.attempts, nextAttemptAt: held.nextAttemptAt)
            return true
        } catch {
            logger.error("Could not reschedule an event callback", metadata: ["event": "\(held.id)", "error": "\(error)"])
            return false
        }
    }
}
