import Foundation
import SwitchboardCore
import SwitchboardEngine
import Testing

@Suite struct AssignmentCallbackClientTests {
    static let primary = "https://app.test/assignment"
    static let fallback = "https://backup.test/assignment"
    static let form = [FormField("ReservationSid", "WR1")]
    static let accept = CallbackResponse(status: 200, contentType: "application/json", body: #"{"instruction":"accept"}"#)

    @Test func anInstructionFromThePrimaryURL() async {
        let transport = FakeCallbackTransport(defaultResponse: Self.accept)
        let outcome = await AssignmentCallbackClient(transport: transport).send(url: Self.primary, fallbackURL: Self.fallback, form: Self.form)
        #expect(outcome == .instruction(.accept))
        #expect(transport.requests.map(\.url) == [Self.primary])
        #expect(transport.requests.first?.timeout == 5)
        #expect(transport.requests.first?.form == Self.form)
        #expect(transport.requests.first?.header("Content-Type") == "application/x-www-form-urlencoded")
    }

    @Test(arguments: [CallbackResponse(status: nil), CallbackResponse(status: 500), CallbackResponse(status: 404),
                      CallbackResponse(status: 301, contentType: "application/json", body: #"{"instruction":"accept"}"#)])
    func aFailedPrimaryFallsBackWithTheSameForm(failure: CallbackResponse) async {
        let transport = FakeCallbackTransport(defaultResponse: Self.accept)
        transport.script(Self.primary, failure)
        let outcome = await AssignmentCallbackClient(transport: transport).send(url: Self.primary, fallbackURL: Self.fallback, form: Self.form)
        #expect(outcome == .instruction(.accept))
        #expect(transport.requests.map(\.url) == [Self.primary, Self.fallback])
        #expect(transport.requests.map(\.form) == [Self.form, Self.form])
    }

    @Test func failedWhenBothFail() async {
        let transport = FakeCallbackTransport(defaultResponse: CallbackResponse(status: 503))
        transport.script(Self.primary, CallbackResponse(status: nil))
        let outcome = await AssignmentCallbackClient(transport: transport).send(url: Self.primary, fallbackURL: Self.fallback, form: Self.form)
        #expect(outcome == .failed)
        #expect(transport.requests.count == 2)
    }

    @Test(arguments: [String?.none, ""]) func failedWithoutAFallback(fallback: String?) async {
        let transport = FakeCallbackTransport(defaultResponse: CallbackResponse(status: nil))
        let outcome = await AssignmentCallbackClient(transport: transport).send(url: Self.primary, fallbackURL: fallback, form: Self.form)
        #expect(outcome == .failed)
        #expect(transport.requests.map(\.url) == [Self.primary])
    }

    @Test(arguments: [CallbackResponse(status: 200), CallbackResponse(status: 204, contentType: "application/json"),
                      CallbackResponse(status: 200, contentType: "text/plain", body: #"{"instruction":"accept"}"#),
                      CallbackResponse(status: 200, contentType: "application/json", body: "not json")])
    func aSuccessWithoutAnInstructionDoesNotFallBack(response: CallbackResponse) async {
        let transport = FakeCallbackTransport(defaultResponse: Self.accept)
        transport.script(Self.primary, response)
        let outcome = await AssignmentCallbackClient(transport: transport).send(url: Self.primary, fallbackURL: Self.fallback, form: Self.form)
        #expect(outcome == .noInstruction)
        #expect(transport.requests.map(\.url) == [Self.primary])
    }

    @Test func anUnknownInstructionIsReported() async {
        let transport = FakeCallbackTransport(defaultResponse: CallbackResponse(status: 200, contentType: "application/json",
                                                                                 body: #"{"instruction":"hold"}"#))
        let outcome = await AssignmentCallbackClient(transport: transport).send(url: Self.primary, fallbackURL: nil, form: Self.form)
        #expect(outcome == .instruction(.unknown("hold")))
    }

    @Test func theCallbackBody() {
        let form = AssignmentCallbackClient.form(
            accountSid: "AC1", workspaceSid: "WS1", workflowSid: "WW1", taskQueueSid: "WQ1", workerSid: "WK1",
            workerAttributes: #"{"skills":["en"]}"#, taskSid: "WT1", taskAttributes: #"{"type":"support"}"#,
            taskAge: 42, taskPriority: 5, reservationSid: "WR1", timestamp: Date(timeIntervalSince1970: 1_767_225_600.75))
        #expect(form.map(\.name) == ["AccountSid", "WorkspaceSid", "WorkflowSid", "TaskQueueSid", "WorkerSid", "WorkerAttributes",
                                     "TaskSid", "TaskAttributes", "TaskAge", "TaskPriority", "ReservationSid", "Timestamp"])
        #expect(form.map(\.value) == ["AC1", "WS1", "WW1", "WQ1", "WK1", #"{"skills":["en"]}"#, "WT1", #"{"type":"support"}"#,
                                      "42", "5", "WR1", "1767225600"])
    }
}
