import Foundation
import TaskRouterWire
import Testing

/// Golden JSON of `TaskChannelResource`: every field present, keys sorted, wire dates.
@Suite struct TaskChannelResourceGoldenTests {
    @Test func taskChannelResourceAllNull() throws {
        try expectGolden(TaskChannelResource(), #"""
        {"account_sid":null,
        "channel_optimized_routing":null,
        "date_created":null,
        "date_updated":null,
        "friendly_name":null,
        "links":null,
        "sid":null,
        "unique_name":null,
        "url":null,
        "workspace_sid":null}
        """#)
    }

    @Test func taskChannelResourcePopulated() throws {
        let value = TaskChannelResource(
            accountSid: "ACed795a90b2606315061a1bc5489a9f6d",
            dateCreated: Date(timeIntervalSince1970: 1470089501),
            dateUpdated: Date(timeIntervalSince1970: 1470089562),
            friendlyName: "Support \"Tier 1\"",
            sid: "TCc93f2a3321aa75aac26fc43f0fbdd96e",
            uniqueName: "voice",
            workspaceSid: "WSbca2c56c0f659b8870decc08f9b05d2f",
            channelOptimizedRouting: true,
            url: "https://switchboard.example.com/v1/Workspaces/WS0123456789abcdef0123456789abcdef/TaskChannelResource/url",
            links: ["workspace": "https://switchboard.example.com/v1/Workspaces/WS0123456789abcdef0123456789abcdef", "real_time_statistics": "https://switchboard.example.com/v1/Workspaces/WS0123456789abcdef0123456789abcdef/RealTimeStatistics"]
        )
        try expectGolden(value, #"""
        {"account_sid":"ACed795a90b2606315061a1bc5489a9f6d",
        "channel_optimized_routing":true,
        "date_created":"2016-08-01T22:11:41Z",
        "date_updated":"2016-08-01T22:12:42Z",
        "friendly_name":"Support \"Tier 1\"",
        "links":{"real_time_statistics":"https://switchboard.example.com/v1/Workspaces/WS0123456789abcdef0123456789abcdef/RealTimeStatistics","workspace":"https://switchboard.example.com/v1/Workspaces/WS0123456789abcdef0123456789abcdef"},
        "sid":"TCc93f2a3321aa75aac26fc43f0fbdd96e",
        "unique_name":"voice",
        "url":"https://switchboard.example.com/v1/Workspaces/WS0123456789abcdef0123456789abcdef/TaskChannelResource/url",
        "workspace_sid":"WSbca2c56c0f659b8870decc08f9b05d2f"}
        """#)
    }
}
