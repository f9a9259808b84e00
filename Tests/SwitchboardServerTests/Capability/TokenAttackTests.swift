import Foundation
import HTTPTypes
import Hummingbird
import SwitchboardServer
import SwitchboardTesting
import TaskRouterWire
import Testing

/// Every forged, stale or misdirected token is refused on the REST API (`X-Twilio-Token`).
@Suite("Capability tokens: attacks")
struct TokenAttackTests {
    @Test("A valid default Workspace token fetches its workspace; nothing else")
    func baseline() async throws {
        try await WorkspaceFixture.run { fx in
            let token = try fx.token()
            #expect(try await fx.call(.get, fx.ws + "/", token: token).status == .ok)
            #expect(try await fx.call(.get, fx.path("Activities"), token: token).status == .forbidden)
            #expect(try await fx.call(.post, fx.ws, [("FriendlyName", "x")], token: token).status == .forbidden)
        }
    }

    @Test("alg none, HS512 and a garbled token are 403", arguments: ["none", "HS512", "RS256"])
    func algorithms(_ alg: String) async throws {
        try await WorkspaceFixture.run { fx in
            let payload = try RawJWT.payload(fx.workspaceToken(), now: fx.now)
            let unsigned = RawJWT.encode(header: #"{"alg":"\#(alg)","typ":"JWT"}"#, payload: payload, key: alg == "none" ? nil : TestServer.authToken)
            let r = try await fx.call(.get, fx.ws, token: unsigned)
            #expect(r.status == .forbidden)
            #expect(r.object["code"] as? Int == 20403)
            #expect(try await fx.call(.get, fx.ws, token: "not.a.jwt").status == .forbidden)
            #expect(try await fx.call(.get, fx.ws, token: "").status == .forbidden)
        }
    }

    @Test("A signature made with another auth token is 403")
    func wrongSignature() async throws {
        try await WorkspaceFixture.run { fx in
            let forged = try fx.token(authToken: "ffffffffffffffffffffffffffffffff")
            #expect(try await fx.call(.get, fx.ws, token: forged).status == .forbidden)
            // A payload swapped under a valid signature.
            let good = try fx.token().split(separator: ".")
            let other = try fx.token(fx.workspaceToken { $0.allowDelete() }).split(separator: ".")
            let spliced = "\(good[0]).\(other[1]).\(good[2])"
            #expect(try await fx.call(.delete, fx.ws, token: spliced).status == .forbidden)
        }
    }

    @Test("An expired token is 401; nbf ahead beyond the leeway is 403, within it is accepted")
    func time() async throws {
        try await WorkspaceFixture.run { fx in
            let token = try fx.token(ttl: 60)
            fx.server.clock.advance(by: 60)
            let expired = try await fx.call(.get, fx.ws, token: token)
            #expect(expired.status == .unauthorized)
            #expect(expired.string("message") == "Capability token expired")
            var payload = try RawJWT.payload(fx.workspaceToken(), now: fx.now)
            payload["nbf"] = Int(fx.now.timeIntervalSince1970) + 600
            let early = RawJWT.encode(header: #"{"alg":"HS256","typ":"JWT"}"#, payload: payload, key: TestServer.authToken)
            #expect(try await fx.call(.get, fx.ws, token: early).status == .forbidden)
            payload["nbf"] = Int(fx.now.timeIntervalSince1970) + 30
            let skewed = RawJWT.encode(header: #"{"alg":"HS256","typ":"JWT"}"#, payload: payload, key: TestServer.authToken)
            #expect(try await fx.call(.get, fx.ws, token: skewed).status == .ok)
        }
    }

    @Test("Another account's token cannot reach this account's workspace, even with /v1/Workspaces/**")
    func otherAccount() async throws {
        try await WorkspaceFixture.run { fx in
            let other = try await fx.otherAccount()
            var b = CapabilityTokenBuilder.workspace(accountSid: other.sid, workspaceSid: fx.sid)
            b.add("https://taskrouter.twilio.com/v1/Workspaces/**", "GET")
            let token = try b.token(authToken: other.token, now: fx.now)
            #expect(try await fx.call(.get, fx.ws, token: token).status == .notFound)
            #expect(try await fx.call(.get, fx.path("Activities"), token: token).status == .notFound)
            // …and it cannot claim to be the first account while signing with its own auth token.
            let impostor = try fx.workspaceToken { $0.allowFetchSubresources() }.token(authToken: other.token, now: fx.now)
            #expect(try await fx.call(.get, fx.ws, token: impostor).status == .forbidden)
        }
    }

    @Test("account_sid must equal iss, and unknown accounts are refused")
    func accountClaims() async throws {
        try await WorkspaceFixture.run { fx in
            var payload = try RawJWT.payload(fx.workspaceToken(), now: fx.now)
            payload["account_sid"] = "AC" + String(repeating: "9", count: 32)
            let mixed = RawJWT.encode(header: #"{"alg":"HS256"}"#, payload: payload, key: TestServer.authToken)
            #expect(try await fx.call(.get, fx.ws, token: mixed).status == .forbidden)
            payload["iss"] = "AC" + String(repeating: "9", count: 32)
            let unknown = RawJWT.encode(header: #"{"alg":"HS256"}"#, payload: payload, key: TestServer.authToken)
            #expect(try await fx.call(.get, fx.ws, token: unknown).status == .forbidden)
        }
    }

    @Test("A token for one workspace does not open another workspace of the same account")
    func otherWorkspace() async throws {
        try await WorkspaceFixture.run { fx in
            let second = try await fx.client.call(.post, "/v1/Workspaces", [("FriendlyName", "Second")])
            let ws2 = try #require(second["sid"])
            let token = try fx.token(fx.workspaceToken { $0.allowFetchSubresources(); $0.allowDeleteSubresources() })
            #expect(try await fx.call(.get, fx.path("Activities"), token: token).status == .ok)
            #expect(try await fx.call(.get, "/v1/Workspaces/\(ws2)", token: token).status == .forbidden)
            #expect(try await fx.call(.get, "/v1/Workspaces/\(ws2)/Activities", token: token).status == .forbidden)
            #expect(try await fx.call(.get, "/v1/Workspaces", token: token).status == .forbidden)
        }
    }

    @Test("Path escapes: `..`, `%2F`, encoded dots, doubled slashes and case changes gain nothing")
    func pathEscapes() async throws {
        try await WorkspaceFixture.run { fx in
            let second = try await fx.client.call(.post, "/v1/Workspaces", [("FriendlyName", "Second")])
            let ws2 = try #require(second["sid"])
            let worker = try await fx.createWorker("Alice")
            let other = try await fx.createWorker("Bob")
            let token = try fx.token(fx.workerToken(worker))
            let attempts = [
                fx.path("Workers/\(worker)/../\(other)"), fx.path("Workers/\(worker)/%2E%2E/\(other)"),
                fx.path("Workers/\(worker)%2F..%2F\(other)"), fx.path("Workers%2F\(other)"),
                fx.ws + "/..%2F\(ws2)", fx.path("Activities/..%2F..%2F\(ws2)%2FActivities"),
                fx.path("workers/\(worker)"), fx.path("Workers/\(other.lowercased())"), fx.path("WORKERS/\(other)"),
                fx.path("Workers/\(other)/"), "//v1//Workspaces//\(fx.sid)//Workers//\(other)",
            ]
            for path in attempts {
                let r = try await fx.call(.get, path, token: token)
                #expect(r.status == .forbidden || r.status == .notFound, "\(path) → \(r.status)")
            }
            #expect(try await fx.call(.get, fx.path("Workers/\(worker)"), token: token).status == .ok)
            #expect(try await fx.call(.get, "//v1//Workspaces//\(fx.sid)//Workers//\(worker)//", token: token).status == .ok)
        }
    }

    @Test("Conflicting equally specific policies invalidate the token (403)")
    func conflicting() async throws {
        try await WorkspaceFixture.run { fx in
            var b = fx.workspaceToken()
            b.policies.append(CapabilityPolicy(url: b.workspaceURL, method: "GET", allow: false))
            let token = try fx.token(b)
            #expect(try await fx.call(.get, fx.ws, token: token).status == .forbidden)
        }
    }

    @Test("Basic auth still works next to the token header and wins when both are sent")
    func basicStillWorks() async throws {
        try await WorkspaceFixture.run { fx in
            let r = try await fx.client.call(.get, fx.path("Activities"), headers: [HTTPField.Name("X-Twilio-Token")!: "garbage"])
            #expect(r.status == .ok)
            #expect(try await fx.client.call(.get, fx.ws, token: "wrong").status == .unauthorized)
        }
    }
}
