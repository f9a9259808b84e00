public import Foundation
public import SwitchboardCore
public import SwitchboardStore
import SwitchboardEngine

/// The one conformance suite every store backend passes: each check takes a fresh, migrated store.
///
///     for check in StoreConformance.checks { try await check.run(try await makeStore()) }
public enum StoreConformance {
    /// A named check of the store contract.
    public struct Check: Sendable, CustomStringConvertible {
        public let name: String
        public let run: @Sendable (any SwitchboardStore) async throws -> Void
        public var description: String { name }
    }

    /// A failed expectation, with what was expected and what came back.
    public struct Failure: Error, CustomStringConvertible {
        public let description: String
    }

    public static let checks: [Check] = [
        Check(name: "accounts: create, fetch, list, token replaced on re-create", run: accounts),
        Check(name: "resources: upsert, load grouped by workspace, delete", run: resources),
        Check(name: "workspace delete removes its resources and events", run: workspaceDelete),
        Check(name: "events: newest first, filters, date bounds, keyset cursors", run: events),
        Check(name: "migrate twice is harmless", run: { store in try await store.migrate() }),
    ]

    static let t0 = Date(timeIntervalSince1970: 1_767_225_600)
    static let ids = RandomIdentifierGenerator()

    static func expect(_ condition: Bool, _ message: @autoclosure () -> String) throws {
        if !condition { throw Failure(description: message()) }
    }

    static func accounts(_ store: any SwitchboardStore) async throws {
        let a = Account(sid: ids.makeSID(.account), authToken: "token-one-000000000000000000000000", friendlyName: "A", dateCreated: t0)
        var c = ChangeSet()
        c.append(.createAccount(a))
        try await store.commit([c])
        try expect(try await store.fetchAccount(sid: a.sid) == a, "fetchAccount returns the account")
        var b = a
        b.authToken = "token-two-000000000000000000000000"
        var c2 = ChangeSet()
        c2.append(.createAccount(b))
        try await store.commit([c2])
        try expect(try await store.fetchAccount(sid: a.sid)?.authToken == b.authToken, "re-create replaces the token")
        try expect(try await store.listAccounts().map(\.sid) == [a.sid], "one account listed")
        try expect(try await store.fetchAccount(sid: ids.makeSID(.account)) == nil, "unknown account is nil")
    }

    static func workspace(_ sid: String) -> Workspace {
        Workspace(sid: sid, accountSid: "AC" + String(repeating: "0", count: 32), friendlyName: "ws", dateCreated: t0,
                  dateUpdated: t0, defaultActivitySid: nil, timeoutActivitySid: nil, eventCallbackUrl: nil,
                  eventsFilter: nil, multiTaskEnabled: true, prioritizeQueueOrder: .fifo)
    }

    static func resources(_ store: any SwitchboardStore) async throws {
        let ws1 = workspace(ids.makeSID(.workspace)), ws2 = workspace(ids.makeSID(.workspace))
        let activity = Activity(sid: ids.makeSID(.activity), workspaceSid: ws1.sid, friendlyName: "Idle", available: true, dateCreated: t0, dateUpdated: t0)
        var renamed = activity
        renamed.friendlyName = "Ready"
        var c = ChangeSet()
        c.upsert(.workspace(ws1))
        c.upsert(.workspace(ws2))
        c.upsert(.activity(activity))
        var c2 = ChangeSet()
        c2.upsert(.activity(renamed))
        try await store.commit([c, c2])
        var loaded = try await store.loadWorkspaces()
        try expect(Set(loaded.keys) == [ws1.sid, ws2.sid], "both workspaces load")
        try expect(Set(loaded[ws1.sid] ?? []) == [.workspace(ws1), .activity(renamed)], "later upsert in a batch wins")
        var c3 = ChangeSet()
        c3.delete(.activity, activity.sid)
        try await store.commit([c3])
        loaded = try await store.loadWorkspaces()
        try expect(loaded[ws1.sid] == [.workspace(ws1)], "deleted resource is gone")
    }

