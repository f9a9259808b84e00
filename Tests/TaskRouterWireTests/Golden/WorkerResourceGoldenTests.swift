import Foundation
import TaskRouterWire
import Testing

/// Golden JSON of `WorkerResource`: every field present, keys sorted, wire dates.
@Suite struct WorkerResourceGoldenTests {
    @Test func workerResourceAllNull() throws {
        try expectGolden(WorkerResource(), #"""
        {"account_sid":null,
        "activity_name":null,
        "activity_sid":null,
        "attributes":null,
        "available":null,
        "date_created":null,
        "date_status_changed":null,
        "date_updated":null,
        "friendly_name":null,
        "links":null,
        "sid":null,
        "url":null,
        "workspace_sid":null}
        """#)
    }

    @Test func workerResourcePopulated() throws {
        let value = WorkerResource(
            accountSid: "ACed795a90b2606315061a1bc5489a9f6d",
            activityName: "activity_name text",
            activitySid: "WA400039f5378f677b6579c171d0e917fa",
            attributes: "{\"language\":\"español\",\"skills\":[\"a/b\"]}",
            available: true,
            dateCreated: Date(timeIntervalSince1970: 1470089501),
            dateStatusChanged: Date(timeIntervalSince1970: 1470089562),
            dateUpdated: Date(timeIntervalSince1970: 1470089623),
            friendlyName: "Support \"Tier 1\"",
            sid: "WKf03297b082356fc0ec3231ae8eb4e472",
            workspaceSid: "WSbca2c56c0f659b8870decc08f9b05d2f",
            url: "https://switchboard.example.com/v1/Workspaces/WS0123456789abcdef0123456789abcdef/WorkerResource/url",
            links: ["workspace": "https://switchboard.example.com/v1/Workspaces/WS0123456789abcdef0123456789abcdef", "real_time_statistics": "https://switchboard.example.com/v1/Workspaces/WS0123456789abcdef0123456789abcdef/RealTimeStatistics"]
        )
        try expectGolden(value, #"""
        {"account_sid":"ACed795a90b2606315061a1bc5489a9f6d",
        "activity_name":"activity_name text",
        "activity_sid":"WA400039f5378f677b6579c171d0e917fa",
        "attributes":"{\"language\":\"español\",\"skills\":[\"a/b\"]}",
        "available":true,
        "date_created":"2016-08-01T22:11:41Z",
        "date_status_changed":"2016-08-01T22:12:42Z",
        "date_updated":"2016-08-01T22:13:43Z",
        "friendly_name":"Support \"Tier 1\"",
        "links":{"real_time_statistics":"https://switchboard.example.com/v1/Workspaces/WS0123456789abcdef0123456789abcdef/RealTimeStatistics","workspace":"https://switchboard.example.com/v1/Workspaces/WS0123456789abcdef0123456789abcdef"},
        "sid":"WKf03297b082356fc0ec3231ae8eb4e472",
        "url":"https://switchboard.example.com/v1/Workspaces/WS0123456789abcdef0123456789abcdef/WorkerResource/url",
        "workspace_sid":"WSbca2c56c0f659b8870decc08f9b05d2f"}
        """#)
    }
}
