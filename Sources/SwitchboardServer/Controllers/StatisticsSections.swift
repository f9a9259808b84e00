import Foundation
import SwitchboardCore
import TaskRouterWire

/// Turns statistics figures into the wire's sections (the `realtime` and `cumulative` objects and the
/// stand-alone shapes built from them), rest-api §13.
enum StatisticsSections {
    static func waitDuration(_ a: DurationAggregate) -> WaitDuration {
        WaitDuration(avg: a.average, min: a.min, max: a.max, total: a.total)
    }

    static func tasksByStatus(_ f: RealTimeTaskFigures) -> TasksByStatus {
        TasksByStatus(pending: f.pending, reserved: f.reserved, assigned: f.assigned, wrapping: f.wrapping)
    }

    static func tasksByPriority(_ f: RealTimeTaskFigures) -> [String: Int] {
        Dictionary(uniqueKeysWithValues: f.byPriority.map { (String($0.key), $0.value) })
    }

    /// One entry per activity of the workspace, zeros included.
    static func activityStatistics(_ activities: [Activity], _ workers: RealTimeWorkerFigures) -> [ActivityStatistic] {
        activities.map { ActivityStatistic(sid: $0.sid, friendlyName: $0.friendlyName, workers: workers.byActivity[$0.sid] ?? 0) }
    }

    /// One entry per activity of the workspace, zeros included.
    static func activityDurations(_ activities: [Activity], _ durations: ActivityDurations) -> [ActivityDuration] {
        activities.map { a in
            let d = durations[a.sid]
            return ActivityDuration(sid: a.sid, friendlyName: a.friendlyName, avg: d.average, min: d.min, max: d.max, total: d.total)
        }
    }

    /// `split_by_wait_time`, or nil when no threshold was asked for.
    static func split(_ figures: CumulativeFigures, _ thresholds: WaitTimeThresholds?) -> [String: WaitTimeSplit]? {
        guard let thresholds else { return nil }
        func bucket(_ c: WaitTimeThresholds.Counts) -> WaitTimeBucket {
            WaitTimeBucket(tasksCanceled: c.tasksCanceled, reservationsAccepted: c.reservationsAccepted)
        }
        var result: [String: WaitTimeSplit] = [:]
        for s in figures.split(by: thresholds) { result[s.key] = WaitTimeSplit(above: bucket(s.above), below: bucket(s.below)) }
        return result
    }

    // MARK: Realtime

    static func workspaceRealTime(_ tasks: RealTimeTaskFigures, _ workers: RealTimeWorkerFigures, _ activities: [Activity],
                                  now: Date) -> WorkspaceStatistics.RealTime {
        WorkspaceStatistics.RealTime(
            activityStatistics: activityStatistics(activities, workers),
            longestTaskWaitingAge: tasks.longestWaiting?.age(at: now) ?? 0, longestTaskWaitingSid: tasks.longestWaiting?.sid,
            tasksByPriority: tasksByPriority(tasks), tasksByStatus: tasksByStatus(tasks), totalTasks: tasks.totalTasks,
            totalWorkers: workers.total)
    }

    static func workflowRealTime(_ tasks: RealTimeTaskFigures, now: Date) -> WorkflowStatistics.RealTime {
        WorkflowStatistics.RealTime(
            longestTaskWaitingAge: tasks.longestWaiting?.age(at: now) ?? 0, longestTaskWaitingSid: tasks.longestWaiting?.sid,
            tasksByPriority: tasksByPriority(tasks), tasksByStatus: tasksByStatus(tasks), totalTasks: tasks.totalTasks)
    }

    static func queueRealTime(_ tasks: RealTimeTaskFigures, _ workers: RealTimeWorkerFigures, _ activities: [Activity],
                              now: Date) -> TaskQueueStatistics.RealTime {
        TaskQueueStatistics.RealTime(
            activityStatistics: activityStatistics(activities, workers),
            longestTaskWaitingAge: tasks.longestWaiting?.age(at: now) ?? 0, longestTaskWaitingSid: tasks.longestWaiting?.sid,
            longestRelativeTaskAgeInQueue: tasks.longestInQueue?.age(at: now) ?? 0,
            longestRelativeTaskSidInQueue: tasks.longestInQueue?.sid,
            tasksByPriority: tasksByPriority(tasks), tasksByStatus: tasksByStatus(tasks),
            totalAvailableWorkers: workers.available, totalEligibleWorkers: workers.total, totalTasks: tasks.totalTasks)
    }

    static func bulkItem(_ sid: String, _ r: TaskQueueStatistics.RealTime) -> TaskQueueBulkRealTimeStatistics.Item {
        TaskQueueBulkRealTimeStatistics.Item(
            taskQueueSid: sid, totalAvailableWorkers: r.totalAvailableWorkers, totalEligibleWorkers: r.totalEligibleWorkers,
            totalTasks: r.totalTasks, longestTaskWaitingAge: r.longestTaskWaitingAge, longestTaskWaitingSid: r.longestTaskWaitingSid,
            tasksByStatus: r.tasksByStatus, tasksByPriority: r.tasksByPriority, activityStatistics: r.activityStatistics)
    }

    static func workersRealTime(_ workers: RealTimeWorkerFigures, _ activities: [Activity]) -> WorkersStatistics.RealTime {
        WorkersStatistics.RealTime(activityStatistics: activityStatistics(activities, workers), totalWorkers: workers.total)
    }
}
