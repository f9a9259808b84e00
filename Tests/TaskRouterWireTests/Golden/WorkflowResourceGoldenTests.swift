import Foundation
import TaskRouterWire
import Testing

/// Golden JSON of `WorkflowResource`: every field present, keys sorted, wire dates.
@Suite struct WorkflowResourceGoldenTests {
    @Test func workflowResourceAllNull() throws {
        try expectGolden(WorkflowResource(), #"""
        {"account_sid":null,
        "assignment_callback_url":null,
        "configuration":null,
        "date_created":null,
        "date_updated":null,
        "document_content_type":null,
        "fallback_assignment_callback_url":null,
        "friendly_name":null,
        "links":null,
        "sid":null,
        "task_reservation_timeout":0,
        "url":null,
        "workspace_sid":null}
        """#)
    }

    @Test func workflowResourcePopulated() throws {
        let value = WorkflowResource(
            accountSid: "ACed795a90b2606315061a1bc5489a9f6d",
            assignmentCallbackUrl: "https://switchboard.example.com/v1/Workspaces/WS0123456789abcdef0123456789abcdef/WorkflowResource/assignment_callback_url",
            configuration: "{\"task_routing\":{\"default_filter\":{\"queue\":\"WQ0123456789abcdef0123456789abcdef\"}}}",
            dateCreated: Date(timeIntervalSince1970: 1470089501),
            dateUpdated: Date(timeIntervalSince1970: 1470089562),
            documentContentType: "application/json",
            fallbackAssignmentCallbackUrl: "https://switchboard.example.com/v1/Workspaces/WS0123456789abcdef0123456789abcdef/WorkflowResource/fallback_assignment_callback_url",
            friendlyName: "Support \"Tier 1\"",
            sid: "WW4aaa653d94c93d794f2a53a6cd926aaf",
            taskReservationTimeout: 3,
            workspaceSid: "WSbca2c56c0f659b8870decc08f9b05d2f",
            url: "https://switchboard.example.com/v1/Workspaces/WS0123456789abcdef0123456789abcdef/WorkflowResource/url",
            links: ["workspace": "https://switchboard.example.com/v1/Workspaces/WS0123456789abcdef0123456789abcdef", "real_time_statistics": "https://switchboard.example.com/v1/Workspaces/WS0123456789abcdef0123456789abcdef/RealTimeStatistics"]
        )
        try expectGolden(value, #"""
        {"account_sid":"ACed795a90b2606315061a1bc5489a9f6d",
        "assignment_callback_url":"https://switchboard.example.com/v1/Workspaces/WS0123456789abcdef0123456789abcdef/WorkflowResource/assignment_callback_url",
        "configuration":"{\"task_routing\":{\"default_filter\":{\"queue\":\"WQ0123456789abcdef0123456789abcdef\"}}}",
        "date_created":"2016-08-01T22:11:41Z",
        "date_updated":"2016-08-01T22:12:42Z",
        "document_content_type":"application/json",
        "fallback_assignment_callback_url":"https://switchboard.example.com/v1/Workspaces/WS0123456789abcdef0123456789abcdef/WorkflowResource/fallback_assignment_callback_url",
        "friendly_name":"Support \"Tier 1\"",
        "links":{"real_time_statistics":"https://switchboard.example.com/v1/Workspaces/WS0123456789abcdef0123456789abcdef/RealTimeStatistics","workspace":"https://switchboard.example.com/v1/Workspaces/WS0123456789abcdef0123456789abcdef"},
        "sid":"WW4aaa653d94c93d794f2a53a6cd926aaf",
        "task_reservation_timeout":3,
        "url":"https://switchboard.example.com/v1/Workspaces/WS0123456789abcdef0123456789abcdef/WorkflowResource/url",
        "workspace_sid":"WSbca2c56c0f659b8870decc08f9b05d2f"}
        """#)
    }
}
