import Foundation
import SwitchboardCore
import TaskRouterWire

/// The `cumulative` sections (rest-api §13, routing-semantics §6.3).
extension StatisticsSections {
    static func workspaceCumulative(_ f: CumulativeFigures, _ window: StatisticsWindow,
                                    _ thresholds: WaitTimeThresholds?) -> WorkspaceStatistics.Cumulative {
        WorkspaceStatistics.Cumulative(
            avgTaskAcceptanceTime: f.untilAccepted.average, startTime: window.start, endTime: window.end,
            reservationsCreated: f.count(.reservationCreated), reservationsAccepted: f.count(.reservationAccepted),
            reservationsRejected: f.count(.reservationRejected), reservationsTimedOut: f.count(.reservationTimedOut),
            reservationsCanceled: f.count(.reservationCanceled), reservationsRescinded: f.count(.reservationRescinded),
            splitByWaitTime: split(f, thresholds), waitDurationUntilAccepted: waitDuration(f.untilAccepted),
            waitDurationUntilCanceled: waitDuration(f.untilCanceled), tasksCanceled: f.count(.taskCanceled),
            tasksCompleted: f.count(.taskCompleted), tasksCreated: f.count(.taskCreated), tasksDeleted: f.tasksDeleted,
            tasksMoved: f.count(.taskMoved), tasksTimedOutInWorkflow: f.count(.workflowTimedOut))
    }

    static func workflowCumulative(_ f: CumulativeFigures, _ window: StatisticsWindow,
                                   _ thresholds: WaitTimeThresholds?) -> WorkflowStatistics.Cumulative {
        WorkflowStatistics.Cumulative(
            avgTaskAcceptanceTime: f.untilAccepted.average, startTime: window.start, endTime: window.end,
            reservationsCreated: f.count(.reservationCreated), reservationsAccepted: f.count(.reservationAccepted),
            reservationsRejected: f.count(.reservationRejected), reservationsTimedOut: f.count(.reservationTimedOut),
            reservationsCanceled: f.count(.reservationCanceled), reservationsRescinded: f.count(.reservationRescinded),
            splitByWaitTime: split(f, thresholds), waitDurationUntilAccepted: waitDuration(f.untilAccepted),
            waitDurationUntilCanceled: waitDuration(f.untilCanceled), tasksCanceled: f.count(.taskCanceled),
            tasksCompleted: f.count(.taskCompleted), tasksEntered: f.count(.workflowEntered), tasksDeleted: f.tasksDeleted,
            tasksMoved: f.count(.taskMoved), tasksTimedOutInWorkflow: f.count(.workflowTimedOut))
    }

    static func queueCumulative(_ f: CumulativeFigures, _ window: StatisticsWindow,
                                _ thresholds: WaitTimeThresholds?) -> TaskQueueStatistics.Cumulative {
        TaskQueueStatistics.Cumulative(
            avgTaskAcceptanceTime: f.untilAccepted.average, startTime: window.start, endTime: window.end,
            reservationsCreated: f.count(.reservationCreated), reservationsAccepted: f.count(.reservationAccepted),
            reservationsRejected: f.count(.reservationRejected), reservationsTimedOut: f.count(.reservationTimedOut),
            reservationsCanceled: f.count(.reservationCanceled), reservationsRescinded: f.count(.reservationRescinded),
            splitByWaitTime: split(f, thresholds), waitDurationUntilAccepted: waitDuration(f.untilAccepted),
            waitDurationUntilCanceled: waitDuration(f.untilCanceled),
            waitDurationInQueueUntilAccepted: waitDuration(f.inQueueUntilAccepted), tasksCanceled: f.count(.taskCanceled),
            tasksCompleted: f.count(.taskCompleted), tasksDeleted: f.tasksDeleted, tasksEntered: f.count(.queueEntered),
            tasksMoved: f.count(.taskMoved))
    }

    static func workersCumulative(_ f: CumulativeFigures, _ durations: ActivityDurations, _ activities: [Activity],
                                  _ window: StatisticsWindow) -> WorkersStatistics.Cumulative {
        WorkersStatistics.Cumulative(
            startTime: window.start, endTime: window.end, activityDurations: activityDurations(activities, durations),
            reservationsCreated: f.count(.reservationCreated), reservationsAccepted: f.count(.reservationAccepted),
            reservationsRejected: f.count(.reservationRejected), reservationsTimedOut: f.count(.reservationTimedOut),
            reservationsCanceled: f.count(.reservationCanceled), reservationsRescinded: f.count(.reservationRescinded))
    }
}
