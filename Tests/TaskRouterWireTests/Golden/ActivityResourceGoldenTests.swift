import Foundation
import TaskRouterWire
import Testing

/// Golden JSON of `ActivityResource`: every field present, keys sorted, wire dates.
@Suite struct ActivityResourceGoldenTests {
    @Test func activityResourceAllNull() throws {
        try expectGolden(ActivityResource(), #"""
        {"account_sid":null,
        "available":null,
        "date_created":null,
        "date_updated":null,
        "friendly_name":null,
        "links":null,
        "sid":null,
        "url":null,
        "workspace_sid":null}
        """#)
    }

    @Test func activityResourcePopulated() throws {
        let value = ActivityResource(
            accountSid: "ACed795a90b2606315061a1bc5489a9f6d",
            available: true,
            dateCreated: Date(timeIntervalSince1970: 1470089501),
            dateUpdated: Date(timeIntervalSince1970: 1470089562),
            friendlyName: "Support \"Tier 1\"",
            sid: "WA9070b662957d1b25d3d2f05af1ae38b1",
            workspaceSid: "WSbca2c56c0f659b8870decc08f9b05d2f",
            url: "https://switchboard.example.com/v1/Workspaces/WS0123456789abcdef0123456789abcdef/ActivityResource/url",
            links: ["workspace": "https://switchboard.example.com/v1/Workspaces/WS0123456789abcdef0123456789abcdef", "real_time_statistics": "https://switchboard.example.com/v1/Workspaces/WS0123456789abcdef0123456789abcdef/RealTimeStatistics"]
        )
        try expectGolden(value, #"""
        {"account_sid":"ACed795a90b2606315061a1bc5489a9f6d",
        "available":true,
        "date_created":"2016-08-01T22:11:41Z",
        "date_updated":"2016-08-01T22:12:42Z",
        "friendly_name":"Support \"Tier 1\"",
        "links":{"real_time_statistics":"https://switchboard.example.com/v1/Workspaces/WS0123456789abcdef0123456789abcdef/RealTimeStatistics","workspace":"https://switchboard.example.com/v1/Workspaces/WS0123456789abcdef0123456789abcdef"},
        "sid":"WA9070b662957d1b25d3d2f05af1ae38b1",
        "url":"https://switchboard.example.com/v1/Workspaces/WS0123456789abcdef0123456789abcdef/ActivityResource/url",
        "workspace_sid":"WSbca2c56c0f659b8870decc08f9b05d2f"}
        """#)
    }
}
