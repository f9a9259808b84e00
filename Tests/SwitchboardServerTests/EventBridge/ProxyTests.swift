import Foundation
import Hummingbird
import SwitchboardServer
import SwitchboardTesting
import Testing

/// The event bridge's HTTP POST proxy (spec §3.4–3.5), in process.
@Suite("Event bridge: POST proxy")
struct ProxyTests {
    @Test("The ready request: GET of the workspace with a trailing slash, event_type echoed")
    func ready() async throws {
        try await WorkspaceFixture.run { fx in
            let token = try fx.token()
            let r = try await fx.proxy(["url": fx.twilioURL() + "/", "method": "GET", "event_type": "ready", "token": token])
            #expect(r.status == .ok)
            #expect(r.string("event_type") == "ready")
            #expect(r.payload?["sid"] as? String == fx.sid)
            #expect(r.payload?["friendly_name"] as? String == "Support")
        }
    }

    @Test("Without event_type the envelope has event_type null")
    func noEventType() async throws {
        try await WorkspaceFixture.run { fx in
            let token = try fx.token(fx.workspaceToken { $0.allowFetchSubresources() })
            let r = try await fx.proxy(["url": fx.twilioURL("Activities"), "method": "GET", "params": ["PageSize": 2], "token": token])
            #expect(r.status == .ok)
            #expect(r.object.keys.sorted() == ["event_type", "payload"])
            #expect(r.object["event_type"] is NSNull)
            let meta = try #require(r.payload?["meta"] as? [String: Any])
            #expect(meta["key"] as? String == "activities")
            #expect(meta["page_size"] as? Int == 2)
        }
    }

    @Test("Create (201) and delete (204) come back as 200 envelopes; the delete's payload is null")
    func createAndDelete() async throws {
        try await WorkspaceFixture.run { fx in
            let token = try fx.token(fx.workspaceToken { $0.allowUpdatesSubresources(); $0.allowDeleteSubresources() })
            let routing = ["task_routing": ["default_filter": ["queue": try await fx.createQueue("Q")]]]
            let created = try await fx.proxy(["url": fx.twilioURL("Workflows"), "method": "POST", "token": token,
                                              "params": ["FriendlyName": "Flow", "Configuration": routing]])
            #expect(created.status == .ok)
            let workflow = try #require(created.payload?["sid"] as? String)
            let configuration = try #require(created.payload?["configuration"] as? String)
            #expect(configuration.contains("default_filter"))
            let deleted = try await fx.proxy(["url": fx.twilioURL("Workflows/\(workflow)"), "method": "DELETE", "token": token])
            #expect(deleted.status == .ok)
            #expect(deleted.object["payload"] is NSNull)
            #expect(deleted.object["event_type"] is NSNull)
        }
    }

    @Test("Worker tokens: activity update with exactly ActivitySid; anything more is 403")
    func workerActivity() async throws {
        try await WorkspaceFixture.run { fx in
            let worker = try await fx.createWorker("Alice")
            let available = try #require(fx.activities["Available"])
            let token = try fx.token(fx.workerToken(worker) { $0.allowActivityUpdates() })
            let ok = try await fx.proxy(["url": fx.twilioURL("Workers/\(worker)"), "method": "POST", "token": token,
                                         "params": ["ActivitySid": available]], channel: worker)
            #expect(ok.status == .ok)
            #expect(ok.payload?["activity_sid"] as? String == available)
            let more = try await fx.proxy(["url": fx.twilioURL("Workers/\(worker)"), "method": "POST", "token": token,
                                           "params": ["ActivitySid": available, "Attributes": ["a": 1]]], channel: worker)
            #expect(more.status == .forbidden)
            #expect(more.object["code"] as? Int == 20403)
            // The v1 Worker's pending-reservations fetch on ready.
            let pending = try await fx.proxy(["url": fx.twilioURL("Workers/\(worker)/Reservations"), "method": "GET",
                                              "params": ["ReservationStatus": "pending"], "token": token], channel: worker)
            #expect(pending.status == .ok)
            #expect((pending.payload?["meta"] as? [String: Any])?["key"] as? String == "reservations")
        }
    }

