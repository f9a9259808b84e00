public import Foundation

/// The JSON body of `POST {WS}/TaskQueues/RealTimeStatistics`: `{"QueueSids": ["WQ…", …]}`.
///
/// Twilio documents `QueueSids` but its own example sends `queueSids`; both are accepted, and
/// `QueueSids` is what gets encoded. Checking the count (1…50) and the SIDs is the caller's job.
/// ```swift
/// let request = try TaskQueueBulkRealTimeStatisticsRequest(jsonBody: body)
/// ```
public struct TaskQueueBulkRealTimeStatisticsRequest: Codable, Hashable, Sendable {
    /// The requested TaskQueue SIDs, in order.
    public var queueSids: [String]

    /// Creates a request for these queues.
    public init(queueSids: [String]) {
        self.queueSids = queueSids
    }

    /// Parses a request body; not JSON, no `QueueSids`/`queueSids` array of strings → ``ParameterError``.
    public init(jsonBody: Data) throws(ParameterError) {
        do {
            self = try JSONDecoder().decode(Self.self, from: jsonBody)
        } catch {
            throw ParameterError(
                parameter: "QueueSids", message: "The body must be a JSON object with a QueueSids array of strings")
        }
    }

    private enum CodingKeys: String, CodingKey {
        case queueSids = "QueueSids"
        case lowerQueueSids = "queueSids"
    }

    /// Decodes `QueueSids`, or `queueSids` when the former is absent.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        if container.contains(.queueSids) {
            queueSids = try container.decode([String].self, forKey: .queueSids)
        } else {
            queueSids = try container.decode([String].self, forKey: .lowerQueueSids)
        }
    }

    /// Encodes `{"QueueSids": […]}`.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(queueSids, forKey: .queueSids)
    }
}
