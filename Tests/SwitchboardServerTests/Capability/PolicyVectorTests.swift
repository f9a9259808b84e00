import Foundation
import SwitchboardServer
import TaskRouterWire
import Testing

/// Spec tokens-and-events §2.4: default Python tokens for `AC1`, `WS1`, `WK1`, `WQ1` against the
/// requests TaskRouter.js makes.
@Suite("Capability policies: the spec's §2.4 vectors")
struct PolicyVectorTests {
    static let base = "https://taskrouter.twilio.com/v1/Workspaces/WS1"

    struct Vector: Sendable, CustomTestStringConvertible {
        let token: CapabilityTokenBuilder
        let method: String
        let path: String
        var form: [(String, String)] = []
        let allowed: Bool
        var testDescription: String { "\(token.channel) \(token.policies.count) policies: \(method) \(path) \(form) → \(allowed)" }
    }

    static func workspace(_ configure: (inout CapabilityTokenBuilder) -> Void = { _ in }) -> CapabilityTokenBuilder {
        var b = CapabilityTokenBuilder.workspace(accountSid: "AC1", workspaceSid: "WS1")
        configure(&b)
        return b
    }

    static func worker(_ configure: (inout CapabilityTokenBuilder) -> Void = { _ in }) -> CapabilityTokenBuilder {
        var b = CapabilityTokenBuilder.worker(accountSid: "AC1", workspaceSid: "WS1", workerSid: "WK1")
        configure(&b)
        return b
    }

    static let queue = CapabilityTokenBuilder.taskQueue(accountSid: "AC1", workspaceSid: "WS1", taskQueueSid: "WQ1")

    static let vectors: [Vector] = [
        Vector(token: workspace(), method: "GET", path: "/v1/Workspaces/WS1/", allowed: true),
        Vector(token: workspace(), method: "GET", path: "/v1/Workspaces/WS1/Activities", allowed: false),
        Vector(token: workspace { $0.allowFetchSubresources() }, method: "GET", path: "/v1/Workspaces/WS1/Activities", allowed: true),
        Vector(token: workspace { $0.allowFetchSubresources() }, method: "GET", path: "/v1/Workspaces/WS2/Activities", allowed: false),
        Vector(token: workspace { $0.allowUpdatesSubresources() }, method: "POST", path: "/v1/Workspaces/WS1/Workers/WK1", allowed: true),
        // Our choice: `X/**` also matches `X` (TaskRouter.js v1 needs it).
        Vector(token: workspace { $0.allowUpdatesSubresources() }, method: "POST", path: "/v1/Workspaces/WS1", allowed: true),
        Vector(token: workspace { $0.allowUpdates() }, method: "POST", path: "/v1/Workspaces/WS1", allowed: true),
        Vector(token: workspace { $0.allowDeleteSubresources() }, method: "DELETE", path: "/v1/Workspaces/WS1/Tasks/WT1", allowed: true),
        Vector(token: worker(), method: "GET", path: "/v1/Workspaces/WS1/Workers/WK1", allowed: true),
        Vector(token: worker(), method: "GET", path: "/v1/Workspaces/WS1/Activities", allowed: true),
        Vector(token: worker(), method: "GET", path: "/v1/Workspaces/WS1/Activities/WA1", allowed: false),
        Vector(token: worker(), method: "GET", path: "/v1/Workspaces/WS1/Workers/WK2", allowed: false),
        Vector(token: worker(), method: "POST", path: "/v1/Workspaces/WS1/Workers/WK1", form: [("ActivitySid", "WA1")], allowed: false),
        Vector(token: worker { $0.allowActivityUpdates() }, method: "POST", path: "/v1/Workspaces/WS1/Workers/WK1",
               form: [("ActivitySid", "WA1")], allowed: true),
        Vector(token: worker { $0.allowActivityUpdates() }, method: "POST", path: "/v1/Workspaces/WS1/Workers/WK1",
               form: [("ActivitySid", "WA1"), ("Attributes", "{}")], allowed: false),
        Vector(token: worker { $0.allowActivityUpdates() }, method: "POST", path: "/v1/Workspaces/WS1/Workers/WK1",
               form: [("Attributes", "{}")], allowed: false),
        Vector(token: worker { $0.allowReservationUpdates() }, method: "POST", path: "/v1/Workspaces/WS1/Tasks/WT1/Reservations/WR1",
               form: [("ReservationStatus", "accepted")], allowed: true),
        // The v1 Worker's pending-reservations fetch on ready: `Reservations/**` covers `Reservations`.
        Vector(token: worker(), method: "GET", path: "/v1/Workspaces/WS1/Workers/WK1/Reservations?ReservationStatus=pending", allowed: true),
        Vector(token: queue, method: "GET", path: "/v1/Workspaces/WS1/TaskQueues/WQ1", allowed: true),
        Vector(token: queue, method: "GET", path: "/v1/Workspaces/WS1/TaskQueues/WQ1/Statistics", allowed: false),
        // The event-bridge channel URL, on our host.
        Vector(token: workspace(), method: "GET", path: "/v1/wschannels/AC1/WS1", allowed: true),
        Vector(token: workspace(), method: "POST", path: "/v1/wschannels/AC1/WS1", allowed: true),
        Vector(token: workspace(), method: "GET", path: "/v1/wschannels/AC1/WK1", allowed: false),
        Vector(token: worker(), method: "DELETE", path: "/v1/wschannels/AC1/WK1", allowed: false),
    ]

    @Test(arguments: vectors)
    func vector(_ v: Vector) {
        let request = PolicyRequest(method: v.method, path: v.path, query: FormParameters(encoded: URLComponents(string: v.path)?.query ?? ""),
                                    form: FormParameters(pairs: v.form))
        let decision = PolicyEvaluator.decide(v.token.policies, request)
        #expect(decision == (v.allowed ? .allowed : .denied))
    }

    @Test("Default tokens have the Python helper's policy counts")
    func defaultPolicyCounts() {
        #expect(Self.workspace().policies.count == 3)
        #expect(Self.queue.policies.count == 3)
        #expect(Self.worker().policies.count == 6)
        #expect(Self.worker { $0.allowActivityUpdates() }.policies.last?.postFilter == ["ActivitySid": .required])
    }
}
