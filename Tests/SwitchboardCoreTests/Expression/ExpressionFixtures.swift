import Foundation
import SwitchboardCore

/// The documents of spec §1.9 and a pinned instant (Monday 2025-01-06 09:05 UTC).
enum ExpressionFixtures {
    static let task: JSONValue = try! JSONValue.parse("""
        { "type": "support", "priority_level": 5, "language": "es", "score": "42", "count": 0,
          "vip": true, "subject": "Refund request for order",
          "customer": { "tier": "gold", "tags": ["vip", "renewal"] },
          "preferred_agents": ["agent01", "agent04"], "nothing": null }
        """)

    static let worker: JSONValue = try! JSONValue.parse("""
        { "skills": ["support", "sales"], "languages": ["en", "es"], "level": 3, "id": "agent04",
          "english_level": 7, "certified": false }
        """)

    static let workerFields = WorkerFields(
        sid: "WK01", friendlyName: "Alice", activitySid: "WA01", activityName: "Available",
        channels: ["voice": .init(configuredCapacity: 2, assignedTasks: 1, availableCapacityPercentage: 50)])

    /// 2025-01-06 09:05:00 UTC, a Monday.
    static let monday0905 = Date(timeIntervalSince1970: 1_736_154_300)

    /// Parses and evaluates `text` in `context` against the §1.9 documents.
    static func evaluate(_ text: String, _ context: ExpressionContextKind, now: Date = monday0905,
                         task: JSONValue = task, worker: JSONValue = worker,
                         fields: WorkerFields? = workerFields, counts: WorkerCounts = WorkerCounts()) throws -> Bool {
        let expression = try Expression.parse(text, context: context)
        let scope = ExpressionScope(taskAttributes: task, workerAttributes: worker, workerFields: fields,
                                    workerCounts: counts, now: now)
        return expression.evaluate(scope)
    }
}
