extension ExpressionParser {
    /// What `path` names in this parser's context (spec §1.1 table and prefix rule, §1.6 special names).
    func reference(for path: AttributePath) -> Reference {
        let head = path.head ?? ""
        let prefixed = path.segments.count > 1
        if head == "taskrouter" { return .timeOfDay(path.tail) }
        switch context {
        case .targetWorkers, .workerFilter, .evaluateWorkerAttributes:
            return .worker(path, stripPrefixUnlessPresent: prefixed && head == "worker")
        case .workflowFilter, .taskFilter:
            return .task(path, stripPrefixUnlessPresent: prefixed && head == "task")
        case .workflowTarget:
            if prefixed && head == "task" { return .task(path.tail, stripPrefixUnlessPresent: false) }
            if prefixed && head == "worker" { return .worker(path.tail, stripPrefixUnlessPresent: false) }
            return .worker(path, stripPrefixUnlessPresent: false)
        case .skipIf:
            if prefixed && head == "workers" { return .workerCounts(path.tail) }
            if prefixed && head == "task" { return .task(path.tail, stripPrefixUnlessPresent: false) }
            return .nothing
        }
    }
}
