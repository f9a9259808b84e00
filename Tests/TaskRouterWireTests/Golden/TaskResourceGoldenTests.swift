import Foundation
import TaskRouterWire
import Testing

/// Golden JSON of `TaskResource`: every field present, keys sorted, wire dates.
@Suite struct TaskResourceGoldenTests {
    @Test func taskResourceAllNull() throws {
        try expectGolden(TaskResource(), #"""
        {"account_sid":null,
        "addons":null,
        "age":0,
        "assignment_status":"pending",
        "attributes":null,
        "date_created":null,
        "date_updated":null,
        "ignore_capacity":null,
        "links":null,
        "priority":0,
        "reason":null,
        "routing_target":null,
        "sid":null,
        "task_channel_sid":null,
        "task_channel_unique_name":null,
        "task_queue_entered_date":null,
        "task_queue_friendly_name":null,
        "task_queue_sid":null,
        "timeout":0,
        "url":null,
        "virtual_start_time":null,
        "workflow_friendly_name":null,
        "workflow_sid":null,
        "workspace_sid":null}
        """#)
    }

    @Test func taskResourcePopulated() throws {
        let value = TaskResource(
            accountSid: "ACed795a90b2606315061a1bc5489a9f6d",
            age: 1,
            assignmentStatus: "assigned",
            attributes: "{\"language\":\"español\",\"skills\":[\"a/b\"]}",
            addons: "{}",
            dateCreated: Date(timeIntervalSince1970: 1470089562),
            dateUpdated: Date(timeIntervalSince1970: 1470089623),
            taskQueueEnteredDate: Date(timeIntervalSince1970: 1470089684),
            priority: 5,
            reason: "reason text",
            sid: "WT78862b16a31f8badbd7fea4cdd30eaed",
            taskQueueSid: "WQ809182a347cffc7f086f34d63e4b70ac",
            taskQueueFriendlyName: "task_queue_friendly_name text",
            taskChannelSid: "TC5d2b6480ed76b34d6428e709b90ceb48",
            taskChannelUniqueName: "voice",
            timeout: 6,
            workflowSid: "WWb081f84c058aa60cd113f6084bd4d9b2",
            workflowFriendlyName: "workflow_friendly_name text",
            workspaceSid: "WSbca2c56c0f659b8870decc08f9b05d2f",
            url: "https://switchboard.example.com/v1/Workspaces/WS0123456789abcdef0123456789abcdef/TaskResource/url",
            links: ["workspace": "https://switchboard.example.com/v1/Workspaces/WS0123456789abcdef0123456789abcdef", "real_time_statistics": "https://switchboard.example.com/v1/Workspaces/WS0123456789abcdef0123456789abcdef/RealTimeStatistics"],
            virtualStartTime: Date(timeIntervalSince1970: 1470089867),
            ignoreCapacity: true,
            routingTarget: "WK0123456789abcdef0123456789abcdef"
        )
        try expectGolden(value, #"""
        {"account_sid":"ACed795a90b2606315061a1bc5489a9f6d",
        "addons":"{}",
        "age":1,
        "assignment_status":"assigned",
        "attributes":"{\"language\":\"español\",\"skills\":[\"a/b\"]}",
        "date_created":"2016-08-01T22:12:42Z",
        "date_updated":"2016-08-01T22:13:43Z",
        "ignore_capacity":true,
        "links":{"real_time_statistics":"https://switchboard.example.com/v1/Workspaces/WS0123456789abcdef0123456789abcdef/RealTimeStatistics","workspace":"https://switchboard.example.com/v1/Workspaces/WS0123456789abcdef0123456789abcdef"},
        "priority":5,
        "reason":"reason text",
        "routing_target":"WK0123456789abcdef0123456789abcdef",
        "sid":"WT78862b16a31f8badbd7fea4cdd30eaed",
        "task_channel_sid":"TC5d2b6480ed76b34d6428e709b90ceb48",
        "task_channel_unique_name":"voice",
        "task_queue_entered_date":"2016-08-01T22:14:44Z",
        "task_queue_friendly_name":"task_queue_friendly_name text",
        "task_queue_sid":"WQ809182a347cffc7f086f34d63e4b70ac",
        "timeout":6,
        "url":"https://switchboard.example.com/v1/Workspaces/WS0123456789abcdef0123456789abcdef/TaskResource/url",
        "virtual_start_time":"2016-08-01T22:17:47Z",
        "workflow_friendly_name":"workflow_friendly_name text",
        "workflow_sid":"WWb081f84c058aa60cd113f6084bd4d9b2",
        "workspace_sid":"WSbca2c56c0f659b8870decc08f9b05d2f"}
        """#)
    }
}
