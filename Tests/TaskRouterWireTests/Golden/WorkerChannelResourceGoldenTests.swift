import Foundation
import TaskRouterWire
import Testing

/// Golden JSON of `WorkerChannelResource`: every field present, keys sorted, wire dates.
@Suite struct WorkerChannelResourceGoldenTests {
    @Test func workerChannelResourceAllNull() throws {
        try expectGolden(WorkerChannelResource(), #"""
        {"account_sid":null,
        "assigned_tasks":0,
        "available":null,
        "available_capacity_percentage":0,
        "configured_capacity":0,
        "date_created":null,
        "date_updated":null,
        "sid":null,
        "task_channel_sid":null,
        "task_channel_unique_name":null,
        "url":null,
        "worker_sid":null,
        "workspace_sid":null}
        """#)
    }

    @Test func workerChannelResourcePopulated() throws {
        let value = WorkerChannelResource(
            accountSid: "ACed795a90b2606315061a1bc5489a9f6d",
            assignedTasks: 1,
            available: true,
            availableCapacityPercentage: 2,
            configuredCapacity: 3,
            dateCreated: Date(timeIntervalSince1970: 1470089684),
            dateUpdated: Date(timeIntervalSince1970: 1470089745),
            sid: "WCc859d7d02ceec8f566900558253808f9",
            taskChannelSid: "TC5d2b6480ed76b34d6428e709b90ceb48",
            taskChannelUniqueName: "voice",
            workerSid: "WKc48b4f48655d521c2437c838c5a47f0c",
            workspaceSid: "WSbca2c56c0f659b8870decc08f9b05d2f",
            url: "https://switchboard.example.com/v1/Workspaces/WS0123456789abcdef0123456789abcdef/WorkerChannelResource/url"
        )
        try expectGolden(value, #"""
        {"account_sid":"ACed795a90b2606315061a1bc5489a9f6d",
        "assigned_tasks":1,
        "available":true,
        "available_capacity_percentage":2,
        "configured_capacity":3,
        "date_created":"2016-08-01T22:14:44Z",
        "date_updated":"2016-08-01T22:15:45Z",
        "sid":"WCc859d7d02ceec8f566900558253808f9",
        "task_channel_sid":"TC5d2b6480ed76b34d6428e709b90ceb48",
        "task_channel_unique_name":"voice",
        "url":"https://switchboard.example.com/v1/Workspaces/WS0123456789abcdef0123456789abcdef/WorkerChannelResource/url",
        "worker_sid":"WKc48b4f48655d521c2437c838c5a47f0c",
        "workspace_sid":"WSbca2c56c0f659b8870decc08f9b05d2f"}
        """#)
    }
}
