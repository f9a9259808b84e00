import Foundation
import TaskRouterWire
import Testing

/// The bulk queue statistics request body.
@Suite struct BulkStatisticsRequestTests {
    @Test func acceptsBothSpellings() throws {
        let upper = try TaskQueueBulkRealTimeStatisticsRequest(jsonBody: Data(#"{"QueueSids":["WQ1","WQ2"]}"#.utf8))
        let lower = try TaskQueueBulkRealTimeStatisticsRequest(jsonBody: Data(#"{"queueSids":["WQ3"]}"#.utf8))
        #expect(upper.queueSids == ["WQ1", "WQ2"])
        #expect(lower.queueSids == ["WQ3"])
        #expect(try wireJSON(lower) == #"{"QueueSids":["WQ3"]}"#)
    }

    @Test(arguments: ["", "{}", "[]", #"{"QueueSids":"WQ1"}"#, #"{"QueueSids":[1]}"#, "not json"])
    func rejectsMalformedBodies(_ body: String) {
        #expect(throws: ParameterError.self) {
            try TaskQueueBulkRealTimeStatisticsRequest(jsonBody: Data(body.utf8))
        }
    }
}
