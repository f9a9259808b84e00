import SwitchboardCore
import Testing

/// Spec §2.1 validation: every problem is reported, each with where it is.
struct WorkflowConfigurationValidationTests {
    @Test(arguments: [
        ("{", ["configuration is not valid JSON: Unexpected end of input at offset 1, expected a member name"]),
        (#"{"task_routing": {"filters": [}}"#,
         ["configuration is not valid JSON: Unexpected character '}' at offset 30, expected a JSON value"]),
        ("[]", ["configuration must be a JSON object, got []"]),
        (#""text""#, [#"configuration must be a JSON object, got "text""#]),
        ("{}", ["task_routing is required"]),
        (#"{"task_routing": null}"#, ["task_routing is required"]),
        (#"{"task_routing": []}"#, ["task_routing must be an object, got []"]),
        (#"{"task_routing": {"filters": {}}}"#, ["task_routing.filters must be an array, got {}"]),
        (#"{"task_routing": {"filters": ["x"]}}"#, [#"task_routing.filters[0] must be an object, got "x""#]),
        (#"{"task_routing": {"filters": [{"targets": [{"queue": "WQgold"}]}]}}"#, ["task_routing.filters[0].expression is required"]),
        (#"{"task_routing": {"filters": [{"expression": 1, "targets": [{"queue": "WQgold"}]}]}}"#,
         ["task_routing.filters[0].expression must be a string, got 1"]),
        (#"{"task_routing": {"filters": [{"expression": "", "targets": [{"queue": "WQgold"}]}]}}"#,
         [#"task_routing.filters[0].expression: Invalid expression "": expression is empty"#]),
        (#"{"task_routing": {"filters": [{"expression": "skill-level > 3", "targets": [{"queue": "WQgold"}]}]}}"#,
         [#"task_routing.filters[0].expression: Invalid expression "skill-level > 3": unexpected '-' at position 5, expected an operator"#]),
        (#"{"task_routing": {"filters": [{"expression": "1==1", "filter_friendly_name": 5, "targets": [{"queue": "WQgold"}]}]}}"#,
         ["task_routing.filters[0].filter_friendly_name must be a string, got 5"]),
        (#"{"task_routing": {"filters": [{"expression": "1==1"}]}}"#, ["task_routing.filters[0].targets is required"]),
        (#"{"task_routing": {"filters": [{"expression": "1==1", "targets": []}]}}"#,
         ["task_routing.filters[0].targets must contain at least one target"]),
        (#"{"task_routing": {"filters": [{"expression": "1==1", "targets": {"queue": "WQgold"}}]}}"#,
         [#"task_routing.filters[0].targets must be an array, got {"queue":"WQgold"}"#]),
        (#"{"task_routing": {"filters": [{"expression": "1==1", "targets": [7]}]}}"#,
         ["task_routing.filters[0].targets[0] must be an object, got 7"]),
        (#"{"task_routing": {"default_filter": "WQdefault"}}"#, [#"task_routing.default_filter must be an object, got "WQdefault""#]),
        (#"{"task_routing": {"default_filter": {}}}"#, ["task_routing.default_filter.queue is required"]),
        (#"{"task_routing": {"default_filter": {"queue": "WQnope"}}}"#,
         [#"task_routing.default_filter.queue: TaskQueue "WQnope" does not exist in this workspace"#]),
        (#"{"task_routing": {"default_filter": {"queue": "WQdefault", "priority": -1, "expression": "a ==", "order_by": "x"}}}"#,
         ["task_routing.default_filter.priority must be an integer from 0 to 2147483647 (or such an integer as a string), got -1",
          #"task_routing.default_filter.expression: Invalid expression "a ==": unexpected end of expression at position 4, expected an operand"#,
          #"task_routing.default_filter.order_by: Invalid order_by "x": unexpected 'x' at position 0, expected a path starting with 'worker.'"#]),
    ] as [(String, [String])])
    func reportsDocumentProblems(_ text: String, _ problems: [String]) {
        #expect(WorkflowFixtures.problems(text) == problems)
    }

    @Test(arguments: [
        (#""priority": 5"#, ["task_routing.filters[0].targets[0].queue is required on the first target of a filter"]),
        (#""queue": 5"#, ["task_routing.filters[0].targets[0].queue must be a string (a TaskQueue SID), got 5"]),
        (#""task_queue_sid": ["WQgold"]"#,
         [#"task_routing.filters[0].targets[0].task_queue_sid must be a string (a TaskQueue SID), got ["WQgold"]"#]),
        (#""queue": "WQnope""#, [#"task_routing.filters[0].targets[0].queue: TaskQueue "WQnope" does not exist in this workspace"#]),
        (#""queue": """#, [#"task_routing.filters[0].targets[0].queue: TaskQueue "" does not exist in this workspace"#]),
        (#""task_queue_sid": "WQnope""#,
         [#"task_routing.filters[0].targets[0].task_queue_sid: TaskQueue "WQnope" does not exist in this workspace"#]),
        (#""queue": "WQgold", "task_queue_sid": "WQsilver""#,
         [#"task_routing.filters[0].targets[0]: queue "WQgold" and task_queue_sid "WQsilver" disagree"#]),
    ])
    func reportsQueueProblems(_ members: String, _ problems: [String]) {
        #expect(WorkflowFixtures.problems(WorkflowFixtures.withTarget(members)) == problems)
    }

    static let priorityRule = "must be an integer from 0 to 2147483647 (or such an integer as a string)"
    static let timeoutRule = "must be a positive integer number of seconds (or such an integer as a string)"

    @Test(arguments: [
        (#""priority": -1"#, "priority \(priorityRule), got -1"),
        (#""priority": 1.5"#, "priority \(priorityRule), got 1.5"),
        (#""priority": 2147483648"#, "priority \(priorityRule), got 2147483648"),
        (#""priority": "abc""#, #"priority \#(priorityRule), got "abc""#),
        (#""priority": "10.0""#, #"priority \#(priorityRule), got "10.0""#),
        (#""priority": " 10""#, #"priority \#(priorityRule), got " 10""#),
        (#""priority": """#, #"priority \#(priorityRule), got """#),
        (#""priority": "-3""#, #"priority \#(priorityRule), got "-3""#),
        (#""priority": true"#, "priority \(priorityRule), got true"),
        (#""priority": [1]"#, "priority \(priorityRule), got [1]"),
        (#""timeout": 0"#, "timeout \(timeoutRule), got 0"),
        (#""timeout": -5"#, "timeout \(timeoutRule), got -5"),
        (#""timeout": 2.5"#, "timeout \(timeoutRule), got 2.5"),
        (#""timeout": "0""#, #"timeout \#(timeoutRule), got "0""#),
        (#""timeout": "x""#, #"timeout \#(timeoutRule), got "x""#),
        (#""timeout": 1e20"#, "timeout \(timeoutRule), got 1e+20"),
        (#""timeout": "99999999999999999999""#, #"timeout \#(timeoutRule), got "99999999999999999999""#),
        (#""timeout": false"#, "timeout \(timeoutRule), got false"),
    ])
    func reportsBadPriorityAndTimeout(_ member: String, _ problem: String) {
        let problems = WorkflowFixtures.problems(WorkflowFixtures.withTarget(#""queue": "WQgold", "# + member))
        #expect(problems == ["task_routing.filters[0].targets[0].\(problem)"])
    }

    @Test(arguments: [
        (#""expression": "worker.level >""#,
         #"expression: Invalid expression "worker.level >": unexpected end of expression at position 14, expected an operand"#),
        (#""expression": 3"#, "expression must be a string, got 3"),
        (#""skip_if": "workers.available = = 0""#,
         #"skip_if: Invalid expression "workers.available = = 0": unexpected '=' at position 20, expected an operand"#),
        (#""skip_if": true"#, "skip_if must be a string, got true"),
        (#""order_by": "worker.level""#,
         #"order_by: Invalid order_by "worker.level": unexpected end of order_by at position 12, expected ASC or DESC"#),
        (#""order_by": 1"#, "order_by must be a string, got 1"),
        (#""known_worker_sid": "agent_sid""#,
         #"known_worker_sid: Invalid known worker path "agent_sid": must start with 'task.'"#),
        (#""known_worker_friendly_name": "worker.name""#,
         #"known_worker_friendly_name: Invalid known worker path "worker.name": must start with 'task.'"#),
        (#""known_worker_sid": "task.""#,
         #"known_worker_sid: Invalid known worker path "task.": unexpected end of known worker path at position 5, expected a name after '.'"#),
        (#""known_worker_sid": "task.a b""#,
         #"known_worker_sid: Invalid known worker path "task.a b": unexpected 'b' at position 7, expected '.', '[' or end of path"#),
        (#""known_worker_sid": 12"#, "known_worker_sid must be a string, got 12"),
    ])
    func reportsBadTargetTexts(_ member: String, _ problem: String) {
        let problems = WorkflowFixtures.problems(WorkflowFixtures.withTarget(#""queue": "WQgold", "# + member))
        #expect(problems == ["task_routing.filters[0].targets[0].\(problem)"])
    }

    @Test func rejectsBothKnownWorkerKeys() {
        let problems = WorkflowFixtures.problems(WorkflowFixtures.withTarget(
            #""queue": "WQgold", "known_worker_sid": "task.a", "known_worker_friendly_name": "task.b""#))
        #expect(problems == ["task_routing.filters[0].targets[0]: known_worker_sid and known_worker_friendly_name cannot both be set"])
    }

    @Test func rejectsAConfigurationOverTheSizeLimit() {
        let padding = String(repeating: " ", count: WorkflowConfiguration.maximumLength)
        let text = #"{"task_routing": {"default_filter": {"queue": "WQdefault"}}}"# + padding
        #expect(WorkflowFixtures.problems(text) == ["configuration is \(text.utf8.count) bytes long; the limit is 1038576 bytes"])
    }

    @Test func reportsEveryProblemInDocumentOrder() {
        let text = #"""
            {"task_routing": {
              "filters": [
                {"expression": "a ==", "targets": [{"priority": "high"}, {"timeout": 0}]},
                {"filter_friendly_name": "ok", "expression": "1==1", "targets": [{"queue": "WQgold"}, {"queue": "WQmissing", "skip_if": "*"}]},
                {"targets": []}
              ],
              "default_filter": {"queue": 1}
            }}
            """#
        #expect(WorkflowFixtures.problems(text) == [
            #"task_routing.filters[0].expression: Invalid expression "a ==": unexpected end of expression at position 4, expected an operand"#,
            "task_routing.filters[0].targets[0].queue is required on the first target of a filter",
            #"task_routing.filters[0].targets[0].priority must be an integer from 0 to 2147483647 (or such an integer as a string), got "high""#,
            "task_routing.filters[0].targets[1].timeout must be a positive integer number of seconds (or such an integer as a string), got 0",
            #"task_routing.filters[1].targets[1].queue: TaskQueue "WQmissing" does not exist in this workspace"#,
            #"task_routing.filters[1].targets[1].skip_if: Invalid expression "*": unexpected '*' at position 0, expected an operand or '('"#,
            "task_routing.filters[2].expression is required",
            "task_routing.filters[2].targets must contain at least one target",
            "task_routing.default_filter.queue must be a string (a TaskQueue SID), got 1",
        ])
    }

    @Test func errorMessageJoinsProblems() {
        let error = WorkflowConfigurationError(problems: ["one", "two"])
        #expect(error.message == "one; two")
        #expect("\(error)" == "one; two")
    }

    @Test func unknownQueuesAreCheckedWithTheClosure() throws {
        var asked: [String] = []
        _ = try? WorkflowConfiguration.parse(WorkflowFixtures.specExample, queueExists: { asked.append($0); return true })
        #expect(asked == ["WQgold", "WQsilver", "WQdefault"])
    }
}
