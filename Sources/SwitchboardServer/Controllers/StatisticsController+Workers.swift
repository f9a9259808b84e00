import Foundation
import Hummingbird
import SwitchboardCore
import SwitchboardEngine
import SwitchboardStore
import TaskRouterWire

/// `Workers/Statistics`, `Workers/RealTimeStatistics`, `Workers/CumulativeStatistics` and
/// `Workers/{sid}/Statistics` (cumulative only).
extension StatisticsController {
    func workers(_ request: Request, _ context: SwitchboardRequestContext, _ form: Form) async throws -> Response {
        let engine = try api.engine(context)
        let query = request.query
        let params = try StatisticsParameters(query, window: form.hasCumulative, splitByWaitTime: false)
        // The worker filters belong to the combined endpoint only (rest-api §13).
        let filter = WorkerQuery(friendlyName: query["FriendlyName"], taskQueueName: query["TaskQueueName"],
                                 taskQueueSid: query["TaskQueueSid"])
        let filtered = form == .combined && (filter.friendlyName != nil || filter.taskQueueName != nil || filter.taskQueueSid != nil)
        let (live, realtime, scopes, current) = try await engine.read { [cache] s, now in
            let channel = try s.statisticsChannel(params.taskChannel)
            let workers = try filtered ? s.listWorkers(filter, now: now) : Array(s.workers.values)
            let key = StatisticsRealTimeCache.Key(workspaceSid: s.sid, scope: "workers", taskChannelSid: channel)
            let realtime = cache.value(key, size: filtered ? 0 : s.statisticsSize, now: now) {
                StatisticsSections.workersRealTime(s.realTimeWorkers(workers, taskChannelSid: channel), s.activitiesInOrder)
            }
            let scopes = filtered ? workers.map(\.sid) : [StatisticsQuery.workspaceScope]
            return (LiveContext(s, channel: channel, now: now), realtime, scopes, s.currentActivityPeriods(workers, now: now))
        }
        let url = api.renderer.url(engine.sid, "Workers/\(form.path)")
        var cumulative: WorkersStatistics.Cumulative?
        if form.hasCumulative {
            let window = try params.window(now: live.now)
            let figures = try await api.cumulativeTotal(live, scopes: scopes, window: window, params)
            let durations = try await api.activityDurations(live, scopes: scopes, window: window, current: current)
            cumulative = StatisticsSections.workersCumulative(figures, durations, live.activities, window)
        }
        let (account, ws) = (engine.accountSid, engine.sid)
        switch form {
        case .combined:
            return try JSONResponse.make(WorkersStatistics(realtime: realtime, cumulative: cumulative, accountSid: account,
                                                           workspaceSid: ws, url: url))
        case .realtime:
            return try JSONResponse.make(WorkersRealTimeStatistics(accountSid: account, workspaceSid: ws, url: url, section: realtime))
        case .cumulative:
            return try JSONResponse.make(WorkersCumulativeStatistics(accountSid: account, workspaceSid: ws, url: url,
                                                                     section: cumulative!))
        }
    }

    /// `Workers/{sid}/Statistics`: the worker's reservations and activity durations over the window.
    @Sendable func worker(_ request: Request, context: SwitchboardRequestContext) async throws -> Response {
        let engine = try api.engine(context)
        let sid = try context.sid("sid", .worker) { "/Workspaces/\(engine.sid)/Workers/\($0)" }
        let params = try StatisticsParameters(request.query, window: true, splitByWaitTime: false)
        let (live, current) = try await engine.read { s, now in
            let worker = try s.worker(sid)
            let channel = try s.statisticsChannel(params.taskChannel)
            return (LiveContext(s, channel: channel, now: now), s.currentActivityPeriods([worker], now: now))
        }
        let window = try params.window(now: live.now)
        let figures = try await api.cumulativeTotal(live, scopes: [sid], window: window, params)
        let durations = try await api.activityDurations(live, scopes: [sid], window: window, current: current)
        return try JSONResponse.make(WorkerStatistics(
            accountSid: engine.accountSid, cumulative: StatisticsSections.workersCumulative(figures, durations, live.activities, window),
            workerSid: sid, workspaceSid: engine.sid, url: api.renderer.url(engine.sid, "Workers/\(sid)/Statistics")))
    }
}
