import Foundation
import Hummingbird
import HummingbirdTesting
import SwitchboardTesting
import Testing

/// A fresh server with one workspace, and shortcuts to create what tests need in it.
///
///     try await WorkspaceFixture.run { fx in
///         let queue = try await fx.createQueue("Support")
///         let r = try await fx.call(.get, fx.path("TaskQueues/\(queue)"))
///     }
struct WorkspaceFixture: Sendable {
    let server: TestServer
    let client: any TestClientProtocol
    /// The workspace's SID.
    let sid: String
    /// Default activities by friendly name (`Offline`, `Available`, `Unavailable`).
    let activities: [String: String]
    /// Default task channels by unique name (`default`, `voice`, `sms`, `chat`, `video`).
    let channels: [String: String]

    /// `/v1/Workspaces/{sid}`.
    var ws: String { "/v1/Workspaces/\(sid)" }
    /// `/v1/Workspaces/{sid}/{rest}`.
    func path(_ rest: String) -> String { "\(ws)/\(rest)" }
    /// The absolute form of `path(rest)`.
    func url(_ rest: String) -> String { TestServer.baseURL + path(rest) }

    /// Runs `body` against a new server with a workspace named `Support` (created with `extra` form fields).
    static func run<T: Sendable>(
        _ extra: [(String, String)] = [], _ body: @Sendable (WorkspaceFixture) async throws -> T
    ) async throws -> T {
        let server = try await TestServer()
        return try await server.test { client in
            let fx = try await make(server: server, client: client, extra)
            return try await body(fx)
        }
    }

    /// Creates a workspace on a running test client.
    static func make(server: TestServer, client: any TestClientProtocol, _ extra: [(String, String)] = []) async throws -> WorkspaceFixture {
        let created = try await client.call(.post, "/v1/Workspaces", [("FriendlyName", "Support")] + extra)
        try #require(created.status == .created, "workspace create failed: \(created.body)")
        let sid = try #require(created["sid"])
        let acts = try await client.call(.get, "/v1/Workspaces/\(sid)/Activities")
        let chans = try await client.call(.get, "/v1/Workspaces/\(sid)/TaskChannels")
        var activities: [String: String] = [:]
        for a in acts.items("activities") { activities[a["friendly_name"] as? String ?? ""] = a["sid"] as? String }
        var channels: [String: String] = [:]
        for c in chans.items("channels") { channels[c["unique_name"] as? String ?? ""] = c["sid"] as? String }
        return WorkspaceFixture(server: server, client: client, sid: sid, activities: activities, channels: channels)
    }

    /// Sends a request as the bootstrap account.
    func call(_ method: HTTPRequest.Method, _ path: String, _ form: [(String, String)] = [], headers: HTTPFields = [:]) async throws -> APIResponse {
        try await client.call(method, path, form, headers: headers)
    }

    /// GET `path(rest)` with query parameters.
    func get(_ rest: String, _ params: [(String, String)] = []) async throws -> APIResponse {
        try await client.call(.get, query(path(rest), params))
    }

    /// POSTs to a collection, expects 201 and returns the new SID.
    @discardableResult
    func create(_ collection: String, _ form: [(String, String)], sourceLocation: SourceLocation = #_sourceLocation) async throws -> String {
        let r = try await client.call(.post, path(collection), form)
        try #require(r.status == .created, "create \(collection) failed: \(r.status.code) \(r.body)", sourceLocation: sourceLocation)
        return try #require(r["sid"], sourceLocation: sourceLocation)
    }

    @discardableResult
    func createQueue(_ name: String, targetWorkers: String? = nil, _ more: [(String, String)] = [],
                     sourceLocation: SourceLocation = #_sourceLocation) async throws -> String {
        var form = [("FriendlyName", name)]
        if let targetWorkers { form.append(("TargetWorkers", targetWorkers)) }
        return try await create("TaskQueues", form + more, sourceLocation: sourceLocation)
    }

    @discardableResult
    func createWorkflow(_ name: String, configuration: String, _ more: [(String, String)] = [],
                        sourceLocation: SourceLocation = #_sourceLocation) async throws -> String {
        try await create("Workflows", [("FriendlyName", name), ("Configuration", configuration)] + more, sourceLocation: sourceLocation)
    }

    /// A workflow whose only rule is `default_filter` → `queue`.
    @discardableResult
    func createDefaultWorkflow(_ name: String, queue: String, sourceLocation: SourceLocation = #_sourceLocation) async throws -> String {
        try await createWorkflow(name, configuration: Self.defaultRouting(queue), sourceLocation: sourceLocation)
    }

    @discardableResult
    func createWorker(_ name: String, attributes: String? = nil, activity: String? = nil,
                      sourceLocation: SourceLocation = #_sourceLocation) async throws -> String {
        var form = [("FriendlyName", name)]
        if let attributes { form.append(("Attributes", attributes)) }
        if let activity { form.append(("ActivitySid", activity)) }
        return try await create("Workers", form, sourceLocation: sourceLocation)
    }

    @discardableResult
    func createTask(_ attributes: String = "{}", workflow: String? = nil, _ more: [(String, String)] = [],
                    sourceLocation: SourceLocation = #_sourceLocation) async throws -> String {
        var form = [("Attributes", attributes)]
        if let workflow { form.append(("WorkflowSid", workflow)) }
        return try await create("Tasks", form + more, sourceLocation: sourceLocation)
    }

    /// A queue and a default-filter workflow routing to it: the smallest setup that accepts tasks.
    @discardableResult
    func createRouting(queueName: String = "Support Queue", workflowName: String = "Support Flow",
                       sourceLocation: SourceLocation = #_sourceLocation) async throws -> (queue: String, workflow: String) {
        let q = try await createQueue(queueName, sourceLocation: sourceLocation)
        let w = try await createDefaultWorkflow(workflowName, queue: q, sourceLocation: sourceLocation)
        return (q, w)
    }

    /// `{"task_routing":{"default_filter":{"queue":"…"}}}`.
    static func defaultRouting(_ queue: String) -> String {
        #"{"task_routing":{"default_filter":{"queue":"\#(queue)"}}}"#
    }

    /// The number of items of a list (PageSize 1000).
    func count(_ collection: String, key: String) async throws -> Int {
        try await get(collection, [("PageSize", "1000")]).items(key).count
    }

    /// A second account, with its own credentials, that must not see this workspace.
    func otherAccount() async throws -> (sid: String, token: String) {
        let sid = "AC" + String(repeating: "0", count: 31) + "2"
        let token = "fedcba9876543210fedcba9876543210"
        _ = try await server.registry.createAccount(friendlyName: "Other", sid: sid, authToken: token)
        return (sid, token)
    }
}
