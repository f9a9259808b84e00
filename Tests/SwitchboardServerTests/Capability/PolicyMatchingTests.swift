import Foundation
import SwitchboardServer
import TaskRouterWire
import Testing

/// URL wildcards, filters, specificity and path normalisation of capability policies.
@Suite("Capability policies: matching rules")
struct PolicyMatchingTests {
    static let ws = "https://taskrouter.twilio.com/v1/Workspaces/WS1"

    func decide(_ policies: [CapabilityPolicy], _ method: String, _ path: String, form: [(String, String)] = [],
                query: [(String, String)] = []) -> PolicyDecision {
        PolicyEvaluator.decide(policies, PolicyRequest(method: method, path: path, query: FormParameters(pairs: query),
                                                       form: FormParameters(pairs: form)))
    }

    @Test("`/*` matches exactly one more segment", arguments: [
        ("/v1/Workspaces/WS1", true), ("/v1/Workspaces/", false), ("/v1/Workspaces", false),
        ("/v1/Workspaces/WS1/TaskQueues", false),
    ])
    func childWildcard(_ path: String, _ allowed: Bool) {
        let policies = [CapabilityPolicy(url: "https://taskrouter.twilio.com/v1/Workspaces/*", method: "GET")]
        #expect(decide(policies, "GET", path) == (allowed ? .allowed : .denied))
    }

    @Test("`/**` matches one or more segments, and the prefix itself; not a longer SID nor the parent", arguments: [
        ("/v1/Workspaces/WS1/TaskQueues", true), ("/v1/Workspaces/WS1/TaskQueues/WQ1", true),
        ("/v1/Workspaces/WS1/Workers/WK1/Statistics", true), ("/v1/Workspaces/WS1", true),
        ("/v1/Workspaces/WS1x", false), ("/v1/Workspaces/WS1x/Activities", false), ("/v1/Workspaces", false),
    ])
    func recursiveWildcard(_ path: String, _ allowed: Bool) {
        let policies = [CapabilityPolicy(url: "\(Self.ws)/**", method: "GET")]
        #expect(decide(policies, "GET", path) == (allowed ? .allowed : .denied))
    }

    @Test("Host, scheme, query and trailing slashes do not matter; case does")
    func normalisation() {
        let policies = [CapabilityPolicy(url: "https://example.org:8443/v1/Workspaces/WS1/?x=1", method: "get")]
        #expect(decide(policies, "GET", "/v1/Workspaces/WS1") == .allowed)
        #expect(decide(policies, "GET", "http://localhost:8080/v1/Workspaces/WS1//") == .allowed)
        #expect(decide(policies, "get", "/v1/Workspaces/WS1/") == .allowed)
        #expect(decide(policies, "GET", "/v1/workspaces/WS1") == .denied)
        #expect(decide(policies, "GET", "/v1/Workspaces/ws1") == .denied)
        #expect(decide(policies, "POST", "/v1/Workspaces/WS1") == .denied)
        // A custom base URL with a path prefix still matches the /v1 paths.
        let prefixed = [CapabilityPolicy(url: "https://host/switchboard/v1/Workspaces/WS1", method: "GET")]
        #expect(decide(prefixed, "GET", "/v1/Workspaces/WS1") == .allowed)
    }

    @Test("Escapes through `..`, `.`, encoded slashes and backslashes are refused", arguments: [
        "/v1/Workspaces/WS1/../WS2", "/v1/Workspaces/WS1/%2E%2E/WS2", "/v1/Workspaces/WS1%2F..%2FWS2/Activities",
        "/v1/Workspaces/WS1/Workers%2FWK2", "/v1/Workspaces/WS1/./Activities", "/v1/Workspaces/WS1/%5C..%5CWS2",
        "/v1/Workspaces/WS1/%zz",
    ])
    func escapes(_ path: String) {
        let policies = [CapabilityPolicy(url: "\(Self.ws)/**", method: "GET")]
        #expect(decide(policies, "GET", path) == .denied)
    }

    @Test("A policy URL with `..` matches nothing")
    func policyEscape() {
        let policies = [CapabilityPolicy(url: "\(Self.ws)/Workers/WK1/../../**", method: "GET")]
        #expect(decide(policies, "GET", "/v1/Workspaces/WS1/Workers/WK1") == .denied)
        #expect(decide(policies, "GET", "/v1/Workspaces/WS2") == .denied)
    }

    @Test("Percent-encoded letters are compared decoded (as the controllers see them)")
    func encodedLetters() {
        let deny = [CapabilityPolicy(url: "\(Self.ws)/**", method: "GET"),
                    CapabilityPolicy(url: "\(Self.ws)/Workers/WK1", method: "GET", allow: false)]
        #expect(decide(deny, "GET", "/v1/Workspaces/WS1/Workers/%57K1") == .denied)
        #expect(decide(deny, "GET", "/v1/Workspaces/WS1/Workers/WK2") == .allowed)
    }

