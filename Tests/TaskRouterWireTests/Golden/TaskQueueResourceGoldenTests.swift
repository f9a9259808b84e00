import Foundation
import TaskRouterWire
import Testing

/// Golden JSON of `TaskQueueResource`: every field present, keys sorted, wire dates.
@Suite struct TaskQueueResourceGoldenTests {
    @Test func taskQueueResourceAllNull() throws {
        try expectGolden(TaskQueueResource(), #"""
        {"account_sid":null,
        "assignment_activity_name":null,
        "assignment_activity_sid":null,
        "date_created":null,
        "date_updated":null,
        "friendly_name":null,
        "links":null,
        "max_reserved_workers":0,
        "reservation_activity_name":null,
        "reservation_activity_sid":null,
        "sid":null,
        "target_workers":null,
        "task_order":"FIFO",
        "url":null,
        "workspace_sid":null}
        """#)
    }

    @Test func taskQueueResourcePopulated() throws {
        let value = TaskQueueResource(
            accountSid: "ACed795a90b2606315061a1bc5489a9f6d",
            assignmentActivitySid: "WA2037fc14fcb6747d3e12e90d2db84fc9",
            assignmentActivityName: "assignment_activity_name text",
            dateCreated: Date(timeIntervalSince1970: 1470089501),
            dateUpdated: Date(timeIntervalSince1970: 1470089562),
            friendlyName: "Support \"Tier 1\"",
            maxReservedWorkers: 3,
            reservationActivitySid: "WA0acf90268c18566d489613398642cda5",
            reservationActivityName: "reservation_activity_name text",
            sid: "WQ53b8dcbe5cf79375b662bdcf4a083524",
            targetWorkers: "languages HAS \"en\" && level > 2",
            taskOrder: "LIFO",
            url: "https://switchboard.example.com/v1/Workspaces/WS0123456789abcdef0123456789abcdef/TaskQueueResource/url",
            workspaceSid: "WSbca2c56c0f659b8870decc08f9b05d2f",
            links: ["workspace": "https://switchboard.example.com/v1/Workspaces/WS0123456789abcdef0123456789abcdef", "real_time_statistics": "https://switchboard.example.com/v1/Workspaces/WS0123456789abcdef0123456789abcdef/RealTimeStatistics"]
        )
        try expectGolden(value, #"""
        {"account_sid":"ACed795a90b2606315061a1bc5489a9f6d",
        "assignment_activity_name":"assignment_activity_name text",
        "assignment_activity_sid":"WA2037fc14fcb6747d3e12e90d2db84fc9",
        "date_created":"2016-08-01T22:11:41Z",
        "date_updated":"2016-08-01T22:12:42Z",
        "friendly_name":"Support \"Tier 1\"",
        "links":{"real_time_statistics":"https://switchboard.example.com/v1/Workspaces/WS0123456789abcdef0123456789abcdef/RealTimeStatistics","workspace":"https://switchboard.example.com/v1/Workspaces/WS0123456789abcdef0123456789abcdef"},
        "max_reserved_workers":3,
        "reservation_activity_name":"reservation_activity_name text",
        "reservation_activity_sid":"WA0acf90268c18566d489613398642cda5",
        "sid":"WQ53b8dcbe5cf79375b662bdcf4a083524",
        "target_workers":"languages HAS \"en\" && level > 2",
        "task_order":"LIFO",
        "url":"https://switchboard.example.com/v1/Workspaces/WS0123456789abcdef0123456789abcdef/TaskQueueResource/url",
        "workspace_sid":"WSbca2c56c0f659b8870decc08f9b05d2f"}
        """#)
    }
}
