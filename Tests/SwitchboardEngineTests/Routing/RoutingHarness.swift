import Foundation
import SwitchboardCore
import SwitchboardEngine
import SwitchboardSQLite
import SwitchboardStore
import SwitchboardTesting
import Testing

/// One workspace on an in-memory SQLite store, a manual clock and sequential SIDs.
///
/// Every command (`step`) and every clock move (`tick`) ends with a check of
/// `WorkspaceState.invariantViolations()`, so a test cannot forget it.
///
///     let h = try await RoutingHarness.make()
///     let q = try await h.queue("Support")
///     let wf = try await h.workflow(RoutingHarness.defaultFilter(q))
///     let alice = try await h.worker("Alice")
///     let task = try await h.task(workflow: wf)
struct RoutingHarness: Sendable {
    static let caller = Caller(accountSid: "AC" + String(repeating: "0", count: 31) + "1")

    let registry: EngineRegistry
    let store: SQLiteStore
    let clock: ManualWallClock
    let engine: WorkspaceEngine
    let start: Date
    /// Default activities by friendly name: `Offline`, `Available`, `Unavailable`.
    let activities: [String: String]
    /// Task channels by unique name.
    let channels: [String: String]

    static func make(multiTask: Bool = true, prioritizeQueueOrder: QueueOrder? = nil) async throws -> RoutingHarness {
        let store = try SQLiteStore(path: ":memory:")
        try await store.migrate()
        let clock = ManualWallClock()
        let registry = try await EngineRegistry(store: store, clock: clock, ids: SequentialIdentifierGenerator())
        let ws = try await registry.createWorkspace(
            WorkspaceCreate(friendlyName: "routing", multiTaskEnabled: multiTask, prioritizeQueueOrder: prioritizeQueueOrder),
            caller: caller)
        let engine = try registry.engine(ws.sid, account: caller.accountSid)
        let (acts, chans) = try await engine.read { s, _ in
            (Dictionary(uniqueKeysWithValues: s.activities.values.map { ($0.friendlyName, $0.sid) }),
             Dictionary(uniqueKeysWithValues: s.taskChannels.values.map { ($0.uniqueName, $0.sid) }))
        }
        return RoutingHarness(registry: registry, store: store, clock: clock, engine: engine, start: clock.now(),
                              activities: acts, channels: chans)
    }

    // MARK: Steps with invariant checks

    /// Runs a command through the engine, then checks the invariants.
    @discardableResult
    func step<R: Sendable>(
        sourceLocation: SourceLocation = #_sourceLocation,
        _ body: @Sendable (inout WorkspaceState, OperationContext, inout ChangeSet) throws -> R
    ) async throws -> R {
        let (result, eventSids) = try await engine.perform(Self.caller) { s, ctx, c in
            let r = try body(&s, ctx, &c)
            return (r, c.events.map(\.sid))
        }
        // Events of one command share one timestamp, so the API lists them by SID: SIDs must follow record order.
        #expect(eventSids == eventSids.sorted(), "event SIDs out of record order: \(eventSids)", sourceLocation: sourceLocation)
        try await checkInvariants(sourceLocation: sourceLocation)
        return result
    }

    /// Moves the clock by `seconds`, fires the due timers (as the timer service would), checks the invariants.
    func tick(_ seconds: TimeInterval, sourceLocation: SourceLocation = #_sourceLocation) async throws {
        clock.advance(by: seconds)
        await registry.runDueTimers()
        try await checkInvariants(sourceLocation: sourceLocation)
    }

    /// Moves the clock to `seconds` after the harness start, firing due timers.
    func tick(to seconds: TimeInterval, sourceLocation: SourceLocation = #_sourceLocation) async throws {
        let now = clock.now().timeIntervalSince(start)
        try await tick(seconds - now, sourceLocation: sourceLocation)
    }

    func checkInvariants(sourceLocation: SourceLocation = #_sourceLocation) async throws {
        let problems = try await engine.read { s, _ in s.invariantViolations() }
        #expect(problems.isEmpty, "invariants broken: \(problems)", sourceLocation: sourceLocation)
    }

    func read<R: Sendable>(_ body: @Sendable (WorkspaceState) throws -> R) async throws -> R {
        try await engine.read { s, _ in try body(s) }
    }

    // MARK: Resources

