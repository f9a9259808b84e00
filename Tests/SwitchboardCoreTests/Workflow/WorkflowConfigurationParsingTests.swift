import Foundation
import SwitchboardCore
import Testing

struct WorkflowConfigurationParsingTests {
    @Test func parsesTheSpecExample() throws {
        let configuration = try WorkflowFixtures.parse(WorkflowFixtures.specExample)
        #expect(configuration.filters.count == 1)
        let filter = configuration.filters[0]
        #expect(filter.friendlyName == "Gold tickets")
        #expect(filter.expression.source == "type == 'ticket' AND customer_value == 'Gold'")
        #expect(filter.expression.context == .workflowFilter)
        #expect(filter.targets.count == 3)

        let first = filter.targets[0]
        #expect(first.queueSid == "WQgold")
        #expect(first.priority == 10)
        #expect(first.timeout == 300)
        #expect(first.expression?.source == "task.required_language IN worker.languages")
        #expect(first.expression?.context == .workflowTarget)
        #expect(first.orderBy?.clauses == [OrderBy.Clause(path: AttributePath(segments: [.member("english_level")]),
                                                          direction: .descending)])
        #expect(first.skipIf?.source == "workers.available == 0")
        #expect(first.skipIf?.context == .skipIf)
        #expect(first.knownWorker == nil)

        let second = filter.targets[1]
        #expect(second.queueSid == "WQsilver")
        #expect(second.knownWorker?.kind == .sid)
        #expect(second.knownWorker?.path.description == "last_agent_sid")
        #expect(second.timeout == 30)
        #expect(second.priority == nil)

        let third = filter.targets[2]
        #expect(third.queueSid == "WQsilver")  // inherited from the previous target
        #expect(third.priority == 20)
        #expect(third.timeout == nil && third.expression == nil && third.orderBy == nil && third.skipIf == nil)

        #expect(configuration.defaultFilter == WorkflowTarget(queueSid: "WQdefault"))
        #expect(configuration.referencedQueueSids == ["WQgold", "WQsilver", "WQdefault"])
    }

    @Test func acceptsTheSimplestConfigurations() throws {
        let onlyDefault = try WorkflowFixtures.parse(#"{"task_routing": {"default_filter": {"queue": "WQdefault"}}}"#)
        #expect(onlyDefault.filters.isEmpty)
        #expect(onlyDefault.defaultFilter?.queueSid == "WQdefault")
        let emptyFilters = try WorkflowFixtures.parse(#"{"task_routing": {"filters": []}}"#)
        #expect(emptyFilters.filters.isEmpty && emptyFilters.defaultFilter == nil)
        #expect(emptyFilters.referencedQueueSids.isEmpty)
        let nulls = try WorkflowFixtures.parse(#"{"task_routing": {"filters": null, "default_filter": null}}"#)
        #expect(nulls.filters.isEmpty && nulls.defaultFilter == nil)
    }

    @Test func acceptsTaskQueueSidAlias() throws {
        let text = #"""
            {"task_routing": {
              "filters": [{"expression": "1==1", "targets": [{"task_queue_sid": "WQgold"}, {"queue": "WQother", "task_queue_sid": "WQother"}]}],
              "default_filter": {"task_queue_sid": "WQdefault"}}}
            """#
        let configuration = try WorkflowFixtures.parse(text)
        #expect(configuration.filters[0].targets.map(\.queueSid) == ["WQgold", "WQother"])
        #expect(configuration.defaultFilter?.queueSid == "WQdefault")
    }

    @Test(arguments: [
        (#""priority": 0"#, 0, nil), (#""priority": "10""#, 10, nil), (#""priority": 2147483647"#, 2_147_483_647, nil),
        (#""priority": 7.0"#, 7, nil), (#""timeout": "30""#, nil, 30), (#""timeout": 1"#, nil, 1),
        (#""priority": "+5", "timeout": "+5""#, 5, 5), (#""priority": null, "timeout": null"#, nil, nil),
    ] as [(String, Int?, Int?)])
    func readsPriorityAndTimeoutAsIntegersOrIntegerStrings(_ members: String, _ priority: Int?, _ timeout: Int?) throws {
        let configuration = try WorkflowFixtures.parse(WorkflowFixtures.withTarget(#""queue": "WQgold", "# + members))
        #expect(configuration.filters[0].targets[0].priority == priority)
        #expect(configuration.filters[0].targets[0].timeout == timeout)
    }

    @Test func defaultFilterKeepsOnlyMeaningfulKeys() throws {
        let text = #"""
            {"task_routing": {"default_filter": {"queue": "WQdefault", "priority": "3", "expression": "worker.level > 1",
              "order_by": "worker.level ASC", "timeout": "not a number", "skip_if": "((", "known_worker_sid": "bad",
              "known_worker_friendly_name": "bad"}}}
            """#
        let target = try #require(try WorkflowFixtures.parse(text).defaultFilter)
        #expect(target.queueSid == "WQdefault")
        #expect(target.priority == 3)
        #expect(target.expression?.source == "worker.level > 1")
        #expect(target.orderBy?.source == "worker.level ASC")
        #expect(target.timeout == nil && target.skipIf == nil && target.knownWorker == nil)
    }

    @Test func emptyTargetTextsMeanNoConstraint() throws {
        let configuration = try WorkflowFixtures.parse(
            WorkflowFixtures.withTarget(#""queue": "WQgold", "expression": "", "skip_if": " ", "order_by": """#))
        let target = configuration.filters[0].targets[0]
        #expect(target.expression?.isEmpty == true)
        #expect(target.skipIf?.isEmpty == true)
        #expect(target.orderBy == nil)
    }

    @Test func readsKnownWorkerFriendlyName() throws {
        let configuration = try WorkflowFixtures.parse(
            WorkflowFixtures.withTarget(#""queue": "WQgold", "known_worker_friendly_name": "task.agent.name""#))
        let known = try #require(configuration.filters[0].targets[0].knownWorker)
        #expect(known.kind == .friendlyName)
        #expect(known.source == "task.agent.name")
        #expect(known.value(in: ["agent": ["name": "Alice"]]) == "Alice")
        #expect(known.value(in: ["agent": "Alice"]) == nil)
    }

    @Test func acceptsAConfigurationAtTheSizeLimit() throws {
        let base = #"{"task_routing": {"default_filter": {"queue": "WQdefault"}}, "pad": ""}"#
        let text = base.replacingOccurrences(of: #""pad": """#,
                                             with: #""pad": ""# + String(repeating: "x", count: 1_038_576 - base.utf8.count) + "\"")
        #expect(text.utf8.count == WorkflowConfiguration.maximumLength)
        _ = try WorkflowFixtures.parse(text)
    }
}
