import Foundation
import TaskRouterWire
import Testing

/// Golden JSON of `WorkflowRealTimeStatistics`, `WorkflowCumulativeStatistics`: every field present, keys sorted, wire dates.
@Suite struct WorkflowStatisticsGoldenTests {
    @Test func workflowRealTimeStatisticsAllNull() throws {
        try expectGolden(WorkflowRealTimeStatistics(), #"""
        {"account_sid":null,
        "longest_task_waiting_age":0,
        "longest_task_waiting_sid":null,
        "tasks_by_priority":null,
        "tasks_by_status":null,
        "total_tasks":0,
        "url":null,
        "workflow_sid":null,
        "workspace_sid":null}
        """#)
    }

    @Test func workflowRealTimeStatisticsPopulated() throws {
        let value = WorkflowRealTimeStatistics(
            accountSid: "ACed795a90b2606315061a1bc5489a9f6d",
            longestTaskWaitingAge: 1,
            longestTaskWaitingSid: "WT42c04b77ebd7abb0408bbf62400a74cf",
            tasksByPriority: ["0": 10, "99": 5],
            tasksByStatus: TasksByStatus(pending: 2, reserved: 3, assigned: 4, wrapping: 5),
            totalTasks: 6,
            workflowSid: "WWb081f84c058aa60cd113f6084bd4d9b2",
            workspaceSid: "WSbca2c56c0f659b8870decc08f9b05d2f",
            url: "https://switchboard.example.com/v1/Workspaces/WS0123456789abcdef0123456789abcdef/WorkflowRealTimeStatistics/url"
        )
        try expectGolden(value, #"""
        {"account_sid":"ACed795a90b2606315061a1bc5489a9f6d",
        "longest_task_waiting_age":1,
        "longest_task_waiting_sid":"WT42c04b77ebd7abb0408bbf62400a74cf",
        "tasks_by_priority":{"0":10,"99":5},
        "tasks_by_status":{"assigned":4,"pending":2,"reserved":3,"wrapping":5},
        "total_tasks":6,
        "url":"https://switchboard.example.com/v1/Workspaces/WS0123456789abcdef0123456789abcdef/WorkflowRealTimeStatistics/url",
        "workflow_sid":"WWb081f84c058aa60cd113f6084bd4d9b2",
        "workspace_sid":"WSbca2c56c0f659b8870decc08f9b05d2f"}
        """#)
    }

    @Test func workflowCumulativeStatisticsAllNull() throws {
        try expectGolden(WorkflowCumulativeStatistics(), #"""
        {"account_sid":null,
        "avg_task_acceptance_time":0,
        "end_time":null,
        "reservations_accepted":0,
        "reservations_canceled":0,
        "reservations_created":0,
        "reservations_rejected":0,
        "reservations_rescinded":0,
        "reservations_timed_out":0,
        "split_by_wait_time":null,
        "start_time":null,
        "tasks_canceled":0,
        "tasks_completed":0,
        "tasks_deleted":0,
        "tasks_entered":0,
        "tasks_moved":0,
        "tasks_timed_out_in_workflow":0,
        "url":null,
        "wait_duration_until_accepted":null,
        "wait_duration_until_canceled":null,
        "workflow_sid":null,
        "workspace_sid":null}
        """#)
    }

    @Test func workflowCumulativeStatisticsPopulated() throws {
        let value = WorkflowCumulativeStatistics(
            accountSid: "ACed795a90b2606315061a1bc5489a9f6d",
            avgTaskAcceptanceTime: 1,
            startTime: Date(timeIntervalSince1970: 1470089562),
            endTime: Date(timeIntervalSince1970: 1470089623),
            reservationsCreated: 4,
            reservationsAccepted: 5,
            reservationsRejected: 6,
            reservationsTimedOut: 7,
            reservationsCanceled: 8,
            reservationsRescinded: 9,
            splitByWaitTime: ["5": WaitTimeSplit(above: WaitTimeBucket(tasksCanceled: 10, reservationsAccepted: 11), below: WaitTimeBucket(tasksCanceled: 12, reservationsAccepted: 13)), "30": WaitTimeSplit(above: WaitTimeBucket(tasksCanceled: 14, reservationsAccepted: 15), below: WaitTimeBucket(tasksCanceled: 16, reservationsAccepted: 17))],
            waitDurationUntilAccepted: WaitDuration(avg: 18, min: 19, max: 20, total: 21),
            waitDurationUntilCanceled: WaitDuration(avg: 22, min: 23, max: 24, total: 25),
            tasksCanceled: 26,
            tasksCompleted: 27,
            tasksEntered: 28,
            tasksDeleted: 29,
            tasksMoved: 30,
            tasksTimedOutInWorkflow: 31,
            workflowSid: "WWb081f84c058aa60cd113f6084bd4d9b2",
            workspaceSid: "WSbca2c56c0f659b8870decc08f9b05d2f",
            url: "https://switchboard.example.com/v1/Workspaces/WS0123456789abcdef0123456789abcdef/WorkflowCumulativeStatistics/url"
        )
        try expectGolden(value, #"""
        {"account_sid":"ACed795a90b2606315061a1bc5489a9f6d",
        "avg_task_acceptance_time":1,
        "end_time":"2016-08-01T22:13:43Z",
        "reservations_accepted":5,
        "reservations_canceled":8,
        "reservations_created":4,
        "reservations_rejected":6,
        "reservations_rescinded":9,
        "reservations_timed_out":7,
        "split_by_wait_time":{"30":{"above":{"reservations_accepted":15,"tasks_canceled":14},"below":{"reservations_accepted":17,"tasks_canceled":16}},"5":{"above":{"reservations_accepted":11,"tasks_canceled":10},"below":{"reservations_accepted":13,"tasks_canceled":12}}},
        "start_time":"2016-08-01T22:12:42Z",
        "tasks_canceled":26,
        "tasks_completed":27,
        "tasks_deleted":29,
        "tasks_entered":28,
        "tasks_moved":30,
        "tasks_timed_out_in_workflow":31,
        "url":"https://switchboard.example.com/v1/Workspaces/WS0123456789abcdef0123456789abcdef/WorkflowCumulativeStatistics/url",
        "wait_duration_until_accepted":{"avg":18,"max":20,"min":19,"total":21},
        "wait_duration_until_canceled":{"avg":22,"max":24,"min":23,"total":25},
        "workflow_sid":"WWb081f84c058aa60cd113f6084bd4d9b2",
        "workspace_sid":"WSbca2c56c0f659b8870decc08f9b05d2f"}
        """#)
    }
}
