import Foundation
import Hummingbird
import HummingbirdTesting
import SwitchboardCore
import SwitchboardTesting
import Testing

/// A REST-level routing scenario: a fresh in-process server with one workspace, a manual clock, and
/// shortcuts for the calls routing scenarios make. Every write (`post`, `delete`) and every clock move
/// (`tick`) ends with a check of the engine's routing invariants.
///
///     try await Scenario.run { s in
///         let q = try await s.queue("Support")
///         let wf = try await s.workflow(Scenario.defaultFilter(q))
///         let alice = try await s.worker("Alice")
///         let task = try await s.task(workflow: wf)
///         let r = try await s.pendingReservation(task)
///     }
struct Scenario: Sendable {
    let server: TestServer
    let client: any TestClientProtocol
    let ws: String
    /// Activities by friendly name.
    let activities: [String: String]
    /// Task channels by unique name.
    let channels: [String: String]

    /// Runs `body` against a new server whose workspace is created with `extra` form fields.
    static func run<T: Sendable>(_ extra: [(String, String)] = [], _ body: @Sendable (Scenario) async throws -> T) async throws -> T {
        let server = try await TestServer()
        return try await server.test { client in
            let created = try await client.call(.post, "/v1/Workspaces", [("FriendlyName", "Scenario")] + extra)
            try #require(created.status == .created, "workspace create failed: \(created.body)")
            let ws = try #require(created["sid"])
            let acts = try await client.call(.get, "/v1/Workspaces/\(ws)/Activities")
            let chans = try await client.call(.get, "/v1/Workspaces/\(ws)/TaskChannels")
            var activities: [String: String] = [:]
            for a in scenarioRows(acts, "activities") { activities[a["friendly_name"] as? String ?? ""] = a["sid"] as? String }
            var channels: [String: String] = [:]
            for c in scenarioRows(chans, "channels") { channels[c["unique_name"] as? String ?? ""] = c["sid"] as? String }
            return try await body(Scenario(server: server, client: client, ws: ws, activities: activities, channels: channels))
        }
    }

    func path(_ rest: String) -> String { "/v1/Workspaces/\(ws)/\(rest)" }

    // MARK: Calls

    func get(_ rest: String, _ query: [(String, String)] = []) async throws -> APIResponse {
        let q = query.isEmpty ? "" : "?" + query.map { "\($0.0)=\($0.1.addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? $0.1)" }.joined(separator: "&")
        return try await client.call(.get, path(rest) + q)
    }

    /// POSTs a form, then checks the invariants.
    @discardableResult
    func post(_ rest: String, _ form: [(String, String)], headers: HTTPFields = [:],
              sourceLocation: SourceLocation = #_sourceLocation) async throws -> APIResponse {
        let r = try await client.call(.post, path(rest), form, headers: headers)
        try await checkInvariants(sourceLocation: sourceLocation)
        return r
    }

    @discardableResult
    func delete(_ rest: String, headers: HTTPFields = [:], sourceLocation: SourceLocation = #_sourceLocation) async throws -> APIResponse {
        let r = try await client.call(.delete, path(rest), headers: headers)
        try await checkInvariants(sourceLocation: sourceLocation)
        return r
    }

    /// POSTs to a collection, requires 201, returns the SID.
    func create(_ collection: String, _ form: [(String, String)], sourceLocation: SourceLocation = #_sourceLocation) async throws -> String {
        let r = try await post(collection, form, sourceLocation: sourceLocation)
        try #require(r.status == .created, "create \(collection): \(r.status.code) \(r.body)", sourceLocation: sourceLocation)
        return try #require(r["sid"], sourceLocation: sourceLocation)
    }

    // MARK: Clock

    /// Moves the manual clock, fires due timers, checks the invariants.
    func tick(_ seconds: TimeInterval, sourceLocation: SourceLocation = #_sourceLocation) async throws {
        server.clock.advance(by: seconds)
        await server.registry.runDueTimers()
        try await checkInvariants(sourceLocation: sourceLocation)
    }

    func checkInvariants(sourceLocation: SourceLocation = #_sourceLocation) async throws {
        let engine = try server.registry.engine(ws, account: TestServer.accountSid)
        let problems = try await engine.read { s, _ in s.invariantViolations() }
        #expect(problems.isEmpty, "invariants broken: \(problems)", sourceLocation: sourceLocation)
    }

    /// Reads the engine state behind the API.
    func state<R: Sendable>(_ body: @Sendable (WorkspaceState) throws -> R) async throws -> R {
        try await server.registry.engine(ws, account: TestServer.accountSid).read { s, _ in try body(s) }
    }

