import Foundation
import TaskRouterWire
import Testing

/// A plain struct adopting the shared mechanism next to a synthesized-`Codable` conformance.
private struct Probe: Codable, Equatable, WireEncodable {
    var friendlyName: String?
    var taskQueueSid: String?
    var createdAt: Date?
    var count: Int
    var links: [String: String]?
}

/// A type whose stored property cannot be encoded.
private struct Unencodable: WireEncodable {
    struct Opaque: Sendable {}
    var opaque = Opaque()
}

/// The shared encoding mechanism, the encoder/decoder options and `WireJSON`.
@Suite struct WireCodingTests {
    @Test func protocolExtensionEncodeWinsOverSynthesizedConformance() throws {
        let json = try wireJSON(Probe(friendlyName: "A", taskQueueSid: nil, createdAt: nil, count: 2, links: nil))
        #expect(json == #"{"count":2,"created_at":null,"friendly_name":"A","links":null,"task_queue_sid":null}"#)
    }

    @Test func plainJSONEncoderStillUsesWireKeysNullsAndDates() throws {
        let probe = Probe(
            friendlyName: nil, taskQueueSid: "WQ1", createdAt: Date(timeIntervalSince1970: 1_470_089_440), count: 0,
            links: ["real_time_statistics": "https://x/a"])
        let encoder = JSONEncoder()
        encoder.outputFormatting = .sortedKeys
        let json = String(decoding: try encoder.encode(probe), as: UTF8.self)
        #expect(
            json == #"{"count":0,"created_at":"2016-08-01T22:10:40Z","friendly_name":null,"links":{"real_time_statistics":"https:\/\/x\/a"},"task_queue_sid":"WQ1"}"#
        )
    }

    @Test func nonEncodablePropertyThrows() {
        #expect(throws: EncodingError.self) { try wireJSON(Unencodable()) }
    }

    @Test func concurrentEncodingIsConsistent() async throws {
        let expected = try wireJSON(TaskResource(age: 1, sid: "WT1"))
        let results = try await withThrowingTaskGroup(of: String.self) { group in
            for _ in 0..<32 { group.addTask { try wireJSON(TaskResource(age: 1, sid: "WT1")) } }
            return try await group.reduce(into: []) { $0.append($1) }
        }
        #expect(results.count == 32)
        #expect(results.allSatisfy { $0 == expected })
    }

    @Test func encoderFormatsDatesOutsideWireTypesAndDoesNotEscapeSlashes() throws {
        let json = try wireJSON(["at": Date(timeIntervalSince1970: 1_470_089_440.75)])
        #expect(json == #"{"at":"2016-08-01T22:10:40Z"}"#)
        #expect(try wireJSON(["u": "http://a/b"]) == #"{"u":"http://a/b"}"#)
    }

    @Test func decoderKeepsLinksAndEventDataKeysVerbatim() throws {
        let json = #"""
            {"account_sid":"AC1","event_data":{"worker_sid":"WK1","deep":{"task_queue_sid":"WQ1"}},
             "event_date":"2016-08-01T22:10:40.123+00:00","event_date_ms":1470089440123,"links":null,
             "url":"https://x/e"}
            """#
        let event = try WireCoding.makeDecoder().decode(EventResource.self, from: Data(json.utf8))
        #expect(event.accountSid == "AC1")
        #expect(event.eventData == ["worker_sid": "WK1", "deep": ["task_queue_sid": "WQ1"]])
        #expect(event.eventDateMs == 1_470_089_440_123)
        #expect(event.eventDate.map(WireCoding.formatDate) == "2016-08-01T22:10:40Z")
        #expect(event.sid == nil)  // absent keys decode as nil

        let task = try WireCoding.makeDecoder().decode(
            TaskResource.self,
            from: Data(#"{"age":3,"assignment_status":"pending","priority":1,"timeout":9,"links":{"task_queue":"q"}}"#.utf8))
        #expect(task.links == ["task_queue": "q"])
    }

    @Test func decoderRejectsBadDates() {
        let json = #"{"date_created":"yesterday","prioritize_queue_order":"FIFO"}"#
        #expect(throws: DecodingError.self) {
            try WireCoding.makeDecoder().decode(WorkspaceResource.self, from: Data(json.utf8))
        }
    }

    @Test func tasksByPriorityKeysSurvive() throws {
        let stats = WorkflowRealTimeStatistics(tasksByPriority: ["0": 10, "99": 5, "10": 1])
        let json = try wireJSON(stats)
        #expect(json.contains(#""tasks_by_priority":{"0":10,"10":1,"99":5}"#))
        let back = try WireCoding.makeDecoder().decode(WorkflowRealTimeStatistics.self, from: Data(json.utf8))
        #expect(back == stats)
    }

    @Test func sectionsConvertBothWays() {
        let section = TaskQueueStatistics.RealTime(longestTaskWaitingAge: 7, totalTasks: 3)
        let standalone = TaskQueueRealTimeStatistics(
            accountSid: "AC1", taskQueueSid: "WQ1", workspaceSid: "WS1", url: "u", section: section)
        #expect(standalone.longestTaskWaitingAge == 7)
        #expect(standalone.taskQueueSid == "WQ1")
        #expect(standalone.section == section)
    }

    @Test func wireJSONDecodesEveryKind() throws {
        let value = try WireJSON(jsonText: #"{"a_b":[null,true,false,1,-2,1.5,"s",{}],"big":1e300}"#)
        #expect(value == ["a_b": [nil, true, false, 1, -2, 1.5, "s", [:]], "big": .double(1e300)])
        #expect(try wireJSON(value) == #"{"a_b":[null,true,false,1,-2,1.5,"s",{}],"big":1e+300}"#)
        #expect(throws: (any Error).self) { try WireJSON(jsonText: "{") }
    }
}
