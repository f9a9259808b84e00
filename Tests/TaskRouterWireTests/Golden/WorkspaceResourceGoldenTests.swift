import Foundation
import TaskRouterWire
import Testing

/// Golden JSON of `WorkspaceResource`: every field present, keys sorted, wire dates.
@Suite struct WorkspaceResourceGoldenTests {
    @Test func workspaceResourceAllNull() throws {
        try expectGolden(WorkspaceResource(), #"""
        {"account_sid":null,
        "date_created":null,
        "date_updated":null,
        "default_activity_name":null,
        "default_activity_sid":null,
        "event_callback_url":null,
        "events_filter":null,
        "friendly_name":null,
        "links":null,
        "multi_task_enabled":null,
        "prioritize_queue_order":"FIFO",
        "sid":null,
        "timeout_activity_name":null,
        "timeout_activity_sid":null,
        "url":null}
        """#)
    }

    @Test func workspaceResourcePopulated() throws {
        let value = WorkspaceResource(
            accountSid: "ACed795a90b2606315061a1bc5489a9f6d",
            dateCreated: Date(timeIntervalSince1970: 1470089501),
            dateUpdated: Date(timeIntervalSince1970: 1470089562),
            defaultActivityName: "default_activity_name text",
            defaultActivitySid: "WA451ba88fc2be7cd559d2695577e0fce7",
            eventCallbackUrl: "https://switchboard.example.com/v1/Workspaces/WS0123456789abcdef0123456789abcdef/WorkspaceResource/event_callback_url",
            eventsFilter: "task.created,task.canceled",
            friendlyName: "Support \"Tier 1\"",
            multiTaskEnabled: true,
            sid: "WS98539ea437914f42f228fd5360c3ddda",
            timeoutActivityName: "timeout_activity_name text",
            timeoutActivitySid: "WAf9cd2ff554596b1d28a6b91fdb2cf44f",
            prioritizeQueueOrder: "LIFO",
            url: "https://switchboard.example.com/v1/Workspaces/WS0123456789abcdef0123456789abcdef/WorkspaceResource/url",
            links: ["workspace": "https://switchboard.example.com/v1/Workspaces/WS0123456789abcdef0123456789abcdef", "real_time_statistics": "https://switchboard.example.com/v1/Workspaces/WS0123456789abcdef0123456789abcdef/RealTimeStatistics"]
        )
        try expectGolden(value, #"""
        {"account_sid":"ACed795a90b2606315061a1bc5489a9f6d",
        "date_created":"2016-08-01T22:11:41Z",
        "date_updated":"2016-08-01T22:12:42Z",
        "default_activity_name":"default_activity_name text",
        "default_activity_sid":"WA451ba88fc2be7cd559d2695577e0fce7",
        "event_callback_url":"https://switchboard.example.com/v1/Workspaces/WS0123456789abcdef0123456789abcdef/WorkspaceResource/event_callback_url",
        "events_filter":"task.created,task.canceled",
        "friendly_name":"Support \"Tier 1\"",
        "links":{"real_time_statistics":"https://switchboard.example.com/v1/Workspaces/WS0123456789abcdef0123456789abcdef/RealTimeStatistics","workspace":"https://switchboard.example.com/v1/Workspaces/WS0123456789abcdef0123456789abcdef"},
        "multi_task_enabled":true,
        "prioritize_queue_order":"LIFO",
        "sid":"WS98539ea437914f42f228fd5360c3ddda",
        "timeout_activity_name":"timeout_activity_name text",
        "timeout_activity_sid":"WAf9cd2ff554596b1d28a6b91fdb2cf44f",
        "url":"https://switchboard.example.com/v1/Workspaces/WS0123456789abcdef0123456789abcdef/WorkspaceResource/url"}
        """#)
    }
}
