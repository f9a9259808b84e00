public import Foundation

extension WorkflowConfiguration {
    /// Initial placement (spec §2.3.1): the first matching filter's first target, else the default filter, else nil.
    public func initialStep(taskAttributes: JSONValue, now: Date) -> RoutingStep? {
        if let filterIndex = firstMatchingFilter(taskAttributes: taskAttributes, now: now) {
            return step(filterIndex: filterIndex, targetIndex: 0)
        }
        return step(filterIndex: nil, targetIndex: 0)
    }

    /// The index of the first filter whose expression matches, looking only after `index` when given.
    public func firstMatchingFilter(taskAttributes: JSONValue, now: Date, after index: Int? = nil) -> Int? {
        let scope = ExpressionScope.task(attributes: taskAttributes, now: now)
        let start = index.map { $0 + 1 } ?? 0
        guard start < filters.count else { return nil }
        return filters[max(0, start)...].firstIndex { $0.expression.evaluate(scope) }
    }

    /// The step after target `targetIndex` of filter `filterIndex` (spec §2.3.3): the next target of the same
    /// filter, else target 0 of the next filter that matches now; nil when the task falls off the workflow.
    /// The default filter is never the answer (callers handle the skip_if case that may enter it).
    public func step(after filterIndex: Int, targetIndex: Int, taskAttributes: JSONValue, now: Date) -> RoutingStep? {
        guard filters.indices.contains(filterIndex) else { return nil }
        if let next = step(filterIndex: filterIndex, targetIndex: targetIndex + 1) { return next }
        guard let nextFilter = firstMatchingFilter(taskAttributes: taskAttributes, now: now, after: filterIndex) else { return nil }
        return step(filterIndex: nextFilter, targetIndex: 0)
    }

    /// The target at a position (`filterIndex` nil = default filter), if it exists.
    public func target(filterIndex: Int?, targetIndex: Int) -> WorkflowTarget? {
        guard let filterIndex else { return targetIndex == 0 ? defaultFilter : nil }
        guard filters.indices.contains(filterIndex), filters[filterIndex].targets.indices.contains(targetIndex) else { return nil }
        return filters[filterIndex].targets[targetIndex]
    }

    /// The routing step at a position (`filterIndex` nil = default filter, which never times out), if it exists.
    public func step(filterIndex: Int?, targetIndex: Int) -> RoutingStep? {
        guard let target = target(filterIndex: filterIndex, targetIndex: targetIndex) else { return nil }
        return RoutingStep(filterIndex: filterIndex, targetIndex: targetIndex, queueSid: target.queueSid,
                           priority: target.priority, timeout: filterIndex == nil ? nil : target.timeout)
    }
}
