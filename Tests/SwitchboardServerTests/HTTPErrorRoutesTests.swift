import Foundation
import Hummingbird
import HummingbirdTesting
import SwitchboardTesting
import Testing

/// Authentication, unknown paths, wrong methods and account isolation, across the API (rest-api §1.2, §1.6, §2).
@Suite struct HTTPErrorRoutesTests {
    @Test func missingOrWrongCredentialsAre401() async throws {
        try await WorkspaceFixture.run { fx async throws in
            expectError(try await fx.client.call(.get, fx.ws, token: "0123456789abcdef0123456789abcdee"), .unauthorized, 20003)
            expectError(try await fx.client.call(.get, fx.ws, account: unknownSID("AC")), .unauthorized, 20003)
            expectError(try await fx.client.call(.post, "/v1/Workspaces", [("FriendlyName", "X")], token: ""), .unauthorized, 20003)
            expectError(try await rawCall(fx.client, .get, fx.ws), .unauthorized, 20003)
            expectError(try await rawCall(fx.client, .get, fx.ws, headers: [.authorization: "Basic !!!"]), .unauthorized, 20003)
            expectError(try await rawCall(fx.client, .get, fx.ws, headers: [.authorization: "Bearer abc"]), .unauthorized, 20003)
            // Unauthenticated requests change nothing.
            #expect(try await fx.call(.get, "/v1/Workspaces").sids("workspaces") == [fx.sid])
        }
    }

    @Test func healthNeedsNoCredentials() async throws {
        try await WorkspaceFixture.run { fx async throws in
            #expect(try await rawCall(fx.client, .get, "/health").status == .ok)
        }
    }

    @Test(arguments: ["/v1/Nothing", "/v2/Workspaces", "/v1/Workspaces/WSX/Nothing", "/v1/workspaces",
                      "/v1/Workspaces/WS/Activities/WA/Extra", "/"])
    func unknownPathIs404(_ path: String) async throws {
        try await WorkspaceFixture.run { fx async throws in
            let concrete = path.replacingOccurrences(of: "WSX", with: fx.sid)
            expectNotFound(try await fx.call(.get, concrete))
            expectNotFound(try await fx.call(.post, concrete))
        }
    }

    @Test(arguments: [
        ("PUT", ""), ("PATCH", ""), ("DELETE", "COLLECTION"), ("PUT", "Activities"), ("DELETE", "Activities"),
        ("DELETE", "Events"), ("POST", "Events"), ("DELETE", "Events/EVENT"), ("POST", "Events/EVENT"),
        ("DELETE", "Tasks/TASK/Reservations"), ("DELETE", "Tasks/TASK/Reservations/WR00000000000000000000000000000001"),
        ("DELETE", "Workers/WORKER/Channels/voice"), ("POST", "Workers/WORKER/Channels"), ("PUT", "Tasks/TASK"),
        ("DELETE", "Workers"), ("DELETE", "Tasks"),
    ])
    func wrongMethodOnKnownPathIs405(_ method: String, _ rest: String) async throws {
        try await WorkspaceFixture.run { fx async throws in
            let routing = try await fx.createRouting()
            let worker = try await fx.createWorker("Alice")
            let task = try await fx.createTask(workflow: routing.workflow)
            let event = try #require(try await fx.get("Events").sids("events").first)
            let path = rest == "COLLECTION" ? "/v1/Workspaces" : rest.isEmpty ? fx.ws
                : fx.path(rest.replacingOccurrences(of: "EVENT", with: event).replacingOccurrences(of: "TASK", with: task)
                    .replacingOccurrences(of: "WORKER", with: worker))
            let r = try await fx.call(HTTPRequest.Method(method)!, path)
            expectError(r, .methodNotAllowed, 20004)
        }
    }

    @Test func anotherAccountSeesNothingOfTheWorkspace() async throws {
        try await WorkspaceFixture.run { fx async throws in
            let routing = try await fx.createRouting()
            let worker = try await fx.createWorker("Alice")
            let task = try await fx.createTask(workflow: routing.workflow)
            let reservation = try await fx.reserve(task, for: worker)
            let event = try #require(try await fx.get("Events").sids("events").first)
            let other = try await fx.otherAccount()
            let reads = [
                "", "Activities", "Activities/\(fx.activities["Offline"]!)", "TaskChannels", "TaskChannels/voice",
                "TaskQueues", "TaskQueues/\(routing.queue)", "Workflows", "Workflows/\(routing.workflow)",
                "Workers", "Workers/\(worker)", "Workers/\(worker)/Channels", "Workers/\(worker)/Channels/voice",
                "Workers/\(worker)/Reservations", "Workers/\(worker)/Reservations/\(reservation)",
                "Tasks", "Tasks/\(task)", "Tasks/\(task)/Reservations", "Tasks/\(task)/Reservations/\(reservation)",
                "Events", "Events/\(event)",
            ]
            for rest in reads {
                let path = rest.isEmpty ? fx.ws : fx.path(rest)
                expectNotFound(try await fx.client.call(.get, path, account: other.sid, token: other.token))
            }
            let writes: [(HTTPRequest.Method, String, [(String, String)])] = [
                (.post, "Activities", [("FriendlyName", "X")]), (.post, "TaskQueues", [("FriendlyName", "X")]),
                (.post, "Workers", [("FriendlyName", "X")]), (.post, "Tasks", [("Attributes", "{}")]),
                (.post, "Workers/\(worker)", [("FriendlyName", "Mallory")]), (.delete, "Workers/\(worker)", []),
                (.post, "Tasks/\(task)", [("AssignmentStatus", "canceled"), ("Reason", "x")]), (.delete, "Tasks/\(task)", []),
                (.delete, "TaskChannels/voice", []), (.post, "Workers/\(worker)/Channels/voice", [("Capacity", "5")]),
            ]
            let before = try await fx.get("Events", [("PageSize", "1000")]).body
            for (method, rest, form) in writes {
                expectNotFound(try await fx.client.call(method, fx.path(rest), form, account: other.sid, token: other.token))
            }
            #expect(try await fx.get("Events", [("PageSize", "1000")]).body == before)
            // The other account's own listing is empty, and its own workspaces are invisible to the first account.
            let own = try await fx.client.call(.post, "/v1/Workspaces", [("FriendlyName", "Theirs")], account: other.sid, token: other.token)
            expectStatus(own, .created)
            #expect(own["account_sid"] == other.sid)
            expectNotFound(try await fx.call(.get, "/v1/Workspaces/\(own["sid"] ?? "")"))
            #expect(try await fx.call(.get, "/v1/Workspaces").sids("workspaces") == [fx.sid])
        }
    }

    @Test func errorBodyHasExactlyTheTwilioKeys() async throws {
        try await WorkspaceFixture.run { fx async throws in
            let r = try await fx.call(.get, fx.path("Workers/\(unknownSID("WK"))"))
            expectNotFound(r)
            #expect(Set(r.json.keys) == ["code", "message", "more_info", "status"])
        }
    }
}
