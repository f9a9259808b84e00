import Foundation
@testable import TaskRouter
import Testing

/// How API-proxy answers become results and typed errors (spec tokens-and-events §3.5, §4.5).
@Suite struct ProxyResponseTests {
    func unwrap(_ status: Int, _ body: String, reason: String = "Reason") throws(TaskRouterError) -> WireJSON {
        try EventBridge.unwrap(status: status, reason: reason, body: Data(body.utf8))
    }

    @Test func successReturnsThePayload() throws {
        #expect(try unwrap(200, #"{"event_type":null,"payload":{"sid":"WA1"}}"#) == ["sid": "WA1"])
        #expect(try unwrap(200, #"{"event_type":"ready","payload":null}"#) == .null)
        #expect(throws: TaskRouterError.self) { try unwrap(200, "not json") }
    }

    @Test func failuresKeepStatusMessageAndTwilioCode() {
        let body = #"{"code":20404,"message":"The requested resource was not found","more_info":"https://www.twilio.com/docs/errors/20404","status":404}"#
        #expect(throws: TaskRouterError.requestFailed(
            status: 404, message: "The requested resource was not found", twilioCode: 20404,
            moreInfo: "https://www.twilio.com/docs/errors/20404")) { try unwrap(404, body) }
        // No JSON body (Twilio's v1 bridge): the status text is the message.
        #expect(throws: TaskRouterError.requestFailed(status: 403, message: "Forbidden", twilioCode: nil, moreInfo: nil)) {
            try unwrap(403, "", reason: "Forbidden")
        }
    }

    @Test func notImplementedIsItsOwnCase() {
        let body = #"{"code":20501,"message":"Statistics are not implemented yet by this server","status":501}"#
        #expect(throws: TaskRouterError.notImplemented(message: "Statistics are not implemented yet by this server", twilioCode: 20501)) {
            try unwrap(501, body)
        }
    }

    @Test func nestedObjectsAreSentAsJSONText() {
        let parameters: Parameters = ["Configuration": ["task_routing": ["filters": []]], "Available": true, "Skip": nil]
        #expect(parameters.wireForm["Configuration"] == .string(#"{"task_routing":{"filters":[]}}"#))
        #expect(parameters.wireForm["Available"] == true)
        #expect(parameters.wireForm["Skip"] == .null)
    }
}
