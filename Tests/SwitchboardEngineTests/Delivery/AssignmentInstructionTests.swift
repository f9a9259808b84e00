import SwitchboardCore
import Testing

@Suite struct AssignmentInstructionTests {
    static let json = "application/json"

    /// Every row of routing-semantics §4.7's instruction table, and the `accept` flag's spellings.
    static let table: [(body: String, expected: AssignmentInstruction)] = [
        (#"{"instruction":"accept"}"#, .accept),
        (#"{"instruction":"reject"}"#, .reject(activitySid: nil)),
        (#"{"instruction":"reject","activity_sid":"WA0123"}"#, .reject(activitySid: "WA0123")),
        (#"{"instruction":"reject","activity_sid":""}"#, .reject(activitySid: nil)),
        (#"{"instruction":"dequeue"}"#, .dequeue(postWorkActivitySid: nil)),
        (#"{"instruction":"dequeue","from":"+15550100","post_work_activity_sid":"WA9"}"#, .dequeue(postWorkActivitySid: "WA9")),
        (#"{"instruction":"conference","to":"client:alice"}"#, .conference),
        (#"{"instruction":"call","accept":true,"url":"https://example.com/twiml"}"#, .call(accept: true)),
        (#"{"instruction":"call","accept":"true"}"#, .call(accept: true)),
        (#"{"instruction":"call","accept":false}"#, .call(accept: false)),
        (#"{"instruction":"call","accept":"false"}"#, .call(accept: false)),
        (#"{"instruction":"call"}"#, .call(accept: false)),
        (#"{"instruction":"redirect","accept":true,"call_sid":"CA1","url":"https://example.com"}"#, .redirect(accept: true)),
        (#"{"instruction":"redirect","accept":"true"}"#, .redirect(accept: true)),
        (#"{"instruction":"redirect"}"#, .redirect(accept: false)),
        (#"{"instruction":"hold"}"#, .unknown("hold")),
        (#"{"instruction":"Accept"}"#, .unknown("Accept")),
        (#"{"instruction":42}"#, .unknown("42.0")),
        (#"{"accept":true}"#, .unknown("")),
        (" \n{\"instruction\": \"accept\"}\n", .accept),
    ]

    @Test(arguments: table) func instructionTable(body: String, expected: AssignmentInstruction) {
        #expect(AssignmentInstruction.parse(body: body, contentType: Self.json) == expected)
    }

    @Test func whichInstructionsAccept() {
        let accepting: [AssignmentInstruction] = [.accept, .dequeue(postWorkActivitySid: nil), .conference,
                                                  .call(accept: true), .redirect(accept: true)]
        let notAccepting: [AssignmentInstruction] = [.reject(activitySid: nil), .call(accept: false),
                                                     .redirect(accept: false), .unknown("hold")]
        #expect(accepting.filter(\.accepts).count == accepting.count)
        #expect(notAccepting.filter(\.accepts).isEmpty)
    }

    @Test(arguments: ["", "   ", "\n"]) func anEmptyBodyIsNoInstruction(body: String) {
        #expect(AssignmentInstruction.parse(body: body, contentType: Self.json) == nil)
        #expect(AssignmentInstruction.parse(body: body, contentType: nil) == nil)
    }

    @Test(arguments: ["text/plain", "text/html; charset=utf-8", "application/x-www-form-urlencoded", "application/xml"])
    func aNonJSONContentTypeIsNoInstruction(contentType: String) {
        #expect(AssignmentInstruction.parse(body: #"{"instruction":"accept"}"#, contentType: contentType) == nil)
    }

    @Test(arguments: ["application/json", "application/json; charset=utf-8", "Application/JSON", "application/vnd.api+json"])
    func jsonContentTypes(contentType: String) {
        #expect(AssignmentInstruction.parse(body: #"{"instruction":"accept"}"#, contentType: contentType) == .accept)
    }

    @Test func withoutAContentTypeTheBodyDecides() {
        #expect(AssignmentInstruction.parse(body: #"{"instruction":"accept"}"#, contentType: nil) == .accept)
        #expect(AssignmentInstruction.parse(body: "OK", contentType: nil) == nil)
    }

    @Test(arguments: ["OK", "<Response/>", "[1,2]", "\"accept\"", "{\"instruction\":", "null"])
    func aBodyThatIsNotAJSONObjectIsNoInstruction(body: String) {
        #expect(AssignmentInstruction.parse(body: body, contentType: Self.json) == nil)
    }
}
