import Foundation
import TaskRouterWire
import Testing

/// The error body: four keys always, `detail` only when set.
@Suite struct ErrorBodyTests {
    @Test func encodesWithoutDetail() throws {
        let body = ErrorBody(code: 20404, message: "The requested resource /Workspaces/WS1 was not found", status: 404)
        #expect(body.moreInfo == "https://www.twilio.com/docs/errors/20404")
        #expect(
            try wireJSON(body)
                == #"{"code":20404,"message":"The requested resource /Workspaces/WS1 was not found","more_info":"https://www.twilio.com/docs/errors/20404","status":404}"#
        )
    }

    @Test func encodesDetailWhenSet() throws {
        let body = ErrorBody(
            code: 20003, message: "Authenticate", status: 401, detail: "Your AccountSid or AuthToken was incorrect.")
        #expect(
            try wireJSON(body)
                == #"{"code":20003,"detail":"Your AccountSid or AuthToken was incorrect.","message":"Authenticate","more_info":"https://www.twilio.com/docs/errors/20003","status":401}"#
        )
    }

    @Test func customMoreInfoAndParameterError() throws {
        #expect(ErrorBody(code: 1, message: "m", status: 500, moreInfo: "https://x").moreInfo == "https://x")
        let body = ErrorBody(ParameterError(parameter: "Priority", message: "Priority must be an integer, got 'x'"))
        #expect(body == ErrorBody(code: 20001, message: "Priority must be an integer, got 'x'", status: 400))
    }

    @Test func decodesWithEitherDecoder() throws {
        let json = Data(#"{"code":20001,"message":"bad","more_info":"https://m","status":400,"details":{"a":1}}"#.utf8)
        let expected = ErrorBody(code: 20001, message: "bad", status: 400, moreInfo: "https://m")
        #expect(try JSONDecoder().decode(ErrorBody.self, from: json) == expected)
        #expect(try WireCoding.makeDecoder().decode(ErrorBody.self, from: json) == expected)
        let bare = try JSONDecoder().decode(ErrorBody.self, from: Data(#"{"code":20429,"status":429}"#.utf8))
        #expect(bare.moreInfo == "https://www.twilio.com/docs/errors/20429")
        #expect(bare.message == "")
    }
}
