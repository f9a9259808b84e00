/// Reads a configuration document into a `WorkflowConfiguration`, collecting every problem (spec §2.1).
struct WorkflowConfigurationParser {
    let queueExists: (String) -> Bool
    /// Problems found so far, in document order.
    var problems: [String] = []

    init(queueExists: @escaping (String) -> Bool) {
        self.queueExists = queueExists
    }

    /// The configuration, or nil when the document is unusable; check `problems` either way.
    mutating func parse(_ text: String) -> WorkflowConfiguration? {
        let length = text.utf8.count
        if length > WorkflowConfiguration.maximumLength {
            problems.append("configuration is \(length) bytes long; the limit is \(WorkflowConfiguration.maximumLength) bytes")
        }
        let document: JSONValue
        do {
            document = try JSONValue.parse(text)
        } catch {
            problems.append("configuration is not valid JSON: \(error.message)")
            return nil
        }
        guard case .object(let root) = document else {
            problems.append("configuration must be a JSON object, got \(Self.describe(document))")
            return nil
        }
        guard let routingValue = Self.present(root["task_routing"]) else {
            problems.append("task_routing is required")
            return nil
        }
        guard case .object(let routing) = routingValue else {
            problems.append("task_routing must be an object, got \(Self.describe(routingValue))")
            return nil
        }
        var filters: [WorkflowFilter] = []
        switch Self.present(routing["filters"]) {
        case nil: break
        case .array(let items)?:
            for (index, item) in items.enumerated() {
                if let filter = parseFilter(item, at: "task_routing.filters[\(index)]") { filters.append(filter) }
            }
        case let other?:
            problems.append("task_routing.filters must be an array, got \(Self.describe(other))")
        }
        var defaultFilter: WorkflowTarget?
        if let value = Self.present(routing["default_filter"]) {
            defaultFilter = parseDefaultFilter(value, at: "task_routing.default_filter")
        }
        return problems.isEmpty ? WorkflowConfiguration(filters: filters, defaultFilter: defaultFilter) : nil
    }

    private mutating func parseFilter(_ value: JSONValue, at path: String) -> WorkflowFilter? {
        guard case .object(let fields) = value else {
            problems.append("\(path) must be an object, got \(Self.describe(value))")
            return nil
        }
        let friendlyName = string(fields, "filter_friendly_name", at: path)
        var expression: Expression?
        if Self.present(fields["expression"]) == nil {
            problems.append("\(path).expression is required")
        } else if let text = string(fields, "expression", at: path) {
            expression = parseExpression(text, context: .workflowFilter, at: "\(path).expression")
        }
        var targets: [WorkflowTarget] = []
        var targetsComplete = false
        switch Self.present(fields["targets"]) {
        case nil:
            problems.append("\(path).targets is required")
        case .array(let items)?:
            if items.isEmpty { problems.append("\(path).targets must contain at least one target") }
            var previousQueue: String?
            targetsComplete = !items.isEmpty
            for (index, item) in items.enumerated() {
                let target = parseTarget(item, at: "\(path).targets[\(index)]", isFirst: index == 0, previousQueue: &previousQueue)
                if let target { targets.append(target) } else { targetsComplete = false }
            }
        case let other?:
            problems.append("\(path).targets must be an array, got \(Self.describe(other))")
        }
        guard let expression, targetsComplete else { return nil }
        return WorkflowFilter(friendlyName: friendlyName, expression: expression, targets: targets)
    }

    /// Parses one filter target; `previousQueue` is the queue it inherits and becomes its own queue.
    private mutating func parseTarget(_ value: JSONValue, at path: String, isFirst: Bool,
                                      previousQueue: inout String?) -> WorkflowTarget? {
        guard case .object(let fields) = value else {
            problems.append("\(path) must be an object, got \(Self.describe(value))")
            return nil
        }
        let before = problems.count
        let ownQueue = queue(fields, at: path)
        if let ownQueue {
            previousQueue = ownQueue.sid
        } else if isFirst {
            problems.append("\(path).queue is required on the first target of a filter")
        }
        let priority = integer(fields, "priority", at: path, minimum: 0, requirement: "an integer from 0 to 2147483647")
        let timeout = integer(fields, "timeout", at: path, minimum: 1, requirement: "a positive integer number of seconds")
        let expression = string(fields, "expression", at: path).flatMap {
            parseExpression($0, context: .workflowTarget, at: "\(path).expression")
        }
        let orderBy = parseOrderBy(fields, at: path)
        let skipIf = string(fields, "skip_if", at: path).flatMap { parseExpression($0, context: .skipIf, at: "\(path).skip_if") }
        let knownWorker = parseKnownWorker(fields, at: path)
        guard problems.count == before, let queueSid = ownQueue?.sid ?? previousQueue else { return nil }
        return WorkflowTarget(queueSid: queueSid, priority: priority, timeout: timeout, expression: expression,
                              orderBy: orderBy, skipIf: skipIf, knownWorker: knownWorker)
    }

    /// Parses `default_filter`: only queue, priority, expression and order_by are read (other keys are ignored).
    private mutating func parseDefaultFilter(_ value: JSONValue, at path: String) -> WorkflowTarget? {
        guard case .object(let fields) = value else {
            problems.append("\(path) must be an object, got \(Self.describe(value))")
            return nil
        }
        let before = problems.count
        let ownQueue = queue(fields, at: path)
        if ownQueue == nil { problems.append("\(path).queue is required") }
        let priority = integer(fields, "priority", at: path, minimum: 0, requirement: "an integer from 0 to 2147483647")
        let expression = string(fields, "expression", at: path).flatMap {
            parseExpression($0, context: .workflowTarget, at: "\(path).expression")
        }
        let orderBy = parseOrderBy(fields, at: path)
        guard problems.count == before, let queueSid = ownQueue?.sid else { return nil }
        return WorkflowTarget(queueSid: queueSid, priority: priority, expression: expression, orderBy: orderBy)
    }
}
