import Foundation
import SwitchboardTesting
import Testing

/// What a new workspace contains (routing-semantics §7.1) and what new workers get (§7.2).
@Suite struct WorkspaceDefaultsTests {
    @Test func threeActivitiesAndFiveChannels() async throws {
        try await WorkspaceFixture.run { fx async throws in
            let activities = try await fx.get("Activities")
            var available: [String: Bool] = [:]
            for a in activities.items("activities") { available[a["friendly_name"] as? String ?? "?"] = a["available"] as? Bool }
            #expect(available == ["Offline": false, "Available": true, "Unavailable": false])

            let channels = try await fx.get("TaskChannels")
            var names: [String: String] = [:]
            for c in channels.items("channels") {
                names[c["unique_name"] as? String ?? "?"] = c["friendly_name"] as? String
                #expect(c["channel_optimized_routing"] as? Bool == false)
            }
            #expect(names == ["default": "Default", "voice": "Voice", "sms": "SMS", "chat": "Chat", "video": "Video"])

            #expect(try await fx.get("TaskQueues").items("task_queues").isEmpty)
            #expect(try await fx.get("Workflows").items("workflows").isEmpty)
            #expect(try await fx.get("Workers").items("workers").isEmpty)
            #expect(try await fx.get("Tasks").items("tasks").isEmpty)
        }
    }

    @Test func templateNoneAddsNothing() async throws {
        try await WorkspaceFixture.run([("Template", "NONE")]) { fx async throws in
            let queues = try await fx.get("TaskQueues")
            #expect(queues.items("task_queues").isEmpty)
            #expect(try await fx.get("Workflows").items("workflows").isEmpty)
        }
    }

    @Test func fifoTemplateAddsSampleQueueAndDefaultFifoWorkflow() async throws {
        try await WorkspaceFixture.run([("Template", "FIFO")]) { fx async throws in
            let queues = try await fx.get("TaskQueues").items("task_queues")
            try #require(queues.count == 1)
            let queue = queues[0]
            #expect(queue["friendly_name"] as? String == "Sample Queue")
            #expect(queue["target_workers"] as? String == "1==1")
            #expect(queue["task_order"] as? String == "FIFO")
            #expect(queue["max_reserved_workers"] as? Int == 1)
            #expect(queue["reservation_activity_sid"] is NSNull)
            #expect(queue["assignment_activity_sid"] is NSNull)
            let queueSid = try #require(queue["sid"] as? String)

            let workflows = try await fx.get("Workflows").items("workflows")
            try #require(workflows.count == 1)
            let workflow = workflows[0]
            #expect(workflow["friendly_name"] as? String == "Default Fifo Workflow")
            #expect(workflow["task_reservation_timeout"] as? Int == 120)
            #expect(workflow["assignment_callback_url"] is NSNull)
            #expect(workflow["fallback_assignment_callback_url"] is NSNull)
            #expect(workflow["configuration"] as? String == WorkspaceFixture.defaultRouting(queueSid))

            // The template's workflow is usable at once: a task needs no WorkflowSid and lands in the queue.
            let task = try await fx.call(.post, fx.path("Tasks"), [("Attributes", "{}")])
            expectStatus(task, .created)
            #expect(task["task_queue_sid"] == queueSid)
            #expect(task["workflow_friendly_name"] == "Default Fifo Workflow")
        }
    }

    @Test func workspaceCreatedIsRecorded() async throws {
        try await WorkspaceFixture.run([("Template", "FIFO")]) { fx async throws in
            let events = try await fx.get("Events")
            #expect(events.values("events", "event_type").last == "workspace.created")
            #expect(events.items("events").last?["resource_sid"] as? String == fx.sid)
        }
    }

    @Test func newWorkerGetsOneChannelPerTaskChannel() async throws {
        try await WorkspaceFixture.run { fx async throws in
            let extra = try await fx.create("TaskChannels", [("FriendlyName", "Email"), ("UniqueName", "email")])
            let worker = try await fx.createWorker("alice")
            let channels = try await fx.get("Workers/\(worker)/Channels").items("channels")
            #expect(Set(channels.compactMap { $0["task_channel_unique_name"] as? String })
                    == ["default", "voice", "sms", "chat", "video", "email"])
            #expect(Set(channels.compactMap { $0["task_channel_sid"] as? String }) == Set(fx.channels.values).union([extra]))
            for c in channels {
                #expect(c["configured_capacity"] as? Int == 1)
                #expect(c["available"] as? Bool == true)
                #expect(c["assigned_tasks"] as? Int == 0)
                #expect(c["worker_sid"] as? String == worker)
            }
        }
    }

    @Test func newWorkerDefaults() async throws {
        try await WorkspaceFixture.run { fx async throws in
            let r = try await fx.call(.post, fx.path("Workers"), [("FriendlyName", "alice")])
            expectStatus(r, .created)
            #expect(r["activity_sid"] == fx.activities["Offline"])
            #expect(r["activity_name"] == "Offline")
            #expect(r["attributes"] == "{}")
            #expect(r.bool("available") == false)
        }
    }

    @Test func newTaskDefaults() async throws {
        try await WorkspaceFixture.run { fx async throws in
            let routing = try await fx.createRouting()
            let r = try await fx.call(.post, fx.path("Tasks"), [("WorkflowSid", routing.workflow)])
            expectStatus(r, .created)
            #expect(r["attributes"] == "{}")
            #expect(r.int("priority") == 0)
            #expect(r.int("timeout") == 86_400)
            #expect(r["task_channel_unique_name"] == "default")
            #expect(r["task_channel_sid"] == fx.channels["default"])
            #expect(r["virtual_start_time"] == r["date_created"])
            #expect(r["assignment_status"] == "pending")
            #expect(r.int("age") == 0)
            #expect(r["addons"] == "{}")
        }
    }
}
