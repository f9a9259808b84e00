import Foundation
import SwitchboardCore
import Testing

@Suite struct EventCallbackFormTests {
    static func event(data: [String: String]) -> WorkspaceEvent {
        WorkspaceEvent(sid: "EV1", workspaceSid: "WS1", accountSid: "AC1", eventType: "worker.activity.update",
                       description: "Worker Alice updated to Available Activity",
                       eventDate: Date(timeIntervalSince1970: 1_767_225_600.123), resourceType: "worker", resourceSid: "WK1",
                       actorType: "account", actorSid: "AC1", source: "api", sourceIpAddress: nil, data: data)
    }

    @Test func alwaysPresentFieldsComeFirstInOrder() {
        let fields = EventCallbackForm.fields(for: Self.event(data: [:]), workspaceName: "Support")
        #expect(fields == [
            FormField("EventType", "worker.activity.update"), FormField("AccountSid", "AC1"), FormField("WorkspaceSid", "WS1"),
            FormField("WorkspaceName", "Support"), FormField("EventDescription", "Worker Alice updated to Available Activity"),
            FormField("ResourceType", "worker"), FormField("ResourceSid", "WK1"), FormField("Timestamp", "1767225600"),
            FormField("TimestampMs", "1767225600123"), FormField("Sid", "EV1"),
        ])
    }

    @Test func fieldDataBecomesPascalCaseSortedByName() {
        let data = [
            "worker_time_in_previous_activity_ms": "61000", "task_queue_sid": "WQ1", "task_channel_unique_name": "voice",
            "worker_sid": "WK1", "worker_previous_activity_sid": "WA1", "task_queue_target_expression": "1==1",
            "task_queue_expression": "1==1",
        ]
        let fields = EventCallbackForm.fields(for: Self.event(data: data), workspaceName: "Support").dropFirst(10)
        #expect(fields.map(\.name) == ["TaskChannelUniqueName", "TaskQueueExpression", "TaskQueueSid", "TaskQueueTargetExpression",
                                       "WorkerPreviousActivitySid", "WorkerSid", "WorkerTimeInPreviousActivityMs"])
        #expect(fields.first { $0.name == "WorkerTimeInPreviousActivityMs" }?.value == "61000")
    }

    @Test func dataNamingAnAlwaysPresentFieldIsNotRepeated() {
        let data = ["workspace_sid": "WS1", "workspace_name": "Old name", "account_sid": "AC1", "task_sid": "WT1"]
        let fields = EventCallbackForm.fields(for: Self.event(data: data), workspaceName: "Support")
        #expect(fields.filter { $0.name == "WorkspaceName" } == [FormField("WorkspaceName", "Support")])
        #expect(fields.filter { $0.name == "AccountSid" }.count == 1)
        #expect(fields.filter { $0.name == "WorkspaceSid" }.count == 1)
        #expect(fields.last == FormField("TaskSid", "WT1"))
    }

    @Test(arguments: [
        ("task_queue_sid", "TaskQueueSid"), ("worker_time_in_previous_activity_ms", "WorkerTimeInPreviousActivityMs"),
        ("task_channel_unique_name", "TaskChannelUniqueName"), ("reservation_sid", "ReservationSid"), ("task_age", "TaskAge"),
        ("worker_channel_available_capacity", "WorkerChannelAvailableCapacity"), ("sid", "Sid"),
    ])
    func pascalCase(snake: String, pascal: String) {
        #expect(EventCallbackForm.pascalCase(snake) == pascal)
    }
}

@Suite struct EventsFilterTests {
    @Test(arguments: [
        ("task.created", String?.none, true),
        ("task.created", "", true),
        ("task.created", " , ", true),
        ("task.created", "task.created", true),
        ("task.created", "task.canceled,task.created", true),
        ("task.created", " task.canceled ,  task.created ", true),
        ("task.created", "task.canceled", false),
        ("task.created", "task.created.extra", false),
        ("task.created", "Task.Created", false),
        ("worker.activity.update", "task.created, worker.activity.update", true),
    ])
    func allows(eventType: String, filter: String?, allowed: Bool) {
        #expect(EventsFilter.allows(eventType, filter: filter) == allowed)
    }
}

@Suite struct DeliveryBackoffTests {
    @Test func doublesFromInitialUpToTheMaximum() {
        let backoff = DeliveryBackoff()
        #expect((1...11).map(backoff.delay(afterAttempt:)) == [1, 2, 4, 8, 16, 32, 64, 128, 256, 300, 300])
        #expect(backoff.delay(afterAttempt: 10_000) == 300)
        #expect(backoff.delay(afterAttempt: 0) == 1)
    }

    @Test func theWindowStartsAtTheEvent() {
        let start = Date(timeIntervalSince1970: 1_767_225_600)
        #expect(DeliveryBackoff().expiry(from: start) == start.addingTimeInterval(3600))
        #expect(DeliveryBackoff(initial: 0.5, maximum: 2, window: 10).delay(afterAttempt: 3) == 2)
    }
}
