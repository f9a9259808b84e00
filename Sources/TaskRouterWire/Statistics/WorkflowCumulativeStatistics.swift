public import Foundation

/// Statistics of one Workflow over a window (`{WS}/Workflows/{WorkflowSid}/CumulativeStatistics`).
///
/// Wire schema `taskrouter.v1.workspace.workflow.workflow_cumulative_statistics`;
/// every field is always present in the JSON, `null` when nil.
public struct WorkflowCumulativeStatistics: Codable, Hashable, Sendable, WireEncodable {
    /// `account_sid`: the SID of the owning Account (`AC…`).
    public var accountSid: String?
    /// `avg_task_acceptance_time`: average seconds from task creation to acceptance.
    public var avgTaskAcceptanceTime: Int
    /// `start_time`: the start of the statistics window.
    public var startTime: Date?
    /// `end_time`: the end of the statistics window.
    public var endTime: Date?
    /// `reservations_created`: reservations created in the window.
    public var reservationsCreated: Int
    /// `reservations_accepted`: reservations accepted in the window.
    public var reservationsAccepted: Int
    /// `reservations_rejected`: reservations rejected in the window.
    public var reservationsRejected: Int
    /// `reservations_timed_out`: reservations timed out in the window.
    public var reservationsTimedOut: Int
    /// `reservations_canceled`: reservations canceled in the window.
    public var reservationsCanceled: Int
    /// `reservations_rescinded`: reservations rescinded in the window.
    public var reservationsRescinded: Int
    /// `split_by_wait_time`: counts above/below each requested wait-time threshold, keyed by threshold (seconds).
    public var splitByWaitTime: [String: WaitTimeSplit]?
    /// `wait_duration_until_accepted`: wait time of tasks until acceptance.
    public var waitDurationUntilAccepted: WaitDuration?
    /// `wait_duration_until_canceled`: wait time of tasks until cancelation.
    public var waitDurationUntilCanceled: WaitDuration?
    /// `tasks_canceled`: tasks canceled in the window.
    public var tasksCanceled: Int
    /// `tasks_completed`: tasks completed in the window.
    public var tasksCompleted: Int
    /// `tasks_entered`: tasks that entered in the window.
    public var tasksEntered: Int
    /// `tasks_deleted`: tasks deleted in the window.
    public var tasksDeleted: Int
    /// `tasks_moved`: tasks moved to another queue or workflow in the window.
    public var tasksMoved: Int
    /// `tasks_timed_out_in_workflow`: tasks that timed out of the workflow in the window.
    public var tasksTimedOutInWorkflow: Int
    /// `workflow_sid`: the SID of the Workflow (`WW…`).
    public var workflowSid: String?
    /// `workspace_sid`: the SID of the Workspace (`WS…`).
    public var workspaceSid: String?
    /// `url`: the absolute URL of this resource.
    public var url: String?

    /// Creates the value from its fields; optional fields default to nil, counts to 0.
    public init(
        accountSid: String? = nil,
        avgTaskAcceptanceTime: Int = 0,
        startTime: Date? = nil,
        endTime: Date? = nil,
        reservationsCreated: Int = 0,
        reservationsAccepted: Int = 0,
        reservationsRejected: Int = 0,
        reservationsTimedOut: Int = 0,
        reservationsCanceled: Int = 0,
        reservationsRescinded: Int = 0,
        splitByWaitTime: [String: WaitTimeSplit]? = nil,
        waitDurationUntilAccepted: WaitDuration? = nil,
        waitDurationUntilCanceled: WaitDuration? = nil,
        tasksCanceled: Int = 0,
        tasksCompleted: Int = 0,
        tasksEntered: Int = 0,
        tasksDeleted: Int = 0,
        tasksMoved: Int = 0,
        tasksTimedOutInWorkflow: Int = 0,
        workflowSid: String? = nil,
        workspaceSid: String? = nil,
        url: String? = nil
    ) {
        self.accountSid = accountSid
        self.avgTaskAcceptanceTime = avgTaskAcceptanceTime
        self.startTime = startTime
        self.endTime = endTime
        self.reservationsCreated = reservationsCreated
        self.reservationsAccepted = reservationsAccepted
        self.reservationsRejected = reservationsRejected
        self.reservationsTimedOut = reservationsTimedOut
        self.reservationsCanceled = reservationsCanceled
        self.reservationsRescinded = reservationsRescinded
        self.splitByWaitTime = splitByWaitTime
        self.waitDurationUntilAccepted = waitDurationUntilAccepted
        self.waitDurationUntilCanceled = waitDurationUntilCanceled
        self.tasksCanceled = tasksCanceled
        self.tasksCompleted = tasksCompleted
        self.tasksEntered = tasksEntered
        self.tasksDeleted = tasksDeleted
        self.tasksMoved = tasksMoved
        self.tasksTimedOutInWorkflow = tasksTimedOutInWorkflow
        self.workflowSid = workflowSid
        self.workspaceSid = workspaceSid
        self.url = url
    }
}

extension WorkflowCumulativeStatistics {
    /// Creates the stand-alone statistics from the section shared with the combined endpoint.
    public init(
        accountSid: String?,
        workflowSid: String?,
        workspaceSid: String?,
        url: String?,
        section: WorkflowStatistics.Cumulative
    ) {
        self.init(
            accountSid: accountSid,
            avgTaskAcceptanceTime: section.avgTaskAcceptanceTime,
            startTime: section.startTime,
            endTime: section.endTime,
            reservationsCreated: section.reservationsCreated,
            reservationsAccepted: section.reservationsAccepted,
            reservationsRejected: section.reservationsRejected,
            reservationsTimedOut: section.reservationsTimedOut,
            reservationsCanceled: section.reservationsCanceled,
            reservationsRescinded: section.reservationsRescinded,
            splitByWaitTime: section.splitByWaitTime,
            waitDurationUntilAccepted: section.waitDurationUntilAccepted,
            waitDurationUntilCanceled: section.waitDurationUntilCanceled,
            tasksCanceled: section.tasksCanceled,
            tasksCompleted: section.tasksCompleted,
            tasksEntered: section.tasksEntered,
            tasksDeleted: section.tasksDeleted,
            tasksMoved: section.tasksMoved,
            tasksTimedOutInWorkflow: section.tasksTimedOutInWorkflow,
            workflowSid: workflowSid,
            workspaceSid: workspaceSid,
            url: url
        )
    }

    /// The fields shared with the combined endpoint's `cumulative` object.
    public var section: WorkflowStatistics.Cumulative {
        WorkflowStatistics.Cumulative(
            avgTaskAcceptanceTime: avgTaskAcceptanceTime,
            startTime: startTime,
            endTime: endTime,
            reservationsCreated: reservationsCreated,
            reservationsAccepted: reservationsAccepted,
            reservationsRejected: reservationsRejected,
            reservationsTimedOut: reservationsTimedOut,
            reservationsCanceled: reservationsCanceled,
            reservationsRescinded: reservationsRescinded,
            splitByWaitTime: splitByWaitTime,
            waitDurationUntilAccepted: waitDurationUntilAccepted,
            waitDurationUntilCanceled: waitDurationUntilCanceled,
            tasksCanceled: tasksCanceled,
            tasksCompleted: tasksCompleted,
            tasksEntered: tasksEntered,
            tasksDeleted: tasksDeleted,
            tasksMoved: tasksMoved,
            tasksTimedOutInWorkflow: tasksTimedOutInWorkflow
        )
    }
}