    @Test("Errors keep the inner status and Twilio's error body")
    func innerErrors() async throws {
        try await WorkspaceFixture.run { fx in
            let token = try fx.token(fx.workspaceToken { $0.allowFetchSubresources() })
            let missing = try await fx.proxy(["url": fx.twilioURL("Workers/WK" + String(repeating: "0", count: 32)), "method": "GET", "token": token])
            #expect(missing.status == .notFound)
            #expect(missing.object["code"] as? Int == 20404)
            #expect(missing.object["more_info"] as? String == "https://www.twilio.com/docs/errors/20404")
            let denied = try await fx.proxy(["url": fx.twilioURL("Activities"), "method": "POST", "token": token, "params": ["FriendlyName": "x"]])
            #expect(denied.status == .forbidden)
        }
    }

    @Test("Bad JSON is 400; a missing or expired token is 403 / 401")
    func badRequests() async throws {
        try await WorkspaceFixture.run { fx in
            #expect(try await fx.proxy(raw: "{not json").status == .badRequest)
            #expect(try await fx.proxy(raw: #"["url"]"#).status == .badRequest)
            #expect(try await fx.proxy(["url": fx.twilioURL(), "method": "GET"]).status == .forbidden)
            let token = try fx.token(ttl: 10)
            fx.server.clock.advance(by: 11)
            #expect(try await fx.proxy(["url": fx.twilioURL(), "method": "GET", "token": token]).status == .unauthorized)
        }
    }

    @Test("The channel in the URL must be the token's, and the token must allow POST on it")
    func channelMismatch() async throws {
        try await WorkspaceFixture.run { fx in
            let worker = try await fx.createWorker("Alice")
            let token = try fx.token()
            let body: [String: Any] = ["url": fx.twilioURL(), "method": "GET", "token": token]
            #expect(try await fx.proxy(body, channel: worker).status == .forbidden)
            let otherAccount = try await fx.client.execute(
                uri: fx.channelPath(account: "AC" + String(repeating: "9", count: 32)), method: .post,
                body: ByteBuffer(string: String(decoding: try JSONSerialization.data(withJSONObject: body), as: UTF8.self))
            ) { $0.status }
            #expect(otherAccount == .forbidden)
            var noPost = fx.workspaceToken()
            noPost.policies.removeAll { $0.method == "POST" }
            let noPostToken = try fx.token(noPost)
            #expect(try await fx.proxy(["url": fx.twilioURL(), "method": "GET", "token": noPostToken]).status == .forbidden)
        }
    }

    @Test("The proxy forwards only REST calls: not itself, not other paths")
    func onlyREST() async throws {
        try await WorkspaceFixture.run { fx in
            var b = fx.workspaceToken()
            b.add("https://taskrouter.twilio.com/**", "GET")
            b.add("https://event-bridge.twilio.com/**", "POST")
            let token = try fx.token(b)
            #expect(try await fx.proxy(["url": "http://x/health", "method": "GET", "token": token]).status == .forbidden)
            #expect(try await fx.proxy(["url": "http://x\(fx.channelPath())", "method": "POST", "token": token]).status == .forbidden)
            #expect(try await fx.proxy(["url": "Workspaces/\(fx.sid)", "method": "GET", "token": token]).status == .ok)
        }
    }

    @Test("CORS: preflight answered, every answer (errors too) carries Access-Control-Allow-Origin")
    func cors() async throws {
        try await WorkspaceFixture.run { fx in
            let preflight = try await fx.client.execute(
                uri: fx.channelPath(), method: .options,
                headers: [.origin: "https://app.example", .accessControlRequestMethod: "POST",
                          .accessControlRequestHeaders: "content-type,apiversion"]
            ) { $0 }
            #expect(preflight.status == .noContent)
            #expect(preflight.headers[.accessControlAllowOrigin] == "*")
            #expect(preflight.headers[.accessControlAllowMethods]?.contains("POST") == true)
            #expect(preflight.headers[.accessControlAllowHeaders]?.contains("apiVersion") == true)
            let error = try await fx.proxy(raw: "nope", headers: [.origin: "https://app.example"])
            #expect(error.status == .badRequest)
            #expect(error.headers[.accessControlAllowOrigin] == "*")
            let rest = try await fx.call(.get, fx.ws, headers: [.origin: "https://app.example"])
            #expect(rest.headers[.accessControlAllowOrigin] == "*")
        }
    }
}
