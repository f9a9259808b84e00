/// Evaluates a condition tree against one scope (spec §1.4–§1.6).
struct ExpressionEvaluator {
    let scope: ExpressionScope

    func evaluate(_ condition: Condition) -> Bool {
        switch condition {
        case .any(let conditions): conditions.contains { evaluate($0) }
        case .all(let conditions): conditions.allSatisfy { evaluate($0) }
        case .comparison(let left, let comparison, let right):
            ValueComparison.compare(value(of: left), comparison, value(of: right))
        case .truth(let operand): value(of: operand) == .bool(true)
        case .constant(let answer): answer
        }
    }

    func value(of operand: Operand) -> JSONValue {
        switch operand {
        case .literal(let value): value
        case .reference(let reference): resolve(reference)
        }
    }

    func resolve(_ reference: Reference) -> JSONValue {
        switch reference {
        case .timeOfDay(let path):
            let time = TimeOfDay(scope.now)
            guard case .member(let name)? = path.segments.first else { return path.segments.isEmpty ? time.jsonValue : .null }
            return AttributePath.resolve(path.segments.dropFirst(), in: time.value(named: name))
        case .task(let path, let strip):
            let document = scope.taskAttributes
            if strip, !Self.hasMember(path.head, in: document) {
                return AttributePath.resolve(path.segments.dropFirst(), in: document)
            }
            return path.resolve(in: document)
        case .worker(let path, let strip):
            if strip, !Self.hasMember(path.head, in: scope.workerAttributes) {
                return resolveWorker(path.segments.dropFirst())
            }
            return resolveWorker(path.segments[...])
        case .workerCounts(let path):
            guard case .member(let name)? = path.segments.first else { return .null }
            return AttributePath.resolve(path.segments.dropFirst(), in: scope.workerCounts.value(named: name))
        case .nothing:
            return .null
        }
    }

    /// Resolves a path against the worker: a non-null attribute wins over a worker field of the same name.
    private func resolveWorker(_ segments: ArraySlice<AttributePath.Segment>) -> JSONValue {
        guard case .member(let name)? = segments.first else {
            return segments.isEmpty ? scope.workerAttributes : .null
        }
        let attribute = scope.workerAttributes[name] ?? .null
        if attribute.isNull, let field = scope.workerFields?.value(named: name) {
            return AttributePath.resolve(segments.dropFirst(), in: field)
        }
        return AttributePath.resolve(segments.dropFirst(), in: attribute)
    }

    /// True when `document` is an object with a non-null member `name` (explicit null counts as absent).
    private static func hasMember(_ name: String?, in document: JSONValue) -> Bool {
        guard let name, let member = document[name] else { return false }
        return !member.isNull
    }
}
