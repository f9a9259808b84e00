import Foundation
import SwitchboardTesting
import Testing

/// The filters of `GET {WS}/Workers` (rest-api §8).
@Suite struct WorkerListFilterTests {
    /// Alice (available, en+es), Bob (offline, en), Carol (unavailable, fr), created in this order.
    struct Staff: Sendable {
        let fx: WorkspaceFixture
        let alice: String, bob: String, carol: String
    }

    static func withStaff(_ body: @Sendable (Staff) async throws -> Void) async throws {
        try await WorkspaceFixture.run { fx async throws in
            let alice = try await fx.createWorker("Alice", attributes: #"{"languages":["en","es"],"level":3}"#,
                                                  activity: fx.activities["Available"])
            let bob = try await fx.createWorker("Bob", attributes: #"{"languages":["en"],"level":1}"#)
            let carol = try await fx.createWorker("Carol", attributes: #"{"languages":["fr"],"level":2}"#,
                                                  activity: fx.activities["Unavailable"])
            try await body(Staff(fx: fx, alice: alice, bob: bob, carol: carol))
        }
    }

    @Test func noFilterListsAllInCreationOrder() async throws {
        try await Self.withStaff { s async throws in
            let r = try await s.fx.get("Workers")
            expectStatus(r, .ok)
            #expect(r.sids("workers") == [s.alice, s.bob, s.carol])
            #expect(r.meta["key"] as? String == "workers")
        }
    }

    @Test func activityAvailabilityAndNameFilters() async throws {
        try await Self.withStaff { s async throws in
            let fx = s.fx
            #expect(try await fx.get("Workers", [("ActivityName", "Offline")]).sids("workers") == [s.bob])
            #expect(try await fx.get("Workers", [("ActivitySid", fx.activities["Unavailable"]!)]).sids("workers") == [s.carol])
            #expect(try await fx.get("Workers", [("Available", "true")]).sids("workers") == [s.alice])
            #expect(try await fx.get("Workers", [("Available", "yes")]).sids("workers") == [s.alice])
            #expect(try await fx.get("Workers", [("Available", "false")]).sids("workers") == [s.bob, s.carol])
            #expect(try await fx.get("Workers", [("Available", "whatever")]).sids("workers") == [s.bob, s.carol])
            #expect(try await fx.get("Workers", [("FriendlyName", "Bob")]).sids("workers") == [s.bob])
            #expect(try await fx.get("Workers", [("ActivityName", "Offline"), ("Available", "true")]).sids("workers").isEmpty)
        }
    }

    @Test func targetWorkersExpression() async throws {
        try await Self.withStaff { s async throws in
            let fx = s.fx
            #expect(try await fx.get("Workers", [("TargetWorkersExpression", #"languages HAS "en""#)]).sids("workers") == [s.alice, s.bob])
            #expect(try await fx.get("Workers", [("TargetWorkersExpression", "level > 1")]).sids("workers") == [s.alice, s.carol])
            // Worker fields next to attributes (rest-api §8).
            #expect(try await fx.get("Workers", [("TargetWorkersExpression", "friendly_name IN ['Alice','Carol']")]).sids("workers")
                    == [s.alice, s.carol])
            #expect(try await fx.get("Workers", [("TargetWorkersExpression", "activity_name == 'Offline'")]).sids("workers") == [s.bob])
            #expect(try await fx.get("Workers", [("TargetWorkersExpression", "sid == '\(s.carol)'")]).sids("workers") == [s.carol])
            let combined = try await fx.get("Workers", [("TargetWorkersExpression", #"languages HAS "en""#), ("Available", "false")])
            #expect(combined.sids("workers") == [s.bob])
            #expect(combined.meta["url"] as? String
                    == fx.url("Workers") + "?TargetWorkersExpression=languages%20HAS%20%22en%22&Available=false&PageSize=50&Page=0")
        }
    }

    @Test(arguments: ["languages HAS", "(level > 1", "level >>> 2", "1 == "])
    func badExpressionIs400(_ expression: String) async throws {
        try await Self.withStaff { s async throws in
            expectInvalid(try await s.fx.get("Workers", [("TargetWorkersExpression", expression)]))
        }
    }

    @Test func taskQueueEligibility() async throws {
        try await Self.withStaff { s async throws in
            let fx = s.fx
            let english = try await fx.createQueue("English", targetWorkers: #"languages HAS "en""#)
            let seniors = try await fx.createQueue("Seniors", targetWorkers: "level >= 2")
            #expect(try await fx.get("Workers", [("TaskQueueSid", english)]).sids("workers") == [s.alice, s.bob])
            #expect(try await fx.get("Workers", [("TaskQueueName", "Seniors")]).sids("workers") == [s.alice, s.carol])
            #expect(try await fx.get("Workers", [("TaskQueueSid", seniors), ("Available", "true")]).sids("workers") == [s.alice])
            #expect(try await fx.get("Workers", [("TaskQueueName", "Nobody")]).sids("workers").isEmpty)
            #expect(try await fx.get("Workers", [("TaskQueueSid", unknownSID("WQ"))]).sids("workers").isEmpty)
        }
    }

    @Test func ordering() async throws {
        try await Self.withStaff { s async throws in
            let fx = s.fx
            #expect(try await fx.get("Workers", [("Ordering", "FriendlyName:desc")]).sids("workers") == [s.carol, s.bob, s.alice])
            #expect(try await fx.get("Workers", [("Ordering", "DateCreated:asc")]).sids("workers") == [s.alice, s.bob, s.carol])
            fx.server.clock.advance(by: 10)
            _ = try await fx.call(.post, fx.path("Workers/\(s.alice)"), [("Attributes", "{}")])
            #expect(try await fx.get("Workers", [("Ordering", "DateUpdated:desc")]).sids("workers").first == s.alice)
            expectInvalid(try await fx.get("Workers", [("Ordering", "Shoesize:asc")]))
        }
    }

    @Test func pagingKeepsTheFilters() async throws {
        try await Self.withStaff { s async throws in
            let fx = s.fx
            let first = try await fx.get("Workers", [("Available", "false"), ("PageSize", "1")])
            #expect(first.sids("workers") == [s.bob])
            let nextURL = try #require(first.meta["next_page_url"] as? String)
            #expect(nextURL.hasPrefix(fx.url("Workers") + "?Available=false&PageSize=1&Page=1&PageToken="))
            let second = try await fx.call(.get, try relative(nextURL))
            #expect(second.sids("workers") == [s.carol])
            #expect(second.meta["next_page_url"] is NSNull)
        }
    }
}
