import Foundation
import TaskRouterWire
import Testing

/// Golden JSON of `ActivityStatistic`, `ActivityDuration`, `WaitDuration`, `TasksByStatus`, `WaitTimeBucket`, `WaitTimeSplit`: every field present, keys sorted, wire dates.
@Suite struct StatisticsSubObjectGoldenTests {
    @Test func activityStatisticAllNull() throws {
        try expectGolden(ActivityStatistic(), #"""
        {"friendly_name":null,
        "sid":null,
        "workers":0}
        """#)
    }

    @Test func activityStatisticPopulated() throws {
        let value = ActivityStatistic(
            sid: "WA50f3b87ec79985bf5e52a9e8c9b7b119",
            friendlyName: "Support \"Tier 1\"",
            workers: 1
        )
        try expectGolden(value, #"""
        {"friendly_name":"Support \"Tier 1\"",
        "sid":"WA50f3b87ec79985bf5e52a9e8c9b7b119",
        "workers":1}
        """#)
    }

    @Test func activityDurationAllNull() throws {
        try expectGolden(ActivityDuration(), #"""
        {"avg":0,
        "friendly_name":null,
        "max":0,
        "min":0,
        "sid":null,
        "total":0}
        """#)
    }

    @Test func activityDurationPopulated() throws {
        let value = ActivityDuration(
            sid: "WA58527da1acd2141cb11406c299180a75",
            friendlyName: "Support \"Tier 1\"",
            avg: 1,
            min: 2,
            max: 3,
            total: 4
        )
        try expectGolden(value, #"""
        {"avg":1,
        "friendly_name":"Support \"Tier 1\"",
        "max":3,
        "min":2,
        "sid":"WA58527da1acd2141cb11406c299180a75",
        "total":4}
        """#)
    }

    @Test func waitDurationAllNull() throws {
        try expectGolden(WaitDuration(), #"""
        {"avg":0,
        "max":0,
        "min":0,
        "total":0}
        """#)
    }

    @Test func waitDurationPopulated() throws {
        let value = WaitDuration(
            avg: 1,
            min: 2,
            max: 3,
            total: 4
        )
        try expectGolden(value, #"""
        {"avg":1,
        "max":3,
        "min":2,
        "total":4}
        """#)
    }

    @Test func tasksByStatusAllNull() throws {
        try expectGolden(TasksByStatus(), #"""
        {"assigned":0,
        "pending":0,
        "reserved":0,
        "wrapping":0}
        """#)
    }

    @Test func tasksByStatusPopulated() throws {
        let value = TasksByStatus(
            pending: 1,
            reserved: 2,
            assigned: 3,
            wrapping: 4
        )
        try expectGolden(value, #"""
        {"assigned":3,
        "pending":1,
        "reserved":2,
        "wrapping":4}
        """#)
    }

    @Test func waitTimeBucketAllNull() throws {
        try expectGolden(WaitTimeBucket(), #"""
        {"reservations_accepted":0,
        "tasks_canceled":0}
        """#)
    }

    @Test func waitTimeBucketPopulated() throws {
        let value = WaitTimeBucket(
            tasksCanceled: 1,
            reservationsAccepted: 2
        )
        try expectGolden(value, #"""
        {"reservations_accepted":2,
        "tasks_canceled":1}
        """#)
    }

    @Test func waitTimeSplitAllNull() throws {
        try expectGolden(WaitTimeSplit(), #"""
        {"above":null,
        "below":null}
        """#)
    }

    @Test func waitTimeSplitPopulated() throws {
        let value = WaitTimeSplit(
            above: WaitTimeBucket(tasksCanceled: 1, reservationsAccepted: 2),
            below: WaitTimeBucket(tasksCanceled: 3, reservationsAccepted: 4)
        )
        try expectGolden(value, #"""
        {"above":{"reservations_accepted":2,"tasks_canceled":1},
        "below":{"reservations_accepted":4,"tasks_canceled":3}}
        """#)
    }
}
