import Foundation
import HummingbirdTesting
import HummingbirdWSTesting
import SwitchboardServer
import SwitchboardTesting
import Synchronization
import Testing

/// Which events reach which channel, and their payloads (spec §3.3). Four sockets listen while the
/// test acts: K2's attributes change, a task is created and reserved for K1, K2 changes again, a
/// second task enters the queue. Each socket stops at its last expected event.
@Suite("Event bridge: events per channel", .timeLimit(.minutes(1)))
struct ChannelEventsTests {
    static func count(_ frames: [BridgeFrame], _ type: String) -> Int { frames.filter { $0.eventType == type }.count }

    @Test func eventsReachTheRightChannels() async throws {
        try await LiveBridge.run { bridge in
            let available = try #require(bridge.activities["Available"])
            let k1 = try await bridge.create("Workers", [("FriendlyName", "K1"), ("ActivitySid", available)])
            let k2 = try await bridge.create("Workers", [("FriendlyName", "K2")])
            let queue = try await bridge.create("TaskQueues", [("FriendlyName", "Q")])
            let workflow = try await bridge.create("Workflows", [
                ("FriendlyName", "Flow"), ("Configuration", #"{"task_routing":{"default_filter":{"queue":"\#(queue)"}}}"#),
            ])
            let tokens = (
                ws: try bridge.token(bridge.workspaceToken()),
                k1: try bridge.token(bridge.workerToken(k1)), k2: try bridge.token(bridge.workerToken(k2)),
                q: try bridge.token(.taskQueue(accountSid: TestServer.accountSid, workspaceSid: bridge.workspace, taskQueueSid: queue))
            )
            let (ready, readySink) = AsyncStream<Void>.makeStream()
            let task = Mutex<String?>(nil)
            // Each listener: its channel, token, and when it has seen enough (payloads show the resource
            // as it is when the frame is written, so count events rather than look at their content).
            let listeners: [(String, String, @Sendable ([BridgeFrame]) -> Bool)] = [
                (bridge.workspace, tokens.ws, { @Sendable frames in Self.count(frames, "worker.attributes.update") == 2 }),
                (k1, tokens.k1, { @Sendable frames in Self.count(frames, "reservation.created") == 1 }),
                (k2, tokens.k2, { @Sendable frames in Self.count(frames, "worker.attributes.update") == 2 }),
                (queue, tokens.q, { @Sendable frames in Self.count(frames, "task.created") == 2 }),
            ]
            let seen = try await withThrowingTaskGroup(of: (String, [BridgeFrame]).self) { group in
                for (channel, token, isDone) in listeners {
                    group.addTask {
                        let frames = SeenFrames()
                        try await bridge.client.ws(bridge.socketPath(channel, token: token)) { inbound, _, _ in
                            for try await frame in inbound.frames() where !frame.isHeartbeat {
                                if frame.eventType == "init" { readySink.yield(); continue }
                                frames.append(frame)
                                if isDone(frames.frames) { return }
                            }
                        }
                        return (channel, frames.frames)
                    }
                }
                var iterator = ready.makeAsyncIterator()
                for _ in listeners { _ = await iterator.next() }
                try await bridge.update("Workers/\(k2)", [("Attributes", #"{"step":1}"#)])
                let first = try await bridge.create("Tasks", [("Attributes", "{}"), ("WorkflowSid", workflow)])
                task.withLock { $0 = first }
                try await bridge.update("Workers/\(k2)", [("Attributes", #"{"step":2}"#)])
                _ = try await bridge.create("Tasks", [("Attributes", #"{"n":2}"#), ("WorkflowSid", workflow)])
                var all: [String: [BridgeFrame]] = [:]
                for try await (channel, frames) in group { all[channel] = frames }
                return all
            }
            let first = try #require(task.withLock { $0 })
            let types = { (channel: String) in (seen[channel] ?? []).compactMap(\.eventType) }

            // Workspace channel: everything, each payload the REST JSON of the event's resource.
            let workspace = seen[bridge.workspace] ?? []
            #expect(types(bridge.workspace).contains("task.created"))
            #expect(types(bridge.workspace).contains("reservation.created"))
            #expect(types(bridge.workspace).filter { $0 == "worker.attributes.update" }.count == 2)
            let created = try #require(workspace.first { $0.eventType == "task.created" })
            #expect(created.payloadSid == first)
            #expect(created.payload["attributes"] as? String == "{}")
            #expect(created.payload["url"] as? String == "\(TestServer.baseURL)/v1/Workspaces/\(bridge.workspace)/Tasks/\(first)")
            let reservation = try #require(workspace.first { $0.eventType == "reservation.created" })
            #expect((reservation.payloadSid ?? "").hasPrefix("WR"))
            #expect(reservation.payload["task_sid"] as? String == first)
            #expect(reservation.payload["worker_sid"] as? String == k1)

            // K1: its reservation, as the task JSON plus reservation_sid (TaskRouter.js v1's Worker); nothing of K2.
            let k1Frames = seen[k1] ?? []
            let offer = try #require(k1Frames.last)
            #expect(offer.eventType == "reservation.created")
            #expect(offer.payloadSid == first)
            #expect(offer.payload["reservation_sid"] as? String == reservation.payloadSid)
            #expect(offer.payload["assignment_status"] as? String == "reserved")
            #expect(k1Frames.allSatisfy { ($0.payloadSid ?? "") != k2 })
            #expect(!types(k1).contains("task.created"))

            // K2: only its own updates.
            #expect(types(k2) == ["worker.attributes.update", "worker.attributes.update"])
            #expect(seen[k2]?.allSatisfy { $0.payloadSid == k2 } == true)

            // Queue: its tasks and their reservations, never worker events.
            #expect(types(queue).filter { $0 == "task.created" }.count == 2)
            #expect(types(queue).contains("reservation.created"))
            #expect(!types(queue).contains { $0.hasPrefix("worker.") })
        }
    }
}