    func queue(_ name: String, targetWorkers: String? = nil, maxReserved: Int? = nil, order: QueueOrder? = nil,
               reservationActivity: String? = nil, assignmentActivity: String? = nil) async throws -> String {
        let input = TaskQueueInput(friendlyName: name, targetWorkers: targetWorkers, maxReservedWorkers: maxReserved,
                                   taskOrder: order, reservationActivitySid: reservationActivity,
                                   assignmentActivitySid: assignmentActivity)
        return try await step { s, ctx, c in try s.createTaskQueue(input, ctx, &c).sid }
    }

    func workflow(_ configuration: String, name: String = "Flow", reservationTimeout: Int? = nil,
                  callback: String? = nil) async throws -> String {
        let input = WorkflowInput(friendlyName: name, configuration: configuration, assignmentCallbackUrl: callback,
                                  taskReservationTimeout: reservationTimeout)
        return try await step { s, ctx, c in try s.createWorkflow(input, ctx, &c).sid }
    }

    /// A worker, `Available` unless told otherwise.
    func worker(_ name: String, attributes: String = "{}", available: Bool = true) async throws -> String {
        let input = WorkerInput(friendlyName: name, activitySid: activities[available ? "Available" : "Offline"], attributes: attributes)
        return try await step { s, ctx, c in try s.createWorker(input, ctx, &c).sid }
    }

    func task(_ attributes: String = "{}", workflow: String? = nil, priority: Int? = nil, timeout: Int? = nil,
              channel: String? = nil, routingTarget: String? = nil, ignoreCapacity: Bool? = nil,
              virtualStartTime: Date? = nil) async throws -> String {
        let input = TaskCreate(attributes: attributes, workflowSid: workflow, taskChannel: channel, priority: priority,
                               timeout: timeout, virtualStartTime: virtualStartTime, routingTarget: routingTarget,
                               ignoreCapacity: ignoreCapacity)
        return try await step { s, ctx, c in try s.createTask(input, ctx, &c).sid }
    }

    // MARK: Commands

    func setActivity(_ worker: String, _ activityName: String, rejectPending: Bool = false) async throws {
        let input = WorkerInput(activitySid: activities[activityName], rejectPendingReservations: rejectPending)
        try await step { s, ctx, c in _ = try s.updateWorker(worker, input, ifMatch: nil, ctx, &c) }
    }

    func updateReservation(_ sid: String, _ input: ReservationUpdate) async throws {
        try await step { s, ctx, c in _ = try s.updateReservation(sid, input, ifMatch: nil, ctx, &c) }
    }

    func accept(_ reservation: String) async throws {
        try await updateReservation(reservation, ReservationUpdate(reservationStatus: .accepted))
    }

    func reject(_ reservation: String, activity: String? = nil) async throws {
        try await updateReservation(reservation, ReservationUpdate(reservationStatus: .rejected,
                                                                   workerActivitySid: activity.map { activities[$0] ?? $0 }))
    }

    func updateTask(_ sid: String, _ input: TaskUpdate) async throws {
        try await step { s, ctx, c in _ = try s.updateTask(sid, input, ifMatch: nil, ctx, &c) }
    }

    func channel(_ worker: String, _ channel: String = "default", capacity: Int? = nil, available: Bool? = nil) async throws {
        try await step { s, ctx, c in
            _ = try s.updateWorkerChannel(channel, worker: worker, capacity: capacity, available: available, ctx, &c)
        }
    }

    func callbackOutcome(_ reservation: String, _ outcome: AssignmentCallbackOutcome) async throws {
        try await engine.applyAssignmentOutcome(reservation, outcome)
        try await checkInvariants()
    }

    // MARK: Reads

    func taskState(_ sid: String) async throws -> WorkTask? { try await read { $0.tasks[sid] } }
    func status(_ task: String) async throws -> AssignmentStatus? { try await taskState(task)?.assignmentStatus }
    func workerState(_ sid: String) async throws -> Worker? { try await read { $0.workers[sid] } }

    /// The activity name of a worker.
    func activity(of worker: String) async throws -> String? {
        try await read { s in s.workers[worker].flatMap { s.activities[$0.activitySid]?.friendlyName } }
    }

    /// The task's reservations, oldest first.
    func reservations(of task: String) async throws -> [Reservation] {
        try await read { s in s.reservations.values.filter { $0.taskSid == task }.sorted { $0.sid < $1.sid } }
    }

