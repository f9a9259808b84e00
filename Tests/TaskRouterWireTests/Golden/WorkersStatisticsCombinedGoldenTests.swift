import Foundation
import TaskRouterWire
import Testing

/// Golden JSON of `WorkersStatistics`, `WorkerStatistics`: every field present, keys sorted, wire dates.
@Suite struct WorkersStatisticsCombinedGoldenTests {
    @Test func workersStatisticsAllNull() throws {
        try expectGolden(WorkersStatistics(), #"""
        {"account_sid":null,
        "cumulative":null,
        "realtime":null,
        "url":null,
        "workspace_sid":null}
        """#)
    }

    @Test func workersStatisticsPopulated() throws {
        let value = WorkersStatistics(
            realtime: WorkersStatistics.RealTime(activityStatistics: [ActivityStatistic(sid: "WA50f3b87ec79985bf5e52a9e8c9b7b119", friendlyName: "Support \"Tier 1\"", workers: 1), ActivityStatistic(sid: "WA50f3b87ec79985bf5e52a9e8c9b7b119", friendlyName: "Support \"Tier 1\"", workers: 2)], totalWorkers: 3),
            cumulative: WorkersStatistics.Cumulative(startTime: Date(timeIntervalSince1970: 1470089684), endTime: Date(timeIntervalSince1970: 1470089745), activityDurations: [ActivityDuration(sid: "WA58527da1acd2141cb11406c299180a75", friendlyName: "Support \"Tier 1\"", avg: 6, min: 7, max: 8, total: 9), ActivityDuration(sid: "WA58527da1acd2141cb11406c299180a75", friendlyName: "Support \"Tier 1\"", avg: 10, min: 11, max: 12, total: 13)], reservationsCreated: 14, reservationsAccepted: 15, reservationsRejected: 16, reservationsTimedOut: 17, reservationsCanceled: 18, reservationsRescinded: 19),
            accountSid: "ACed795a90b2606315061a1bc5489a9f6d",
            workspaceSid: "WSbca2c56c0f659b8870decc08f9b05d2f",
            url: "https://switchboard.example.com/v1/Workspaces/WS0123456789abcdef0123456789abcdef/WorkersStatistics/url"
        )
        try expectGolden(value, #"""
        {"account_sid":"ACed795a90b2606315061a1bc5489a9f6d",
        "cumulative":{"activity_durations":[{"avg":6,"friendly_name":"Support \"Tier 1\"","max":8,"min":7,"sid":"WA58527da1acd2141cb11406c299180a75","total":9},{"avg":10,"friendly_name":"Support \"Tier 1\"","max":12,"min":11,"sid":"WA58527da1acd2141cb11406c299180a75","total":13}],"end_time":"2016-08-01T22:15:45Z","reservations_accepted":15,"reservations_canceled":18,"reservations_created":14,"reservations_rejected":16,"reservations_rescinded":19,"reservations_timed_out":17,"start_time":"2016-08-01T22:14:44Z"},
        "realtime":{"activity_statistics":[{"friendly_name":"Support \"Tier 1\"","sid":"WA50f3b87ec79985bf5e52a9e8c9b7b119","workers":1},{"friendly_name":"Support \"Tier 1\"","sid":"WA50f3b87ec79985bf5e52a9e8c9b7b119","workers":2}],"total_workers":3},
        "url":"https://switchboard.example.com/v1/Workspaces/WS0123456789abcdef0123456789abcdef/WorkersStatistics/url",
        "workspace_sid":"WSbca2c56c0f659b8870decc08f9b05d2f"}
        """#)
    }

    @Test func workerStatisticsAllNull() throws {
        try expectGolden(WorkerStatistics(), #"""
        {"account_sid":null,
        "cumulative":null,
        "url":null,
        "worker_sid":null,
        "workspace_sid":null}
        """#)
    }

    @Test func workerStatisticsPopulated() throws {
        let value = WorkerStatistics(
            accountSid: "ACed795a90b2606315061a1bc5489a9f6d",
            cumulative: WorkersStatistics.Cumulative(startTime: Date(timeIntervalSince1970: 1470089501), endTime: Date(timeIntervalSince1970: 1470089562), activityDurations: [ActivityDuration(sid: "WA58527da1acd2141cb11406c299180a75", friendlyName: "Support \"Tier 1\"", avg: 3, min: 4, max: 5, total: 6), ActivityDuration(sid: "WA58527da1acd2141cb11406c299180a75", friendlyName: "Support \"Tier 1\"", avg: 7, min: 8, max: 9, total: 10)], reservationsCreated: 11, reservationsAccepted: 12, reservationsRejected: 13, reservationsTimedOut: 14, reservationsCanceled: 15, reservationsRescinded: 16),
            workerSid: "WKc48b4f48655d521c2437c838c5a47f0c",
            workspaceSid: "WSbca2c56c0f659b8870decc08f9b05d2f",
            url: "https://switchboard.example.com/v1/Workspaces/WS0123456789abcdef0123456789abcdef/WorkerStatistics/url"
        )
        try expectGolden(value, #"""
        {"account_sid":"ACed795a90b2606315061a1bc5489a9f6d",
        "cumulative":{"activity_durations":[{"avg":3,"friendly_name":"Support \"Tier 1\"","max":5,"min":4,"sid":"WA58527da1acd2141cb11406c299180a75","total":6},{"avg":7,"friendly_name":"Support \"Tier 1\"","max":9,"min":8,"sid":"WA58527da1acd2141cb11406c299180a75","total":10}],"end_time":"2016-08-01T22:12:42Z","reservations_accepted":12,"reservations_canceled":15,"reservations_created":11,"reservations_rejected":13,"reservations_rescinded":16,"reservations_timed_out":14,"start_time":"2016-08-01T22:11:41Z"},
        "url":"https://switchboard.example.com/v1/Workspaces/WS0123456789abcdef0123456789abcdef/WorkerStatistics/url",
        "worker_sid":"WKc48b4f48655d521c2437c838c5a47f0c",
        "workspace_sid":"WSbca2c56c0f659b8870decc08f9b05d2f"}
        """#)
    }
}
