import Foundation
import TaskRouterWire
import Testing

/// Golden JSON of `EventResource`: every field present, keys sorted, wire dates.
@Suite struct EventResourceGoldenTests {
    @Test func eventResourceAllNull() throws {
        try expectGolden(EventResource(), #"""
        {"account_sid":null,
        "actor_sid":null,
        "actor_type":null,
        "actor_url":null,
        "description":null,
        "event_data":null,
        "event_date":null,
        "event_date_ms":null,
        "event_type":null,
        "resource_sid":null,
        "resource_type":null,
        "resource_url":null,
        "sid":null,
        "source":null,
        "source_ip_address":null,
        "url":null,
        "workspace_sid":null}
        """#)
    }

    @Test func eventResourcePopulated() throws {
        let value = EventResource(
            accountSid: "ACed795a90b2606315061a1bc5489a9f6d",
            actorSid: "WK4c64eb50731ff92619547af30f54799b",
            actorType: "worker",
            actorUrl: "https://switchboard.example.com/v1/Workspaces/WS0123456789abcdef0123456789abcdef/EventResource/actor_url",
            description: "description text",
            eventData: ["worker_sid": "WK0123456789abcdef0123456789abcdef", "worker_time_in_previous_activity": "42", "count": 3, "ratio": 0.5, "flag": true, "none": nil, "list": [1, "two"], "nested": ["task_queue_sid": "WQ0123456789abcdef0123456789abcdef"]],
            eventDate: Date(timeIntervalSince1970: 1470089501),
            eventDateMs: 1_470_089_440_123,
            eventType: "worker.activity.update",
            resourceSid: "WTc1bbd93bf48d99215d08a671fa236536",
            resourceType: "task",
            resourceUrl: "https://switchboard.example.com/v1/Workspaces/WS0123456789abcdef0123456789abcdef/EventResource/resource_url",
            sid: "EV2ecdb8c8edd65f90ee0eb16551663516",
            source: "twilio",
            sourceIpAddress: "203.0.113.7",
            url: "https://switchboard.example.com/v1/Workspaces/WS0123456789abcdef0123456789abcdef/EventResource/url",
            workspaceSid: "WSbca2c56c0f659b8870decc08f9b05d2f"
        )
        try expectGolden(value, #"""
        {"account_sid":"ACed795a90b2606315061a1bc5489a9f6d",
        "actor_sid":"WK4c64eb50731ff92619547af30f54799b",
        "actor_type":"worker",
        "actor_url":"https://switchboard.example.com/v1/Workspaces/WS0123456789abcdef0123456789abcdef/EventResource/actor_url",
        "description":"description text",
        "event_data":{"count":3,"flag":true,"list":[1,"two"],"nested":{"task_queue_sid":"WQ0123456789abcdef0123456789abcdef"},"none":null,"ratio":0.5,"worker_sid":"WK0123456789abcdef0123456789abcdef","worker_time_in_previous_activity":"42"},
        "event_date":"2016-08-01T22:11:41Z",
        "event_date_ms":1470089440123,
        "event_type":"worker.activity.update",
        "resource_sid":"WTc1bbd93bf48d99215d08a671fa236536",
        "resource_type":"task",
        "resource_url":"https://switchboard.example.com/v1/Workspaces/WS0123456789abcdef0123456789abcdef/EventResource/resource_url",
        "sid":"EV2ecdb8c8edd65f90ee0eb16551663516",
        "source":"twilio",
        "source_ip_address":"203.0.113.7",
        "url":"https://switchboard.example.com/v1/Workspaces/WS0123456789abcdef0123456789abcdef/EventResource/url",
        "workspace_sid":"WSbca2c56c0f659b8870decc08f9b05d2f"}
        """#)
    }
}