    /// The worker's reservations, oldest first.
    func reservations(ofWorker worker: String) async throws -> [Reservation] {
        try await read { s in s.reservations.values.filter { $0.workerSid == worker }.sorted { $0.sid < $1.sid } }
    }

    /// The single pending reservation of a task, or a failed requirement.
    func pending(_ task: String, sourceLocation: SourceLocation = #_sourceLocation) async throws -> Reservation {
        let rs = try await reservations(of: task).filter { $0.status == .pending }
        try #require(rs.count == 1, "expected one pending reservation of \(task), got \(rs)", sourceLocation: sourceLocation)
        return rs[0]
    }

    /// Pending reservations of a task.
    func pendingReservations(_ task: String) async throws -> [Reservation] {
        try await reservations(of: task).filter { $0.status == .pending }
    }

    /// Task age in seconds at the current clock.
    func age(_ task: String) async throws -> Int? { try await taskState(task)?.age(at: clock.now()) }

    /// Seconds since the harness start of a date.
    func offset(_ date: Date?) -> Int? { date.map { Int($0.timeIntervalSince(start).rounded()) } }

    // MARK: Events

    /// Every event of the workspace, oldest first.
    func events() async throws -> [WorkspaceEvent] {
        try await store.listEvents(EventQuery(workspaceSid: engine.sid, limit: 100_000)).reversed()
    }

    /// A position in the event log to read newer events from.
    func mark() async throws -> Int { try await events().count }

    /// The types of the events recorded after `mark`, oldest first.
    func types(since mark: Int) async throws -> [String] {
        Array(try await events().dropFirst(mark)).map(\.eventType)
    }

    /// The events recorded after `mark`, oldest first.
    func events(since mark: Int) async throws -> [WorkspaceEvent] { Array(try await events().dropFirst(mark)) }

    /// The routing-relevant event types about a task (task, workflow, queue and reservation events), oldest first.
    func taskTypes(_ task: String) async throws -> [String] {
        try await events().filter { $0.data["task_sid"] == task || $0.resourceSid == task }.map(\.eventType)
    }

    // MARK: Workflow configurations

    /// `{"task_routing":{"default_filter":{"queue":q}}}`.
    static func defaultFilter(_ queue: String) -> String {
        #"{"task_routing":{"default_filter":{"queue":"\#(queue)"}}}"#
    }

    /// One filter matching everything with the given targets (raw JSON objects), and an optional default filter.
    static func filter(_ targets: [String], expression: String = "1==1", name: String = "All", default queue: String? = nil) -> String {
        filters([(name, expression, targets)], default: queue)
    }

    /// Several filters `(name, expression, [target JSON])`, and an optional default filter.
    static func filters(_ filters: [(String, String, [String])], default queue: String? = nil) -> String {
        // Typed on purpose: with GRDB imported, an untyped interpolating closure may build a GRDB `SQL`.
        let body: String = filters.map { (name: String, expression: String, targets: [String]) -> String in
            let escaped: String = expression.replacingOccurrences(of: "\"", with: "\\\"")
            let text: String = #"{"filter_friendly_name":"\#(name)","expression":"\#(escaped)","targets":[\#(targets.joined(separator: ","))]}"#
            return text
        }.joined(separator: ",")
        let defaultPart: String = queue.map { (q: String) -> String in #","default_filter":{"queue":"\#(q)"}"# } ?? ""
        return #"{"task_routing":{"filters":[\#(body)]\#(defaultPart)}}"#
    }
}

/// The kinds of `DomainError` a test expects a command to be refused with.
enum Refusal: String, Sendable {
    case invalid, notFound, versionMismatch, gone

    func matches(_ error: DomainError) -> Bool {
        switch (self, error) {
        case (.invalid, .invalid), (.notFound, .notFound), (.versionMismatch, .versionMismatch), (.gone, .gone): true
        default: false
        }
    }
}

/// Expects `body` to throw a `DomainError` of `kind`.
func expectRefusal(
    _ kind: Refusal, sourceLocation: SourceLocation = #_sourceLocation, _ body: () async throws -> Void
) async {
    do {
        try await body()
        Issue.record("expected a \(kind.rawValue) refusal, but the command succeeded", sourceLocation: sourceLocation)
    } catch let error as DomainError {
        #expect(kind.matches(error), "expected \(kind.rawValue), got \(error)", sourceLocation: sourceLocation)
    } catch {
        Issue.record("expected a DomainError, got \(error)", sourceLocation: sourceLocation)
    }
}