    // MARK: Resources

    func queue(_ name: String, _ extra: [(String, String)] = []) async throws -> String {
        try await create("TaskQueues", [("FriendlyName", name)] + extra)
    }

    func workflow(_ configuration: String, name: String = "Flow", _ extra: [(String, String)] = []) async throws -> String {
        try await create("Workflows", [("FriendlyName", name), ("Configuration", configuration)] + extra)
    }

    func worker(_ name: String, attributes: String = "{}", activity: String = "Available") async throws -> String {
        try await create("Workers", [("FriendlyName", name), ("Attributes", attributes), ("ActivitySid", activities[activity] ?? activity)])
    }

    func task(_ attributes: String = "{}", workflow: String? = nil, _ extra: [(String, String)] = []) async throws -> String {
        try await create("Tasks", [("Attributes", attributes)] + (workflow.map { [("WorkflowSid", $0)] } ?? []) + extra)
    }

    // MARK: Reads

    func taskJSON(_ sid: String) async throws -> APIResponse { try await get("Tasks/\(sid)") }

    func status(_ task: String) async throws -> String? { try await taskJSON(task)["assignment_status"] }

    func activityName(_ worker: String) async throws -> String? { try await get("Workers/\(worker)")["activity_name"] }

    /// The task's reservations as listed by the API: `(sid, worker_sid, reservation_status)`, oldest first.
    func reservations(_ task: String) async throws -> [(sid: String, worker: String, status: String)] {
        scenarioRows(try await get("Tasks/\(task)/Reservations", [("PageSize", "1000")]), "reservations").map {
            ($0["sid"] as? String ?? "", $0["worker_sid"] as? String ?? "", $0["reservation_status"] as? String ?? "")
        }
    }

    /// The single pending reservation of a task.
    func pendingReservation(_ task: String, sourceLocation: SourceLocation = #_sourceLocation) async throws -> (sid: String, worker: String) {
        let pending = try await reservations(task).filter { $0.status == "pending" }
        try #require(pending.count == 1, "expected one pending reservation, got \(pending)", sourceLocation: sourceLocation)
        return (pending[0].sid, pending[0].worker)
    }

    /// Updates a reservation through the task path.
    @discardableResult
    func answer(_ task: String, _ reservation: String, _ form: [(String, String)], headers: HTTPFields = [:],
                sourceLocation: SourceLocation = #_sourceLocation) async throws -> APIResponse {
        try await post("Tasks/\(task)/Reservations/\(reservation)", form, headers: headers, sourceLocation: sourceLocation)
    }

    /// Every event of the workspace (optionally filtered), oldest first.
    func events(_ query: [(String, String)] = []) async throws -> [[String: any Sendable]] {
        let r = try await get("Events", [("Minutes", "43200"), ("PageSize", "1000")] + query)
        return scenarioRows(r, "events").reversed()
    }

    /// Event types, oldest first.
    func eventTypes(_ query: [(String, String)] = []) async throws -> [String] {
        try await events(query).compactMap { $0["event_type"] as? String }
    }

    /// The number of events so far, to read only newer ones with `eventTypes(since:)`.
    func mark() async throws -> Int { try await events().count }

    func eventTypes(since mark: Int) async throws -> [String] { Array(try await eventTypes().dropFirst(mark)) }

    // MARK: Configurations

    static func defaultFilter(_ queue: String) -> String { #"{"task_routing":{"default_filter":{"queue":"\#(queue)"}}}"# }

    /// One catch-all filter with these raw target objects, and an optional default filter.
    static func filter(_ targets: [String], expression: String = "1==1", default queue: String? = nil) -> String {
        let d = queue.map { #","default_filter":{"queue":"\#($0)"}"# } ?? ""
        return #"{"task_routing":{"filters":[{"filter_friendly_name":"All","expression":"\#(expression)","targets":[\#(targets.joined(separator: ","))]}]\#(d)}}"#
    }
}

/// The objects of a list response's array.
func scenarioRows(_ r: APIResponse, _ key: String) -> [[String: any Sendable]] {
    (r.json[key] as? [Any])?.compactMap { $0 as? [String: any Sendable] } ?? []
}

/// Checks the status of a response, showing the body when it differs.
func expectScenarioStatus(_ r: APIResponse, _ code: Int, sourceLocation: SourceLocation = #_sourceLocation) {
    #expect(Int(r.status.code) == code, "status \(r.status.code), body \(r.body)", sourceLocation: sourceLocation)
}
