import Crypto
import Foundation
import TaskRouter
import Testing

/// `TaskRouterCapability` mints what the Python helper mints (spec tokens-and-events §1.5).
@Suite struct CapabilityTests {
    let account = "AC00000000000000000000000000000001"
    let authToken = "0123456789abcdef0123456789abcdef"
    let workspace = "WS00000000000000000000000000000001"
    let worker = "WK00000000000000000000000000000001"
    let queue = "WQ00000000000000000000000000000001"

    func decode(_ token: String) throws -> (header: [String: Any], claims: CapabilityClaims, jwt: CompactJWT) {
        let jwt = try #require(CompactJWT(token))
        let header = try #require(try JSONSerialization.jsonObject(with: jwt.header) as? [String: Any])
        return (header, try JSONDecoder().decode(CapabilityClaims.self, from: jwt.payload), jwt)
    }

    @Test func workspaceTokenHasTheThreeDefaultPolicies() throws {
        let capability = try TaskRouterCapability.workspace(accountSid: account, authToken: authToken, workspaceSid: workspace)
        let now = Date(timeIntervalSince1970: 1_800_000_000)
        let (header, claims, _) = try decode(capability.toJWT(now: now))
        #expect(header["alg"] as? String == "HS256")
        #expect(header["typ"] as? String == "JWT")
        #expect(claims.iss == account && claims.accountSid == account)
        #expect(claims.workspaceSid == workspace && claims.channel == workspace)
        #expect(claims.version == "v1" && claims.friendlyName == workspace)
        #expect(claims.nbf == 1_800_000_000 && claims.exp == 1_800_003_600)
        #expect(claims.workerSid == nil && claims.taskqueueSid == nil)
        let channel = "https://event-bridge.twilio.com/v1/wschannels/\(account)/\(workspace)"
        #expect(claims.policies == [
            CapabilityPolicy(url: channel, method: "GET"),
            CapabilityPolicy(url: channel, method: "POST"),
            CapabilityPolicy(url: "https://taskrouter.twilio.com/v1/Workspaces/\(workspace)", method: "GET"),
        ])
    }

    @Test func signatureIsHMACSHA256WithTheAuthToken() throws {
        let token = try TaskRouterCapability.workspace(accountSid: account, authToken: authToken, workspaceSid: workspace).toJWT()
        let (_, _, jwt) = try decode(token)
        let expected = HMAC<SHA256>.authenticationCode(
            for: Data(jwt.signingInput.utf8), using: SymmetricKey(data: Data(authToken.utf8)))
        #expect(jwt.signature == Data(expected))
        #expect(!token.contains("="))
    }

    @Test func workspaceCapabilitiesAddSubresourcePoliciesInPythonOrder() throws {
        var capability = try TaskRouterCapability.workspace(accountSid: account, authToken: authToken, workspaceSid: workspace)
        capability.allowFetchSubresources()
        capability.allowUpdates()
        capability.allowUpdatesSubresources()
        capability.allowDelete()
        capability.allowDeleteSubresources()
        let base = "https://taskrouter.twilio.com/v1/Workspaces/\(workspace)"
        let tail = capability.policies.dropFirst(2).map { "\($0.method) \($0.url)" }
        #expect(tail == [
            "GET \(base)", "POST \(base)", "DELETE \(base)",
            "GET \(base)/**", "DELETE \(base)/**", "POST \(base)/**",
        ])
        #expect(capability.policies.allSatisfy { $0.allow })
    }

    @Test func workerTokenHasSixDefaultPoliciesAndTheWorkerClaims() throws {
        let capability = try TaskRouterCapability.worker(
            accountSid: account, authToken: authToken, workspaceSid: workspace, workerSid: worker)
        let (_, claims, _) = try decode(capability.toJWT())
        #expect(claims.channel == worker && claims.workerSid == worker)
        let base = "https://taskrouter.twilio.com/v1/Workspaces/\(workspace)"
        #expect(claims.policies.map { "\($0.method) \($0.url)" } == [
            "GET https://event-bridge.twilio.com/v1/wschannels/\(account)/\(worker)",
            "POST https://event-bridge.twilio.com/v1/wschannels/\(account)/\(worker)",
            "GET \(base)/Workers/\(worker)",
            "GET \(base)/Activities",
            "GET \(base)/Tasks/**",
            "GET \(base)/Workers/\(worker)/Reservations/**",
        ])
    }

    @Test func workerActivityAndReservationUpdates() throws {
        var capability = try TaskRouterCapability.worker(
            accountSid: account, authToken: authToken, workspaceSid: workspace, workerSid: worker)
        capability.allowActivityUpdates()
        capability.allowReservationUpdates()
        let base = "https://taskrouter.twilio.com/v1/Workspaces/\(workspace)"
        let added = Array(capability.policies.dropFirst(6))
        #expect(added == [
            CapabilityPolicy(url: "\(base)/Workers/\(worker)", method: "POST", postFilter: ["ActivitySid": .required]),
            CapabilityPolicy(url: "\(base)/Tasks/**", method: "POST"),
            CapabilityPolicy(url: "\(base)/Workers/\(worker)/Reservations/**", method: "POST"),
        ])
    }

    @Test func taskQueueTokenHasThreePoliciesAndTheQueueClaims() throws {
        let capability = try TaskRouterCapability.taskQueue(
            accountSid: account, authToken: authToken, workspaceSid: workspace, taskQueueSid: queue)
        let (_, claims, _) = try decode(capability.toJWT(ttl: 60))
        #expect(claims.channel == queue && claims.taskqueueSid == queue)
        #expect(claims.exp - (claims.nbf ?? 0) == 60)
        #expect(claims.policies.count == 3)
        #expect(claims.policies[2].url == "https://taskrouter.twilio.com/v1/Workspaces/\(workspace)/TaskQueues/\(queue)")
    }

    @Test func customPoliciesComeLastAndDefaultsCanBeTurnedOff() throws {
        var capability = try TaskRouterCapability.workspace(accountSid: account, authToken: authToken, workspaceSid: workspace)
        capability.allowFetchSelf = false
        capability.addPolicy(CapabilityPolicy(url: capability.workspaceURL + "/Workers/\(worker)", method: "GET", allow: false))
        #expect(capability.policies.count == 3)
        #expect(capability.policies.last?.allow == false)
    }

    @Test func malformedSidsAreRejected() {
        #expect(throws: TaskRouterError.self) {
            try TaskRouterCapability.workspace(accountSid: "XX1", authToken: authToken, workspaceSid: workspace)
        }
        #expect(throws: TaskRouterError.self) {
            try TaskRouterCapability(accountSid: account, authToken: authToken, workspaceSid: workspace, channelId: "WA1")
        }
        #expect(throws: TaskRouterError.self) {
            try TaskRouterCapability.worker(accountSid: account, authToken: authToken, workspaceSid: workspace, workerSid: queue)
        }
    }
}