    @Test("A literal post_filter value matches only that sole parameter")
    func literalFilter() {
        let policies = [CapabilityPolicy(url: "\(Self.ws)/Workers/WK1", method: "POST", postFilter: ["FriendlyName": .literal("Alice")])]
        let path = "/v1/Workspaces/WS1/Workers/WK1"
        #expect(decide(policies, "POST", path, form: [("FriendlyName", "Alice")]) == .allowed)
        #expect(decide(policies, "POST", path, form: [("FriendlyName", "Bob")]) == .denied)
        #expect(decide(policies, "POST", path, form: [("FriendlyName", "Alice"), ("Attributes", "{}")]) == .denied)
        #expect(decide(policies, "POST", path) == .denied)
    }

    @Test("Required, optional and pinned matchers", arguments: [
        ([("FriendlyName", "x")], true), ([("FriendlyName", "x"), ("Status", "y")], true),
        ([("FriendlyName", "x"), ("Foo", "bar")], true), ([("Status", "y")], false),
        ([("FriendlyName", "x"), ("Foo", "baz")], false), ([("FriendlyName", "x"), ("Other", "1")], false),
    ])
    func matchers(_ form: [(String, String)], _ allowed: Bool) {
        let filter: [String: FilterRequirement] = [
            "FriendlyName": .required, "Status": .optional, "Foo": .matcher(required: false, value: "bar"),
        ]
        let policies = [CapabilityPolicy(url: "\(Self.ws)/Workers/WK1", method: "POST", postFilter: filter)]
        #expect(decide(policies, "POST", "/v1/Workspaces/WS1/Workers/WK1", form: form) == (allowed ? .allowed : .denied))
    }

    @Test("query_filter constrains GET query parameters")
    func queryFilter() {
        let policies = [CapabilityPolicy(url: "\(Self.ws)/Tasks", method: "GET", queryFilter: ["AssignmentStatus": .literal("pending")])]
        #expect(decide(policies, "GET", "/v1/Workspaces/WS1/Tasks", query: [("AssignmentStatus", "pending")]) == .allowed)
        #expect(decide(policies, "GET", "/v1/Workspaces/WS1/Tasks", query: [("AssignmentStatus", "assigned")]) == .denied)
        #expect(decide(policies, "GET", "/v1/Workspaces/WS1/Tasks") == .denied)
    }

    @Test("An explicit deny on one worker beats an allow on the whole workspace")
    func mostSpecificDeny() {
        let policies = [CapabilityPolicy(url: "\(Self.ws)/**", method: "GET"),
                        CapabilityPolicy(url: "\(Self.ws)/Workers/WK1", method: "GET", allow: false)]
        #expect(decide(policies, "GET", "/v1/Workspaces/WS1/Workers/WK1") == .denied)
        #expect(decide(policies, "GET", "/v1/Workspaces/WS1/Workers/WK2") == .allowed)
        #expect(decide(policies, "GET", "/v1/Workspaces/WS1/Workers/WK1/Channels") == .allowed)
    }

    @Test("Specificity: literal over `/*` over `/**`, longer prefix first, filtered over unfiltered")
    func specificity() {
        let path = "/v1/Workspaces/WS1/Workers/WK1"
        let star = CapabilityPolicy(url: "\(Self.ws)/Workers/*", method: "GET", allow: false)
        let starStar = CapabilityPolicy(url: "\(Self.ws)/Workers/**", method: "GET")
        #expect(decide([star, starStar], "GET", path) == .denied)
        let literal = CapabilityPolicy(url: "\(Self.ws)/Workers/WK1", method: "GET")
        #expect(decide([star, starStar, literal], "GET", path) == .allowed)
        let filtered = CapabilityPolicy(url: "\(Self.ws)/Workers/WK1", method: "POST", allow: false, postFilter: ["ActivitySid": .required])
        let plain = CapabilityPolicy(url: "\(Self.ws)/Workers/WK1", method: "POST")
        #expect(decide([plain, filtered], "POST", path, form: [("ActivitySid", "WA1")]) == .denied)
        #expect(decide([plain, filtered], "POST", path, form: [("FriendlyName", "x")]) == .allowed)
    }

    @Test("Equally specific rules that disagree make the token invalid; duplicates do not")
    func conflicts() {
        let allow = CapabilityPolicy(url: "\(Self.ws)/Activities", method: "GET")
        let deny = CapabilityPolicy(url: "\(Self.ws)/Activities", method: "GET", allow: false)
        #expect(decide([allow, deny], "GET", "/v1/Workspaces/WS1/Activities") == .conflicting)
        #expect(decide([allow, allow], "GET", "/v1/Workspaces/WS1/Activities") == .allowed)
    }

    @Test("No policy, no access")
    func defaultDeny() {
        #expect(decide([], "GET", "/v1/Workspaces/WS1") == .denied)
    }
}
