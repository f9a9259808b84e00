import Foundation
import SwitchboardCore
import SwitchboardTesting
import Testing

/// Telephony instructions on reservation update: recorded, and acting as an accept when they should
/// (routing-semantics §4.1, §4.7; rest-api §11).
@Suite struct InstructionScenarioTests {
    static func reserved(_ s: Scenario) async throws -> (task: String, r: String, alice: String) {
        let q = try await s.queue("Support")
        let wf = try await s.workflow(Scenario.defaultFilter(q))
        let alice = try await s.worker("Alice")
        let task = try await s.task(workflow: wf)
        return (task, try await s.pendingReservation(task).sid, alice)
    }

    static func recorded(_ s: Scenario, _ r: String) async throws -> (String?, [String: String]?) {
        try await s.state { ($0.reservations[r]?.instruction, $0.reservations[r]?.instructionParameters) }
    }

    @Test func dequeueAcceptsAndRecordsItsParameters() async throws {
        try await Scenario.run { s in
            let (task, r, _) = try await Self.reserved(s)
            let post = s.activities["Offline"]!
            let resp = try await s.answer(task, r, [("Instruction", "dequeue"), ("DequeueFrom", "+15550001"),
                                                    ("DequeuePostWorkActivitySid", post)])
            expectScenarioStatus(resp, 200)
            #expect(resp["reservation_status"] == "accepted")
            #expect(try await s.status(task) == "assigned")
            let (instruction, parameters) = try await Self.recorded(s, r)
            #expect(instruction == "dequeue")
            #expect(parameters?["DequeueFrom"] == "+15550001")
            #expect(parameters?["DequeuePostWorkActivitySid"] == post)
        }
    }

    @Test func conferenceAccepts() async throws {
        try await Scenario.run { s in
            let (task, r, _) = try await Self.reserved(s)
            let resp = try await s.answer(task, r, [("Instruction", "conference"), ("From", "+15550001"), ("Record", "true")])
            expectScenarioStatus(resp, 200)
            #expect(try await s.status(task) == "assigned")
            #expect(try await Self.recorded(s, r).0 == "conference")
        }
    }

    @Test func callAcceptsOnlyWithCallAcceptTrue() async throws {
        try await Scenario.run { s in
            let (task, r, _) = try await Self.reserved(s)
            let held = try await s.answer(task, r, [("Instruction", "call"), ("CallUrl", "https://example.com/twiml"), ("CallAccept", "false")])
            expectScenarioStatus(held, 200)
            #expect(held["reservation_status"] == "pending")
            #expect(try await s.status(task) == "reserved")
            #expect(try await Self.recorded(s, r).0 == "call")
            let taken = try await s.answer(task, r, [("Instruction", "call"), ("CallUrl", "https://example.com/twiml"), ("CallAccept", "true")])
            expectScenarioStatus(taken, 200)
            #expect(taken["reservation_status"] == "accepted")
            #expect(try await s.status(task) == "assigned")
        }
    }

    @Test func redirectAcceptsOnlyWithRedirectAcceptTrue() async throws {
        try await Scenario.run { s in
            let (task, r, _) = try await Self.reserved(s)
            let callSid = "CA" + String(repeating: "a", count: 32)
            let held = try await s.answer(task, r, [("Instruction", "redirect"), ("RedirectCallSid", callSid), ("RedirectUrl", "https://example.com/x")])
            expectScenarioStatus(held, 200)
            #expect(try await s.status(task) == "reserved")
            let taken = try await s.answer(task, r, [("Instruction", "redirect"), ("RedirectCallSid", callSid), ("RedirectAccept", "true")])
            expectScenarioStatus(taken, 200)
            #expect(try await s.status(task) == "assigned")
            #expect(try await Self.recorded(s, r).1?["RedirectCallSid"] == callSid)
        }
    }

    @Test func acceptInstructionAccepts() async throws {
        try await Scenario.run { s in
            let (task, r, _) = try await Self.reserved(s)
            expectScenarioStatus(try await s.answer(task, r, [("Instruction", "accept")]), 200)
            #expect(try await s.status(task) == "assigned")
        }
    }

    @Test func anInstructionContradictingTheStatusIsRefused() async throws {
        try await Scenario.run { s in
            let (task, r, _) = try await Self.reserved(s)
            expectScenarioStatus(try await s.answer(task, r, [("Instruction", "dequeue"), ("ReservationStatus", "rejected")]), 400)
            #expect(try await s.status(task) == "reserved")
            #expect(try await Self.recorded(s, r).0 == nil, "a refused update records nothing")
        }
    }
}
