import Foundation
import Hummingbird
import SwitchboardCore
import SwitchboardEngine
import SwitchboardStore
import TaskRouterWire

/// Every statistics endpoint (rest-api §13, routing-semantics §6): realtime figures from the engine's
/// live state, cumulative figures from the store's rollups of the recorded events.
struct StatisticsController {
    let api: APIServices
    /// Realtime sections of large workspaces, reused for up to a second.
    let cache = StatisticsRealTimeCache()

    /// Which figures an endpoint returns.
    enum Form: Sendable {
        /// `…/Statistics`: `realtime` and `cumulative` objects.
        case combined
        /// `…/RealTimeStatistics`.
        case realtime
        /// `…/CumulativeStatistics`.
        case cumulative

        var hasRealtime: Bool { self != .cumulative }
        var hasCumulative: Bool { self != .realtime }
    }

    func register(on ws: RouterGroup<SwitchboardRequestContext>) {
        let forms: [(String, Form)] = [("Statistics", .combined), ("RealTimeStatistics", .realtime), ("CumulativeStatistics", .cumulative)]
        for (name, form) in forms {
            ws.get(RouterPath(stringLiteral: name)) { try await workspace($0, $1, form) }
            ws.get(RouterPath(stringLiteral: "Workflows/:sid/\(name)")) { try await workflow($0, $1, form) }
            ws.get(RouterPath(stringLiteral: "TaskQueues/:sid/\(name)")) { try await queue($0, $1, form) }
            ws.get(RouterPath(stringLiteral: "Workers/\(name)")) { try await workers($0, $1, form) }
        }
        ws.get("TaskQueues/Statistics", use: queues)
        ws.post("TaskQueues/RealTimeStatistics", use: bulkQueues)
        ws.get("Workers/:sid/Statistics", use: worker)
    }

    // MARK: Workspace

    func workspace(_ request: Request, _ context: SwitchboardRequestContext, _ form: Form) async throws -> Response {
        let engine = try api.engine(context)
        let params = try StatisticsParameters(request.query, window: form.hasCumulative)
        let live = try await engine.read { [cache] s, now in
            let channel = try s.statisticsChannel(params.taskChannel)
            let key = StatisticsRealTimeCache.Key(workspaceSid: s.sid, scope: "workspace", taskChannelSid: channel)
            let realtime = form.hasRealtime ? cache.value(key, size: s.statisticsSize, now: now) {
                StatisticsSections.workspaceRealTime(
                    s.realTimeTasks(taskChannelSid: channel, scope: .workspace).workspace,
                    s.realTimeWorkers(s.workers.values, taskChannelSid: channel), s.activitiesInOrder, now: now)
            } : nil
            return (LiveContext(s, channel: channel, now: now), realtime)
        }
        let url = api.renderer.url(engine.sid, form.path)
        var cumulative: WorkspaceStatistics.Cumulative?
        if form.hasCumulative {
            let window = try params.window(now: live.0.now)
            let figures = try await api.cumulative(live.0, scopes: [StatisticsQuery.workspaceScope], window: window, params)
            cumulative = StatisticsSections.workspaceCumulative(figures[StatisticsQuery.workspaceScope] ?? CumulativeFigures(), window,
                                                                params.thresholds)
        }
        let (account, ws) = (engine.accountSid, engine.sid)
        switch form {
        case .combined:
            return try JSONResponse.make(WorkspaceStatistics(realtime: live.1, cumulative: cumulative, accountSid: account,
                                                             workspaceSid: ws, url: url))
        case .realtime:
            return try JSONResponse.make(WorkspaceRealTimeStatistics(accountSid: account, workspaceSid: ws, url: url, section: live.1!))
        case .cumulative:
            return try JSONResponse.make(WorkspaceCumulativeStatistics(accountSid: account, workspaceSid: ws, url: url,
                                                                       section: cumulative!))
        }
    }

    // MARK: Workflow

    func workflow(_ request: Request, _ context: SwitchboardRequestContext, _ form: Form) async throws -> Response {
        let engine = try api.engine(context)
        let sid = try context.sid("sid", .workflow) { "/Workspaces/\(engine.sid)/Workflows/\($0)" }
        let params = try StatisticsParameters(request.query, window: form.hasCumulative)
        let live = try await engine.read { [cache] s, now in
            _ = try s.workflow(sid)
            let channel = try s.statisticsChannel(params.taskChannel)
            let key = StatisticsRealTimeCache.Key(workspaceSid: s.sid, scope: "workflow:\(sid)", taskChannelSid: channel)
            let realtime = form.hasRealtime ? cache.value(key, size: s.statisticsSize, now: now) {
                StatisticsSections.workflowRealTime(s.realTimeTasks(taskChannelSid: channel, scope: .workflow(sid)).workflow(sid), now: now)
            } : nil
            return (LiveContext(s, channel: channel, now: now), realtime)
        }
        let url = api.renderer.url(engine.sid, "Workflows/\(sid)/\(form.path)")
        var cumulative: WorkflowStatistics.Cumulative?
        if form.hasCumulative {
            let window = try params.window(now: live.0.now)
            let figures = try await api.cumulative(live.0, scopes: [sid], window: window, params)
            cumulative = StatisticsSections.workflowCumulative(figures[sid] ?? CumulativeFigures(), window, params.thresholds)
        }
        let (account, ws) = (engine.accountSid, engine.sid)
        switch form {
        case .combined:
            return try JSONResponse.make(WorkflowStatistics(accountSid: account, cumulative: cumulative, realtime: live.1,
                                                            workflowSid: sid, workspaceSid: ws, url: url))
        case .realtime:
            return try JSONResponse.make(WorkflowRealTimeStatistics(accountSid: account, workflowSid: sid, workspaceSid: ws, url: url,
                                                                    section: live.1!))
        case .cumulative:
            return try JSONResponse.make(WorkflowCumulativeStatistics(accountSid: account, workflowSid: sid, workspaceSid: ws,
                                                                      url: url, section: cumulative!))
        }
    }
}

extension StatisticsController.Form {
    /// The last path segment of the endpoint.
    var path: String {
        switch self {
        case .combined: "Statistics"
        case .realtime: "RealTimeStatistics"
        case .cumulative: "CumulativeStatistics"
        }
    }
}
