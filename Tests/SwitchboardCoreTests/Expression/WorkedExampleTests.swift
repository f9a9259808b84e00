import SwitchboardCore
import Testing

/// Every worked example of spec §1.9.
struct WorkedExampleTests {
    struct Example: Sendable, CustomTestStringConvertible {
        let number: String
        let context: ExpressionContextKind
        let text: String
        let expected: Bool
        var testDescription: String { "#\(number) \(text)" }
    }

    static let examples: [Example] = [
        .init(number: "1", context: .workflowFilter, text: "1==1", expected: true),
        .init(number: "2", context: .workflowFilter, text: #"type == "support""#, expected: true),
        .init(number: "3", context: .workflowFilter, text: "type == 'Support'", expected: false),
        .init(number: "4", context: .workflowFilter, text: "type = 'support'", expected: true),
        .init(number: "5", context: .workflowFilter, text: "priority_level >= 5", expected: true),
        .init(number: "6", context: .workflowFilter, text: "priority_level > 5.0", expected: false),
        .init(number: "7", context: .workflowFilter, text: "score > 40", expected: true),
        .init(number: "8", context: .workflowFilter, text: "score == 42", expected: true),
        .init(number: "9", context: .workflowFilter, text: "count == false", expected: false),
        .init(number: "10", context: .workflowFilter, text: "language IN ['en','es']", expected: true),
        .init(number: "11", context: .workflowFilter, text: #"language not in ["en", "es"]"#, expected: false),
        .init(number: "12", context: .workflowFilter, text: "language <- ['fr']", expected: false),
        .init(number: "13", context: .workflowFilter, text: "customer.tier == 'gold' AND vip == true", expected: true),
        .init(number: "14", context: .workflowFilter, text: "customer.tags HAS 'vip'", expected: true),
        .init(number: "15", context: .workflowFilter, text: "customer.tags >- 'gold'", expected: false),
        .init(number: "16", context: .workflowFilter, text: "customer.tags[1] == 'renewal'", expected: true),
        .init(number: "17", context: .workflowFilter, text: "customer.tags[9] == null", expected: true),
        .init(number: "18", context: .workflowFilter, text: "missing_key == null", expected: true),
        .init(number: "19", context: .workflowFilter, text: "nothing == null", expected: true),
        .init(number: "20", context: .workflowFilter, text: "missing_key != null", expected: false),
        .init(number: "20b", context: .workflowFilter, text: "preferred_agents != null", expected: true),
        .init(number: "20c", context: .workflowFilter, text: "customer.tags != 'vip'", expected: false),
        .init(number: "21", context: .workflowFilter, text: "missing_key != 'x'", expected: true),
        .init(number: "22", context: .workflowFilter, text: "missing_key > 0", expected: false),
        .init(number: "23", context: .workflowFilter, text: "subject CONTAINS 'Refund'", expected: true),
        .init(number: "24", context: .workflowFilter, text: "subject CONTAINS 'refund'", expected: false),
        .init(number: "25", context: .workflowFilter, text: "type HAS 'support'", expected: false),
        .init(number: "26", context: .workflowFilter, text: "customer.tags == 'vip'", expected: false),
        .init(number: "27", context: .workflowFilter, text: "customer.tags IN ['vip']", expected: false),
        .init(number: "28", context: .workflowFilter, text: "type == 'support' OR language == 'fr' AND vip == false", expected: true),
        .init(number: "29", context: .workflowFilter, text: "(type == 'support' OR language == 'fr') AND vip == false", expected: false),
        .init(number: "30", context: .workflowFilter, text: "vip", expected: true),
        .init(number: "31", context: .workflowFilter, text: "count", expected: false),
        .init(number: "32", context: .targetWorkers, text: #"skills HAS "support" AND level > 2"#, expected: true),
        .init(number: "33", context: .targetWorkers, text: "languages HAS 'fr' OR certified == true", expected: false),
        .init(number: "34", context: .targetWorkers, text: "friendly_name IN ['Alice','Bob']", expected: true),
        .init(number: "35", context: .targetWorkers, text: "level == 3.0", expected: true),
        .init(number: "36", context: .workflowTarget, text: "task.language IN worker.languages", expected: true),
        .init(number: "37", context: .workflowTarget, text: "worker.id IN task.preferred_agents", expected: true),
        .init(number: "38", context: .workflowTarget, text: "task.customer.tier == 'gold' AND worker.level >= 3", expected: true),
        .init(number: "39", context: .workflowTarget, text: "worker.sid NOT IN task.do_not_contact", expected: false),
        .init(number: "40", context: .workflowTarget, text: "worker.sid NOT IN task.preferred_agents", expected: true),
        .init(number: "41", context: .workflowTarget, text: "worker.activity_name == 'Available'", expected: true),
        .init(number: "42", context: .workflowTarget, text: "skills HAS 'support'", expected: true),
        .init(number: "43", context: .workflowTarget, text: "task.type == worker.type", expected: false),
        .init(number: "44", context: .workflowFilter,
              text: "taskrouter.dayOfWeek IN ['Mon','Tue'] AND taskrouter.currentTime > 0800", expected: true),
        .init(number: "45", context: .workflowFilter, text: "taskrouter.currentHour > 8", expected: true),
    ]

    @Test(arguments: examples)
    func evaluatesWorkedExample(_ example: Example) throws {
        #expect(try ExpressionFixtures.evaluate(example.text, example.context) == example.expected)
    }

    struct Rejected: Sendable, CustomTestStringConvertible {
        let number: String
        let text: String
        let detail: String
        let position: Int
        var testDescription: String { "#\(number) \(text)" }
    }

    static let rejected: [Rejected] = [
        .init(number: "46", text: "skill-level > 3", detail: "unexpected '-' at position 5, expected an operator", position: 5),
        .init(number: "47", text: "type ==", detail: "unexpected end of expression at position 7, expected an operand", position: 7),
        .init(number: "48", text: "NOT (vip == true)", detail: "unexpected 'NOT' at position 0, expected an operand or '('", position: 0),
        .init(number: "49", text: "a == b == c",
              detail: "unexpected '==' at position 7, expected AND, OR or end of expression", position: 7),
        .init(number: "50", text: "skills HAS *", detail: "unexpected '*' at position 11, expected an operand", position: 11),
    ]

    @Test(arguments: rejected)
    func rejectsWorkedExample(_ example: Rejected) {
        for context in ExpressionContextKind.allCases {
            #expect(throws: ExpressionError(message: "Invalid expression \"\(example.text)\": \(example.detail)",
                                            position: example.position)) {
                try Expression.parse(example.text, context: context)
            }
        }
    }

    /// The skip examples: the queue has 1 worker in an available activity, 2 in Offline (WA00).
    @Test(arguments: [
        ("workers.available == 0", false),
        ("workers.unavailable == 2", true),
        ("workers.WA00 < 2", false),
        ("1==1", true),
    ])
    func evaluatesSkipExample(_ text: String, _ expected: Bool) throws {
        let counts = WorkerCounts(available: 1, unavailable: 2, byActivitySid: ["WA01": 1, "WA00": 2])
        let expression = try Expression.parse(text, context: .skipIf)
        let scope = ExpressionScope.step(task: ExpressionFixtures.task, workers: counts, now: ExpressionFixtures.monday0905)
        #expect(expression.evaluate(scope) == expected)
    }
}
