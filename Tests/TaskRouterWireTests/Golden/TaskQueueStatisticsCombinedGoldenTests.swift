import Foundation
import TaskRouterWire
import Testing

/// Golden JSON of `TaskQueueStatistics.RealTime`, `TaskQueueStatistics.Cumulative`, `TaskQueueStatistics`: every field present, keys sorted, wire dates.
@Suite struct TaskQueueStatisticsCombinedGoldenTests {
    @Test func taskQueueStatisticsRealTimeAllNull() throws {
        try expectGolden(TaskQueueStatistics.RealTime(), #"""
        {"activity_statistics":null,
        "longest_relative_task_age_in_queue":0,
        "longest_relative_task_sid_in_queue":null,
        "longest_task_waiting_age":0,
        "longest_task_waiting_sid":null,
        "tasks_by_priority":null,
        "tasks_by_status":null,
        "total_available_workers":0,
        "total_eligible_workers":0,
        "total_tasks":0}
        """#)
    }

    @Test func taskQueueStatisticsRealTimePopulated() throws {
        let value = TaskQueueStatistics.RealTime(
            activityStatistics: [ActivityStatistic(sid: "WA50f3b87ec79985bf5e52a9e8c9b7b119", friendlyName: "Support \"Tier 1\"", workers: 1), ActivityStatistic(sid: "WA50f3b87ec79985bf5e52a9e8c9b7b119", friendlyName: "Support \"Tier 1\"", workers: 2)],
            longestTaskWaitingAge: 3,
            longestTaskWaitingSid: "WT42c04b77ebd7abb0408bbf62400a74cf",
            longestRelativeTaskAgeInQueue: 4,
            longestRelativeTaskSidInQueue: "longest_relative_task_sid_in_queue text",
            tasksByPriority: ["0": 10, "99": 5],
            tasksByStatus: TasksByStatus(pending: 5, reserved: 6, assigned: 7, wrapping: 8),
            totalAvailableWorkers: 9,
            totalEligibleWorkers: 10,
            totalTasks: 11
        )
        try expectGolden(value, #"""
        {"activity_statistics":[{"friendly_name":"Support \"Tier 1\"","sid":"WA50f3b87ec79985bf5e52a9e8c9b7b119","workers":1},{"friendly_name":"Support \"Tier 1\"","sid":"WA50f3b87ec79985bf5e52a9e8c9b7b119","workers":2}],
        "longest_relative_task_age_in_queue":4,
        "longest_relative_task_sid_in_queue":"longest_relative_task_sid_in_queue text",
        "longest_task_waiting_age":3,
        "longest_task_waiting_sid":"WT42c04b77ebd7abb0408bbf62400a74cf",
        "tasks_by_priority":{"0":10,"99":5},
        "tasks_by_status":{"assigned":7,"pending":5,"reserved":6,"wrapping":8},
        "total_available_workers":9,
        "total_eligible_workers":10,
        "total_tasks":11}
        """#)
    }

    @Test func taskQueueStatisticsCumulativeAllNull() throws {
        try expectGolden(TaskQueueStatistics.Cumulative(), #"""
        {"avg_task_acceptance_time":0,
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
        "wait_duration_in_queue_until_accepted":null,
        "wait_duration_until_accepted":null,
        "wait_duration_until_canceled":null}
        """#)
    }

    @Test func taskQueueStatisticsCumulativePopulated() throws {
        let value = TaskQueueStatistics.Cumulative(
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
            waitDurationInQueueUntilAccepted: WaitDuration(avg: 26, min: 27, max: 28, total: 29),
            tasksCanceled: 30,
            tasksCompleted: 31,
            tasksDeleted: 32,
            tasksEntered: 33,
            tasksMoved: 34
        )
        try expectGolden(value, #"""
        {"avg_task_acceptance_time":1,
        "end_time":"2016-08-01T22:13:43Z",
        "reservations_accepted":5,
        "reservations_canceled":8,
        "reservations_created":4,
        "reservations_rejected":6,
        "reservations_rescinded":9,
        "reservations_timed_out":7,
        "split_by_wait_time":{"30":{"above":{"reservations_accepted":15,"tasks_canceled":14},"below":{"reservations_accepted":17,"tasks_canceled":16}},"5":{"above":{"reservations_accepted":11,"tasks_canceled":10},"below":{"reservations_accepted":13,"tasks_canceled":12}}},
        "start_time":"2016-08-01T22:12:42Z",
        "tasks_canceled":30,
        "tasks_completed":31,
        "tasks_deleted":32,
        "tasks_entered":33,
        "tasks_moved":34,
        "wait_duration_in_queue_until_accepted":{"avg":26,"max":28,"min":27,"total":29},
        "wait_duration_until_accepted":{"avg":18,"max":20,"min":19,"total":21},
        "wait_duration_until_canceled":{"avg":22,"max":24,"min":23,"total":25}}
        """#)
    }

    @Test func taskQueueStatisticsAllNull() throws {
        try expectGolden(TaskQueueStatistics(), #"""
        {"account_sid":null,
        "cumulative":null,
        "realtime":null,
        "task_queue_sid":null,
        "url":null,
        "workspace_sid":null}
        """#)
    }

    @Test func taskQueueStatisticsPopulated() throws {
        let value = TaskQueueStatistics(
            accountSid: "ACed795a90b2606315061a1bc5489a9f6d",
            cumulative: TaskQueueStatistics.Cumulative(avgTaskAcceptanceTime: 1, startTime: Date(timeIntervalSince1970: 1470089562), endTime: Date(timeIntervalSince1970: 1470089623), reservationsCreated: 4, reservationsAccepted: 5, reservationsRejected: 6, reservationsTimedOut: 7, reservationsCanceled: 8, reservationsRescinded: 9, splitByWaitTime: ["5": WaitTimeSplit(above: WaitTimeBucket(tasksCanceled: 10, reservationsAccepted: 11), below: WaitTimeBucket(tasksCanceled: 12, reservationsAccepted: 13)), "30": WaitTimeSplit(above: WaitTimeBucket(tasksCanceled: 14, reservationsAccepted: 15), below: WaitTimeBucket(tasksCanceled: 16, reservationsAccepted: 17))], waitDurationUntilAccepted: WaitDuration(avg: 18, min: 19, max: 20, total: 21), waitDurationUntilCanceled: WaitDuration(avg: 22, min: 23, max: 24, total: 25), waitDurationInQueueUntilAccepted: WaitDuration(avg: 26, min: 27, max: 28, total: 29), tasksCanceled: 30, tasksCompleted: 31, tasksDeleted: 32, tasksEntered: 33, tasksMoved: 34),
            realtime: TaskQueueStatistics.RealTime(activityStatistics: [ActivityStatistic(sid: "WA50f3b87ec79985bf5e52a9e8c9b7b119", friendlyName: "Support \"Tier 1\"", workers: 35), ActivityStatistic(sid: "WA50f3b87ec79985bf5e52a9e8c9b7b119", friendlyName: "Support \"Tier 1\"", workers: 36)], longestTaskWaitingAge: 37, longestTaskWaitingSid: "WT42c04b77ebd7abb0408bbf62400a74cf", longestRelativeTaskAgeInQueue: 38, longestRelativeTaskSidInQueue: "longest_relative_task_sid_in_queue text", tasksByPriority: ["0": 10, "99": 5], tasksByStatus: TasksByStatus(pending: 39, reserved: 40, assigned: 41, wrapping: 42), totalAvailableWorkers: 43, totalEligibleWorkers: 44, totalTasks: 45),
            taskQueueSid: "WQ809182a347cffc7f086f34d63e4b70ac",
            workspaceSid: "WSbca2c56c0f659b8870decc08f9b05d2f",
            url: "https://switchboard.example.com/v1/Workspaces/WS0123456789abcdef0123456789abcdef/TaskQueueStatistics/url"
        )
        try expectGolden(value, #"""
        {"account_sid":"ACed795a90b2606315061a1bc5489a9f6d",
        "cumulative":{"avg_task_acceptance_time":1,"end_time":"2016-08-01T22:13:43Z","reservations_accepted":5,"reservations_canceled":8,"reservations_created":4,"reservations_rejected":6,"reservations_rescinded":9,"reservations_timed_out":7,"split_by_wait_time":{"30":{"above":{"reservations_accepted":15,"tasks_canceled":14},"below":{"reservations_accepted":17,"tasks_canceled":16}},"5":{"above":{"reservations_accepted":11,"tasks_canceled":10},"below":{"reservations_accepted":13,"tasks_canceled":12}}},"start_time":"2016-08-01T22:12:42Z","tasks_canceled":30,"tasks_completed":31,"tasks_deleted":32,"tasks_entered":33,"tasks_moved":34,"wait_duration_in_queue_until_accepted":{"avg":26,"max":28,"min":27,"total":29},"wait_duration_until_accepted":{"avg":18,"max":20,"min":19,"total":21},"wait_duration_until_canceled":{"avg":22,"max":24,"min":23,"total":25}},
        "realtime":{"activity_statistics":[{"friendly_name":"Support \"Tier 1\"","sid":"WA50f3b87ec79985bf5e52a9e8c9b7b119","workers":35},{"friendly_name":"Support \"Tier 1\"","sid":"WA50f3b87ec79985bf5e52a9e8c9b7b119","workers":36}],"longest_relative_task_age_in_queue":38,"longest_relative_task_sid_in_queue":"longest_relative_task_sid_in_queue text","longest_task_waiting_age":37,"longest_task_waiting_sid":"WT42c04b77ebd7abb0408bbf62400a74cf","tasks_by_priority":{"0":10,"99":5},"tasks_by_status":{"assigned":41,"pending":39,"reserved":40,"wrapping":42},"total_available_workers":43,"total_eligible_workers":44,"total_tasks":45},
        "task_queue_sid":"WQ809182a347cffc7f086f34d63e4b70ac",
        "url":"https://switchboard.example.com/v1/Workspaces/WS0123456789abcdef0123456789abcdef/TaskQueueStatistics/url",
        "workspace_sid":"WSbca2c56c0f659b8870decc08f9b05d2f"}
        """#)
    }
}