    static func event(_ ws: String, _ type: String, at seconds: TimeInterval, data: [String: String] = [:]) -> WorkspaceEvent {
        WorkspaceEvent(sid: ids.makeSID(.event), workspaceSid: ws, accountSid: "AC" + String(repeating: "0", count: 32),
                       eventType: type, description: type, eventDate: t0.addingTimeInterval(seconds), resourceType: "task",
                       resourceSid: ids.makeSID(.task), actorType: "account", actorSid: "AC" + String(repeating: "0", count: 32),
                       source: "api", sourceIpAddress: "127.0.0.1", data: data)
    }

    static func workspaceDelete(_ store: any SwitchboardStore) async throws {
        let ws = workspace(ids.makeSID(.workspace))
        var c = ChangeSet()
        c.upsert(.workspace(ws))
        c.record(event(ws.sid, "workspace.created", at: 0))
        try await store.commit([c])
        var d = ChangeSet()
        d.append(.deleteWorkspace(sid: ws.sid))
        try await store.commit([d])
        try expect(try await store.loadWorkspaces()[ws.sid] == nil, "resources gone")
        try expect(try await store.listEvents(EventQuery(workspaceSid: ws.sid, limit: 10)).isEmpty, "events gone")
    }

    static func events(_ store: any SwitchboardStore) async throws {
        let ws = ids.makeSID(.workspace), other = ids.makeSID(.workspace)
        let task = ids.makeSID(.task)
        let e1 = event(ws, "task.created", at: 0, data: ["task_sid": task, "task_channel_unique_name": "voice", "task_channel_sid": "TC1"])
        let e2 = event(ws, "worker.created", at: 10, data: ["worker_sid": ids.makeSID(.worker)])
        let e3 = event(ws, "task.canceled", at: 20, data: ["task_sid": task])
        let e4 = event(ws, "task.completed", at: 20, data: ["task_sid": task])
        var c = ChangeSet()
        for e in [e1, e2, e3, e4, event(other, "task.created", at: 5)] { c.record(e) }
        try await store.commit([c])
        let all = try await store.listEvents(EventQuery(workspaceSid: ws, limit: 10))
        let tied = [e3, e4].sorted { $0.sid > $1.sid }
        try expect(all == tied + [e2, e1], "newest first, ties by SID descending, other workspace excluded")
        var q = EventQuery(workspaceSid: ws, limit: 10)
        q.taskSid = task
        try expect(try await store.listEvents(q).count == 3, "TaskSid filter")
        q = EventQuery(workspaceSid: ws, limit: 10)
        q.eventType = "worker.created"
        try expect(try await store.listEvents(q) == [e2], "EventType filter")
        q = EventQuery(workspaceSid: ws, limit: 10)
        q.taskChannel = "voice"
        try expect(try await store.listEvents(q) == [e1], "TaskChannel filter by unique name")
        q.taskChannel = "TC1"
        try expect(try await store.listEvents(q) == [e1], "TaskChannel filter by SID")
        q = EventQuery(workspaceSid: ws, limit: 10)
        q.startDate = t0.addingTimeInterval(10)
        q.endDate = t0.addingTimeInterval(10)
        try expect(try await store.listEvents(q) == [e2], "inclusive date bounds")
        q = EventQuery(workspaceSid: ws, limit: 2)
        let page1 = try await store.listEvents(q)
        q.after = EventCursor(eventDateMs: page1[1].eventDateMs, sid: page1[1].sid)
        let page2 = try await store.listEvents(q)
        try expect(page1 + page2 == all, "keyset paging forward")
        q.after = nil
        q.before = EventCursor(eventDateMs: page2[0].eventDateMs, sid: page2[0].sid)
        try expect(try await store.listEvents(q) == page1, "keyset paging backward, newest first")
        try expect(try await store.fetchEvent(workspaceSid: ws, sid: e2.sid) == e2, "fetch by SID")
        try expect(try await store.fetchEvent(workspaceSid: other, sid: e2.sid) == nil, "fetch is scoped to the workspace")
    }
}
