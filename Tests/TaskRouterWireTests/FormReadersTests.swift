import Foundation
import TaskRouterWire
import Testing

/// A wire enum for the reader tests.
private enum TaskOrder: String, CaseIterable {
    case fifo = "FIFO"
    case lifo = "LIFO"
}

private enum AssignmentStatus: String, CaseIterable {
    case pending, reserved, assigned, canceled, completed, wrapping
}

/// The typed readers: nil when absent, `ParameterError` when present and invalid.
@Suite struct FormReadersTests {
    @Test func required() throws {
        let form = FormParameters(encoded: "FriendlyName=Sales&Empty=")
        #expect(try form.required("FriendlyName") == "Sales")
        #expect(throws: ParameterError(parameter: "Missing", message: "Missing required parameter Missing")) {
            try form.required("Missing")
        }
        #expect(throws: ParameterError(parameter: "Empty", message: "Missing required parameter Empty")) {
            try form.required("Empty")
        }
    }

    @Test func stringWithMaxLength() throws {
        let form = FormParameters(encoded: "Name=" + String(repeating: "é", count: 64) + "&Long=" + String(repeating: "x", count: 65))
        #expect(try form.string("Name", maxLength: 64)?.count == 64)
        #expect(try form.string("Long")?.count == 65)
        #expect(try form.string("Absent", maxLength: 1) == nil)
        #expect(throws: ParameterError(parameter: "Long", message: "Long must be at most 64 characters long")) {
            try form.string("Long", maxLength: 64)
        }
    }

    @Test(arguments: [("0", 0), ("42", 42), ("+7", 7), ("-3", -3), ("2147483647", 2_147_483_647)])
    func intParses(_ text: String, _ expected: Int) throws {
        #expect(try FormParameters(pairs: [("N", text)]).int("N") == expected)
    }

    @Test(arguments: ["", " 1", "1.5", "abc", "1e3", "0x10", "99999999999999999999"])
    func intRejects(_ text: String) {
        #expect(throws: ParameterError(parameter: "N", message: "N must be an integer, got '\(text)'")) {
            try FormParameters(pairs: [("N", text)]).int("N")
        }
    }

    @Test func intRange() throws {
        let form = FormParameters(encoded: "Priority=-1&Max=50&Absent2=")
        #expect(try form.int("Absent", range: 0...1) == nil)
        #expect(try form.int("Max", range: 1...50) == 50)
        #expect(throws: ParameterError(parameter: "Priority", message: "Priority must be between 0 and 2147483647")) {
            try form.int("Priority", range: 0...2_147_483_647)
        }
    }

    @Test(arguments: [
        ("true", true), ("TRUE", true), ("True", true), ("1", true), ("yes", true), ("YeS", true),
        ("false", false), ("0", false), ("no", false), ("", false), ("on", false), ("t", false), (" true", false),
    ])
    func boolFollowsTwilioConvention(_ text: String, _ expected: Bool) {
        #expect(FormParameters(pairs: [("Available", text)]).bool("Available") == expected)
    }

    @Test func boolAbsentIsNil() {
        #expect(FormParameters(encoded: "").bool("Available") == nil)
    }

    @Test func date() throws {
        let form = FormParameters(encoded: "StartDate=2016-08-01T22%3A10%3A40Z&Plus=2016-08-01T22:10:40%2B00:00&Bad=now")
        #expect(try form.date("StartDate") == Date(timeIntervalSince1970: 1_470_089_440))
        #expect(try form.date("Plus") == Date(timeIntervalSince1970: 1_470_089_440))
        #expect(try form.date("Absent") == nil)
        #expect(throws: ParameterError.self) { try form.date("Bad") }
    }

    @Test func enumValue() throws {
        let form = FormParameters(encoded: "TaskOrder=LIFO&Bad=lifo")
        #expect(try form.enumValue("TaskOrder", as: TaskOrder.self) == .lifo)
        #expect(try form.enumValue("Absent", as: TaskOrder.self) == nil)
        #expect(
            throws: ParameterError(parameter: "Bad", message: "Invalid value 'lifo' for Bad. Allowed values: FIFO, LIFO")
        ) {
            try form.enumValue("Bad", as: TaskOrder.self)
        }
    }

    @Test func listAcceptsRepeatedKeysAndCommas() throws {
        let form = FormParameters(
            encoded: "AssignmentStatus=pending%2Creserved&AssignmentStatus=assigned&AssignmentStatus=+wrapping+,,")
        #expect(form.list("AssignmentStatus") == ["pending", "reserved", "assigned", "wrapping"])
        #expect(form.list("Absent") == [])
        #expect(
            try form.enumList("AssignmentStatus", as: AssignmentStatus.self) == [
                .pending, .reserved, .assigned, .wrapping,
            ])
        #expect(throws: ParameterError.self) {
            try FormParameters(encoded: "S=pending,bogus").enumList("S", as: AssignmentStatus.self)
        }
    }

    @Test func jsonObject() throws {
        let form = FormParameters(pairs: [
            ("Attributes", #"{"language":"es","skills":[1]}"#), ("Array", "[1]"), ("Broken", "{"), ("Empty", ""),
        ])
        #expect(try form.jsonObject("Attributes") == #"{"language":"es","skills":[1]}"#)
        #expect(try form.jsonObject("Absent") == nil)
        for name in ["Array", "Broken", "Empty"] {
            #expect(throws: ParameterError(parameter: name, message: "\(name) must be a valid JSON object")) {
                try form.jsonObject(name)
            }
        }
    }

    @Test func parameterErrorDescribesItself() {
        #expect(ParameterError(parameter: "P", message: "bad P").description == "bad P")
    }
}
