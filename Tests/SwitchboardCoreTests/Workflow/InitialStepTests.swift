import Foundation
import SwitchboardCore
import Testing

/// Spec §2.3.1 initial placement and the position helpers used when advancing (§2.3.3).
struct InitialStepTests {
    let now = ExpressionFixtures.monday0905

    static let configuration = try! WorkflowFixtures.parse(#"""
        {"task_routing": {
          "filters": [
            {"filter_friendly_name": "Gold", "expression": "type == 'ticket' AND customer_value == 'Gold'",
             "targets": [{"queue": "WQgold", "priority": "10", "timeout": 300}, {"queue": "WQsilver", "timeout": 30}, {"priority": 20}]},
            {"filter_friendly_name": "Tickets", "expression": "task.type == 'ticket'", "targets": [{"queue": "WQother"}]},
            {"expression": "taskrouter.dayOfWeek == 'Mon'", "targets": [{"queue": "WQsilver", "priority": 1}]}
          ],
          "default_filter": {"queue": "WQdefault", "priority": 4}
        }}
        """#)

    @Test func firstMatchingFilterWins() {
        let step = Self.configuration.initialStep(taskAttributes: ["type": "ticket", "customer_value": "Gold"], now: now)
        #expect(step == RoutingStep(filterIndex: 0, targetIndex: 0, queueSid: "WQgold", priority: 10, timeout: 300))
        #expect(step?.isDefault == false)
    }

    @Test func laterFilterMatchesWhenEarlierOnesDoNot() {
        let step = Self.configuration.initialStep(taskAttributes: ["type": "ticket", "customer_value": "Silver"], now: now)
        #expect(step == RoutingStep(filterIndex: 1, targetIndex: 0, queueSid: "WQother", priority: nil, timeout: nil))
    }

    @Test func timeOfDayFiltersUseNow() {
        let monday = Self.configuration.initialStep(taskAttributes: ["type": "call"], now: now)
        #expect(monday?.filterIndex == 2)
        let tuesday = Self.configuration.initialStep(taskAttributes: ["type": "call"], now: now.addingTimeInterval(86_400))
        #expect(tuesday?.filterIndex == nil)
    }

    @Test func defaultFilterWhenNothingMatches() {
        let step = Self.configuration.initialStep(taskAttributes: ["type": "call"], now: now.addingTimeInterval(86_400))
        #expect(step == RoutingStep(filterIndex: nil, targetIndex: 0, queueSid: "WQdefault", priority: 4, timeout: nil))
        #expect(step?.isDefault == true)
    }

    @Test func nilWithoutDefaultFilter() throws {
        let configuration = try WorkflowFixtures.parse(WorkflowFixtures.withTarget(#""queue": "WQgold""#)
            .replacingOccurrences(of: "1==1", with: "vip"))
        #expect(configuration.initialStep(taskAttributes: ["vip": false], now: now) == nil)
        #expect(configuration.initialStep(taskAttributes: .null, now: now) == nil)
        #expect(configuration.initialStep(taskAttributes: ["vip": true], now: now)?.queueSid == "WQgold")
    }

    @Test func stepsAdvanceThroughTargetsThenLaterMatchingFilters() {
        let gold: JSONValue = ["type": "ticket", "customer_value": "Gold"]
        let configuration = Self.configuration
        #expect(configuration.step(after: 0, targetIndex: 0, taskAttributes: gold, now: now)
            == RoutingStep(filterIndex: 0, targetIndex: 1, queueSid: "WQsilver", priority: nil, timeout: 30))
        #expect(configuration.step(after: 0, targetIndex: 1, taskAttributes: gold, now: now)
            == RoutingStep(filterIndex: 0, targetIndex: 2, queueSid: "WQsilver", priority: 20, timeout: nil))
        #expect(configuration.step(after: 0, targetIndex: 2, taskAttributes: gold, now: now)?.filterIndex == 1)
        #expect(configuration.step(after: 1, targetIndex: 0, taskAttributes: gold, now: now)?.filterIndex == 2)
        let tuesday = now.addingTimeInterval(86_400)
        #expect(configuration.step(after: 1, targetIndex: 0, taskAttributes: gold, now: tuesday) == nil)  // default not used
        #expect(configuration.step(after: 2, targetIndex: 0, taskAttributes: gold, now: now) == nil)
        #expect(configuration.step(after: 9, targetIndex: 0, taskAttributes: gold, now: now) == nil)
    }

    @Test func positionLookups() {
        let configuration = Self.configuration
        #expect(configuration.target(filterIndex: nil, targetIndex: 0)?.queueSid == "WQdefault")
        #expect(configuration.target(filterIndex: nil, targetIndex: 1) == nil)
        #expect(configuration.target(filterIndex: 0, targetIndex: 2)?.priority == 20)
        #expect(configuration.target(filterIndex: 0, targetIndex: 3) == nil)
        #expect(configuration.target(filterIndex: 5, targetIndex: 0) == nil)
        #expect(configuration.step(filterIndex: 1, targetIndex: 0)?.queueSid == "WQother")
        #expect(configuration.filters.map(\.friendlyName) == ["Gold", "Tickets", nil])
        #expect(configuration.firstMatchingFilter(taskAttributes: ["type": "ticket"], now: now) == 1)
        #expect(configuration.firstMatchingFilter(taskAttributes: ["type": "ticket"], now: now, after: 1) == 2)
        #expect(configuration.firstMatchingFilter(taskAttributes: ["type": "ticket"], now: now, after: 2) == nil)
    }
}
