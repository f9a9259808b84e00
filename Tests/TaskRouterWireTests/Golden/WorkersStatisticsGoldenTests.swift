import Foundation
import TaskRouterWire
import Testing

/// Golden JSON of `WorkersRealTimeStatistics`, `WorkersCumulativeStatistics`, `WorkersStatistics.RealTime`, `WorkersStatistics.Cumulative`: every field present, keys sorted, wire dates.
@Suite struct WorkersStatisticsGoldenTests {
    @Test func workersRealTimeStatisticsAllNull() throws {
        try expectGolden(WorkersRealTimeStatistics(), #"""
        {"account_sid":null,
        "activity_statistics":null,
        "total_workers":0,
        "url":null,
        "workspace_sid":null}
        """#)
    }

    @Test func workersRealTimeStatisticsPopulated() throws {
        let value = WorkersRealTimeStatistics(
            accountSid: "ACed795a90b2606315061a1bc5489a9f6d",
            activityStatistics: [ActivityStatistic(sid: "WA50f3b87ec79985bf5e52a9e8c9b7b119", friendlyName: "Support \"Tier 1\"", workers: 1), ActivityStatistic(sid: "WA50f3b87ec79985bf5e52a9e8c9b7b119", friendlyName: "Support \"Tier 1\"", workers: 2)],
            totalWorkers: 3,
            workspaceSid: "WSbca2c56c0f659b8870decc08f9b05d2f",
            url: "https://switchboard.example.com/v1/Workspaces/WS0123456789abcdef0123456789abcdef/WorkersRealTimeStatistics/url"
        )
        try expectGolden(value, #"""
        {"account_sid":"ACed795a90b2606315061a1bc5489a9f6d",
        "activity_statistics":[{"friendly_name":"Support \"Tier 1\"","sid":"WA50f3b87ec79985bf5e52a9e8c9b7b119","workers":1},{"friendly_name":"Support \"Tier 1\"","sid":"WA50f3b87ec79985bf5e52a9e8c9b7b119","workers":2}],
        "total_workers":3,
        "url":"https://switchboard.example.com/v1/Workspaces/WS0123456789abcdef0123456789abcdef/WorkersRealTimeStatistics/url",
        "workspace_sid":"WSbca2c56c0f659b8870decc08f9b05d2f"}
        """#)
    }

    @Test func workersCumulativeStatisticsAllNull() throws {
        try expectGolden(WorkersCumulativeStatistics(), #"""
        {"account_sid":null,
        "activity_durations":null,
        "end_time":null,
        "reservations_accepted":0,
        "reservations_canceled":0,
        "reservations_created":0,
        "reservations_rejected":0,
        "reservations_rescinded":0,
        "reservations_timed_out":0,
        "start_time":null,
        "url":null,
        "workspace_sid":null}
        """#)
    }

    @Test func workersCumulativeStatisticsPopulated() throws {
        let value = WorkersCumulativeStatistics(
            accountSid: "ACed795a90b2606315061a1bc5489a9f6d",
            startTime: Date(timeIntervalSince1970: 1470089501),
            endTime: Date(timeIntervalSince1970: 1470089562),
            activityDurations: [ActivityDuration(sid: "WA58527da1acd2141cb11406c299180a75", friendlyName: "Support \"Tier 1\"", avg: 3, min: 4, max: 5, total: 6), ActivityDuration(sid: "WA58527da1acd2141cb11406c299180a75", friendlyName: "Support \"Tier 1\"", avg: 7, min: 8, max: 9, total: 10)],
            reservationsCreated: 11,
            reservationsAccepted: 12,
            reservationsRejected: 13,
            reservationsTimedOut: 14,
            reservationsCanceled: 15,
            reservationsRescinded: 16,
            workspaceSid: "WSbca2c56c0f659b8870decc08f9b05d2f",
            url: "https://switchboard.example.com/v1/Workspaces/WS0123456789abcdef0123456789abcdef/WorkersCumulativeStatistics/url"
        )
        try expectGolden(value, #"""
        {"account_sid":"ACed795a90b2606315061a1bc5489a9f6d",
        "activity_durations":[{"avg":3,"friendly_name":"Support \"Tier 1\"","max":5,"min":4,"sid":"WA58527da1acd2141cb11406c299180a75","total":6},{"avg":7,"friendly_name":"Support \"Tier 1\"","max":9,"min":8,"sid":"WA58527da1acd2141cb11406c299180a75","total":10}],
        "end_time":"2016-08-01T22:12:42Z",
        "reservations_accepted":12,
        "reservations_canceled":15,
        "reservations_created":11,
        "reservations_rejected":13,
        "reservations_rescinded":16,
        "reservations_timed_out":14,
        "start_time":"2016-08-01T22:11:41Z",
        "url":"https://switchboard.example.com/v1/Workspaces/WS0123456789abcdef0123456789abcdef/WorkersCumulativeStatistics/url",
        "workspace_sid":"WSbca2c56c0f659b8870decc08f9b05d2f"}
        """#)
    }

    @Test func workersStatisticsRealTimeAllNull() throws {
        try expectGolden(WorkersStatistics.RealTime(), #"""
        {"activity_statistics":null,
        "total_workers":0}
        """#)
    }

    @Test func workersStatisticsRealTimePopulated() throws {
        let value = WorkersStatistics.RealTime(
            activityStatistics: [ActivityStatistic(sid: "WA50f3b87ec79985bf5e52a9e8c9b7b119", friendlyName: "Support \"Tier 1\"", workers: 1), ActivityStatistic(sid: "WA50f3b87ec79985bf5e52a9e8c9b7b119", friendlyName: "Support \"Tier 1\"", workers: 2)],
            totalWorkers: 3
        )
        try expectGolden(value, #"""
        {"activity_statistics":[{"friendly_name":"Support \"Tier 1\"","sid":"WA50f3b87ec79985bf5e52a9e8c9b7b119","workers":1},{"friendly_name":"Support \"Tier 1\"","sid":"WA50f3b87ec79985bf5e52a9e8c9b7b119","workers":2}],
        "total_workers":3}
        """#)
    }

    @Test func workersStatisticsCumulativeAllNull() throws {
        try expectGolden(WorkersStatistics.Cumulative(), #"""
        {"activity_durations":null,
        "end_time":null,
        "reservations_accepted":0,
        "reservations_canceled":0,
        "reservations_created":0,
        "reservations_rejected":0,
        "reservations_rescinded":0,
        "reservations_timed_out":0,
        "start_time":null}
        """#)
    }

    @Test func workersStatisticsCumulativePopulated() throws {
        let value = WorkersStatistics.Cumulative(
            startTime: Date(timeIntervalSince1970: 1470089501),
            endTime: Date(timeIntervalSince1970: 1470089562),
            activityDurations: [ActivityDuration(sid: "WA58527da1acd2141cb11406c299180a75", friendlyName: "Support \"Tier 1\"", avg: 3, min: 4, max: 5, total: 6), ActivityDuration(sid: "WA58527da1acd2141cb11406c299180a75", friendlyName: "Support \"Tier 1\"", avg: 7, min: 8, max: 9, total: 10)],
            reservationsCreated: 11,
            reservationsAccepted: 12,
            reservationsRejected: 13,
            reservationsTimedOut: 14,
            reservationsCanceled: 15,
            reservationsRescinded: 16
        )
        try expectGolden(value, #"""
        {"activity_durations":[{"avg":3,"friendly_name":"Support \"Tier 1\"","max":5,"min":4,"sid":"WA58527da1acd2141cb11406c299180a75","total":6},{"avg":7,"friendly_name":"Support \"Tier 1\"","max":9,"min":8,"sid":"WA58527da1acd2141cb11406c299180a75","total":10}],
        "end_time":"2016-08-01T22:12:42Z",
        "reservations_accepted":12,
        "reservations_canceled":15,
        "reservations_created":11,
        "reservations_rejected":13,
        "reservations_rescinded":16,
        "reservations_timed_out":14,
        "start_time":"2016-08-01T22:11:41Z"}
        """#)
    }
}
