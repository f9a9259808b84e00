import Foundation
import SwitchboardTesting
import Testing

/// A JSON value reached by a dotted path (`cumulative.wait_duration_until_accepted.avg`).
struct JSONNode: @unchecked Sendable {
    let value: Any?

    subscript(_ path: String) -> JSONNode {
        var current = value
        for key in path.split(separator: ".") { current = (current as? [String: Any])?[String(key)] }
        return JSONNode(value: current)
    }

    var int: Int? { value as? Int }
    var string: String? { value as? String }
    var isNull: Bool { value is NSNull }
    var object: [String: Any]? { value as? [String: Any] }
    var array: [Any]? { value as? [Any] }
    var keys: Set<String> { Set(object?.keys ?? [:].keys) }
}

extension APIResponse {
    /// The body as a navigable JSON tree.
    var tree: JSONNode { JSONNode(value: try? JSONSerialization.jsonObject(with: Data(body.utf8))) }
}

/// Expects integer fields of `node` (paths relative to it).
func expectInts(_ node: JSONNode, _ expected: KeyValuePairs<String, Int>, sourceLocation: SourceLocation = #_sourceLocation) {
    for (path, value) in expected {
        #expect(node[path].int == value, "\(path): \(String(describing: node[path].value)) ≠ \(value)", sourceLocation: sourceLocation)
    }
}

/// Expects a duration object `{avg, min, max, total}`.
func expectDuration(_ node: JSONNode, avg: Int, min: Int, max: Int, total: Int, sourceLocation: SourceLocation = #_sourceLocation) {
    expectInts(node, ["avg": avg, "min": min, "max": max, "total": total], sourceLocation: sourceLocation)
    #expect(node.keys == ["avg", "min", "max", "total"], sourceLocation: sourceLocation)
}

/// The `workers` of each activity of an `activity_statistics` list, by friendly name.
func activityWorkers(_ node: JSONNode) -> [String: Int] {
    var result: [String: Int] = [:]
    for item in node.array ?? [] {
        let item = JSONNode(value: item)
        result[item["friendly_name"].string ?? ""] = item["workers"].int
    }
    return result
}

/// `(count…)` of each activity of an `activity_durations` list, by friendly name: [avg, min, max, total].
func activityDurations(_ node: JSONNode) -> [String: [Int]] {
    var result: [String: [Int]] = [:]
    for item in node.array ?? [] {
        let item = JSONNode(value: item)
        result[item["friendly_name"].string ?? ""] = ["avg", "min", "max", "total"].map { item[$0].int ?? -1 }
    }
    return result
}

extension WorkspaceFixture {
    /// Moves the manual clock on by `seconds` and fires every timer that fell due.
    func advance(_ seconds: TimeInterval) async {
        server.clock.advance(by: seconds)
        _ = await server.registry.runDueTimers()
    }

    /// Answers a reservation of `task` (`accepted`, `rejected`, …) with extra form fields.
    func answer(_ task: String, _ reservation: String, _ status: String, _ more: [(String, String)] = [],
                sourceLocation: SourceLocation = #_sourceLocation) async throws {
        let r = try await call(.post, path("Tasks/\(task)/Reservations/\(reservation)"), [("ReservationStatus", status)] + more)
        try #require(r.status == .ok, "\(status) failed: \(r.body)", sourceLocation: sourceLocation)
    }

    /// Sets a task's assignment status (`canceled`, `wrapping`, `completed`).
    func setStatus(_ task: String, _ status: String, sourceLocation: SourceLocation = #_sourceLocation) async throws {
        let r = try await call(.post, path("Tasks/\(task)"), [("AssignmentStatus", status), ("Reason", "statistics test")])
        try #require(r.status == .ok, "\(status) failed: \(r.body)", sourceLocation: sourceLocation)
    }

    /// Sets a worker's activity by name.
    func setActivity(_ worker: String, _ activity: String, sourceLocation: SourceLocation = #_sourceLocation) async throws {
        let r = try await call(.post, path("Workers/\(worker)"), [("ActivitySid", activities[activity] ?? "")])
        try #require(r.status == .ok, "activity update failed: \(r.body)", sourceLocation: sourceLocation)
    }

    /// GET a statistics path, expecting 200.
    func statistics(_ rest: String, _ params: [(String, String)] = [], sourceLocation: SourceLocation = #_sourceLocation) async throws -> JSONNode {
        let r = try await get(rest, params)
        try #require(r.status == .ok, "GET \(rest) → \(r.status.code) \(r.body)", sourceLocation: sourceLocation)
        return r.tree
    }
}
