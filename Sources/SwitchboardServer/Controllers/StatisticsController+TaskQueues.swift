import Foundation
import Hummingbird
import NIOCore
import SwitchboardCore
import SwitchboardEngine
import SwitchboardStore
import TaskRouterWire

/// `TaskQueues/{sid}/…Statistics`, the paged `TaskQueues/Statistics` and the bulk
/// `POST TaskQueues/RealTimeStatistics`.
extension StatisticsController {
    /// Most queues one bulk request may name.
    static let bulkQueueLimit = 50

    func queue(_ request: Request, _ context: SwitchboardRequestContext, _ form: Form) async throws -> Response {
        let engine = try api.engine(context)
        let sid = try context.sid("sid", .taskQueue) { "/Workspaces/\(engine.sid)/TaskQueues/\($0)" }
        let params = try StatisticsParameters(request.query, window: form.hasCumulative)
        let live = try await engine.read { [cache] s, now in
            _ = try s.taskQueue(sid)
            let channel = try s.statisticsChannel(params.taskChannel)
            let realtime = form.hasRealtime ? cache.queueSections(s, [sid], channel: channel, now: now)[sid] : nil
            return (LiveContext(s, channel: channel, now: now), realtime)
        }
        let url = api.renderer.url(engine.sid, "TaskQueues/\(sid)/\(form.path)")
        var cumulative: TaskQueueStatistics.Cumulative?
        if form.hasCumulative {
            let window = try params.window(now: live.0.now)
            let figures = try await api.cumulative(live.0, scopes: [sid], window: window, params)
            cumulative = StatisticsSections.queueCumulative(figures[sid] ?? CumulativeFigures(), window, params.thresholds)
        }
        let (account, ws) = (engine.accountSid, engine.sid)
        switch form {
        case .combined:
            return try JSONResponse.make(TaskQueueStatistics(accountSid: account, cumulative: cumulative, realtime: live.1,
                                                             taskQueueSid: sid, workspaceSid: ws, url: url))
        case .realtime:
            return try JSONResponse.make(TaskQueueRealTimeStatistics(accountSid: account, taskQueueSid: sid, workspaceSid: ws,
                                                                     url: url, section: live.1!))
        case .cumulative:
            return try JSONResponse.make(TaskQueueCumulativeStatistics(accountSid: account, taskQueueSid: sid, workspaceSid: ws,
                                                                       url: url, section: cumulative!))
        }
    }

    /// `GET TaskQueues/Statistics`: one item per queue (`FriendlyName` filter), paged in creation order.
    @Sendable func queues(_ request: Request, context: SwitchboardRequestContext) async throws -> Response {
        let engine = try api.engine(context)
        let query = request.query
        let paging = try PageRequest(query)
        let params = try StatisticsParameters(query, window: true)
        let filter = TaskQueueQuery(friendlyName: query["FriendlyName"])
        let (live, page, next, previous) = try await engine.read { [cache] s, now in
            let channel = try s.statisticsChannel(params.taskChannel)
            let paginator = Paginator<TaskQueue>(key: { [$0.dateCreated.sortValue, .string($0.sid)] }, descending: [false, false])
            let (page, next, previous) = paginator.page(try s.listTaskQueues(filter, now: now), paging)
            let sections = cache.queueSections(s, page.map(\.sid), channel: channel, now: now)
            let realtime = page.compactMap { q in sections[q.sid].map { (sid: q.sid, section: $0) } }
            return (LiveContext(s, channel: channel, now: now), realtime, next, previous)
        }
        let window = try params.window(now: live.now)
        let figures = try await api.cumulative(live, scopes: page.map(\.sid), window: window, params)
        let items = page.map { item in
            TaskQueuesStatisticsItem(
                accountSid: engine.accountSid,
                cumulative: StatisticsSections.queueCumulative(figures[item.sid] ?? CumulativeFigures(), window, params.thresholds),
                realtime: item.section, taskQueueSid: item.sid, workspaceSid: engine.sid)
        }
        return try api.page(items, key: "task_queues_statistics", request: request, pageRequest: paging, next: next, previous: previous)
    }

    /// `POST TaskQueues/RealTimeStatistics` with a JSON body `{"QueueSids": [...]}` (1…50 SIDs).
    @Sendable func bulkQueues(_ request: Request, context: SwitchboardRequestContext) async throws -> Response {
        let engine = try api.engine(context)
        let body = try await request.body.collect(upTo: context.maxUploadSize)
        let sids = try TaskQueueBulkRealTimeStatisticsRequest(jsonBody: Data(body.readableBytesView)).queueSids
        guard (1...Self.bulkQueueLimit).contains(sids.count) else {
            throw APIError.invalid("QueueSids must name between 1 and \(Self.bulkQueueLimit) task queues, got \(sids.count)")
        }
        let malformed = sids.filter { !SIDPrefix.taskQueue.matches($0) }
        guard malformed.isEmpty else {
            throw APIError.invalid("QueueSids must be task queue SIDs (WQ…); not valid: \(malformed.joined(separator: ", "))")
        }
        let items = try await engine.read { [cache] s, now in
            let sections = cache.queueSections(s, sids, channel: nil, now: now)
            return sids.map { sid in
                let section = sections[sid]
                    ?? StatisticsSections.queueRealTime(RealTimeTaskFigures(), RealTimeWorkerFigures(), s.activitiesInOrder, now: now)
                return StatisticsSections.bulkItem(sid, section)
            }
        }
        return try JSONResponse.make(TaskQueueBulkRealTimeStatistics(
            accountSid: engine.accountSid, workspaceSid: engine.sid, taskQueueData: items, taskQueueResponseCount: items.count,
            url: api.renderer.url(engine.sid, "TaskQueues/RealTimeStatistics")))
    }
}

extension StatisticsRealTimeCache {
    /// The realtime sections of the queues among `sids` (unknown SIDs are left out), reusing fresh
    /// cached ones and computing the others from one pass over the tasks.
    func queueSections(_ s: WorkspaceState, _ sids: [String], channel: String?, now: Date) -> [String: TaskQueueStatistics.RealTime] {
        var sections: [String: TaskQueueStatistics.RealTime] = [:]
        var missing: [TaskQueue] = []
        for sid in Set(sids) {
            guard let queue = s.taskQueues[sid] else { continue }
            let key = Key(workspaceSid: s.sid, scope: "queue:\(sid)", taskChannelSid: channel)
            if let hit: TaskQueueStatistics.RealTime = cached(key, size: s.statisticsSize, now: now) { sections[sid] = hit } else { missing.append(queue) }
        }
        guard !missing.isEmpty else { return sections }
        let tasks = s.realTimeTasks(taskChannelSid: channel, scope: .queues(Set(missing.map(\.sid))))
        for queue in missing {
            let workers = s.realTimeWorkers(s.eligibleWorkers(for: queue, now: now), taskChannelSid: channel)
            let section = StatisticsSections.queueRealTime(tasks.queue(queue.sid), workers, s.activitiesInOrder, now: now)
            store(section, for: Key(workspaceSid: s.sid, scope: "queue:\(queue.sid)", taskChannelSid: channel), size: s.statisticsSize, now: now)
            sections[queue.sid] = section
        }
        return sections
    }
}

extension WorkspaceState {
    /// What decides whether realtime sections are worth caching: tasks plus workers held.
    var statisticsSize: Int { tasks.count + workers.count }
}
