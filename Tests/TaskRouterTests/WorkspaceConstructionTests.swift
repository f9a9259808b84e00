import Foundation
import TaskRouter
import Testing

/// Construction, URLs and options of `Workspace` (spec tokens-and-events §4.1), without a server.
@Suite struct WorkspaceConstructionTests {
    let account = "AC00000000000000000000000000000001"
    let workspaceSid = "WS00000000000000000000000000000001"

    func token() throws -> String {
        try TaskRouterCapability.workspace(accountSid: account, authToken: "secret-token", workspaceSid: workspaceSid).toJWT()
    }

    @Test func defaultsToTwilio() throws {
        let workspace = try Workspace(token: token(), debug: false)
        #expect(workspace.sid == workspaceSid && workspace.accountSid == account)
        #expect(workspace.channelURL == "https://event-bridge.twilio.com/v1/wschannels/\(account)/\(workspaceSid)")
        #expect(workspace.activities.url == "https://taskrouter.twilio.com/v1/Workspaces/\(workspaceSid)/Activities")
        #expect(workspace.taskqueues.statistics.url.hasSuffix("/Workspaces/\(workspaceSid)/TaskQueues/Statistics"))
        #expect(workspace.workers.realtimeStats.url.hasSuffix("/Workers/RealTimeStatistics"))
        #expect(workspace.cumulativeStats.url.hasSuffix("/\(workspaceSid)/CumulativeStatistics"))
    }

    @Test func regionAppliesToTwilioEventBridgeOnly() throws {
        let twilio = try Workspace(token: token(), debug: false, region: "ie1-ix")
        #expect(twilio.channelURL.hasPrefix("https://event-bridge.ie1-ix.us1.twilio.com/v1/wschannels/"))
        let local = try Workspace(token: token(), debug: false, region: "ie1-ix", baseURL: URL(string: "http://127.0.0.1:8080/"))
        #expect(local.channelURL == "http://127.0.0.1:8080/v1/wschannels/\(account)/\(workspaceSid)")
        #expect(local.tasks.url == "http://127.0.0.1:8080/v1/Workspaces/\(workspaceSid)/Tasks")
    }

    @Test func separateAPIAndEventBridgeBases() throws {
        let configuration = WorkspaceConfiguration(
            debug: false, apiBaseURL: URL(string: "https://api.example.com/v1"),
            eventBridgeBaseURL: URL(string: "https://bridge.example.com"))
        let workspace = try Workspace(token: token(), configuration: configuration)
        #expect(workspace.workers.url == "https://api.example.com/v1/Workspaces/\(workspaceSid)/Workers")
        #expect(workspace.channelURL.hasPrefix("https://bridge.example.com/v1/wschannels/"))
    }

    @Test func refusesMissingOrIncompleteTokens() {
        #expect(throws: TaskRouterError.invalidToken("Token is required for TaskRouter Swift SDK")) {
            try Workspace(token: "", debug: false)
        }
        #expect(throws: TaskRouterError.self) { try Workspace(token: "not-a-jwt", debug: false) }
        let payload = Data(#"{"account_sid":"AC1","exp":1}"#.utf8).base64URLEncodedString()
        do {
            _ = try Workspace(token: "eyJhbGciOiJIUzI1NiJ9.\(payload).c2ln", debug: false)
            Issue.record("expected a throw")
        } catch {
            // `Workspace(token:)` throws `TaskRouterError` only (typed throws).
            #expect(error.message.contains("channel") && error.message.contains("workspace_sid"))
            #expect(error.code == 0)
        }
    }

    @Test func updateTokenChecksTheNewToken() throws {
        let workspace = try Workspace(token: token(), debug: false)
        #expect(throws: TaskRouterError.self) { try workspace.updateToken("garbage") }
        try workspace.updateToken(token())
    }

    @Test func backoffFollowsTaskRouterJSv1() {
        let backoff = ReconnectBackoff()
        #expect((1...7).map { backoff.delay(attempt: $0) } == [1, 3, 7, 15, 30, 30, 30].map { .seconds($0) })
        #expect(ReconnectBackoff(unit: .milliseconds(10), cap: .seconds(1)).delay(attempt: 2) == .milliseconds(30))
    }

    @Test func errorsCarryV1CodeAndMessage() {
        let denied = TaskRouterError.requestFailed(status: 403, message: "Forbidden", twilioCode: 20403, moreInfo: nil)
        #expect(denied.code == 403 && denied.message == "Forbidden" && denied.twilioCode == 20403)
        #expect(TaskRouterError.notImplemented(message: "later", twilioCode: 20501).code == 501)
        #expect(TaskRouterError.transport("timeout").code == 0)
    }
}
