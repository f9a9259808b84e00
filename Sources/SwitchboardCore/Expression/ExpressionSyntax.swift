/// A parsed condition (spec §1.3): the tree `Expression` evaluates.
indirect enum Condition: Sendable, Hashable {
    /// True when any member is true (`OR`, `||`), evaluated left to right with short-circuit.
    case any([Condition])
    /// True when every member is true (`AND`, `&&`).
    case all([Condition])
    /// `operand comp_op operand`.
    case comparison(Operand, ComparisonOperator, Operand)
    /// A bare operand: true iff its value is boolean `true`.
    case truth(Operand)
    /// A fixed answer (used for the empty-text cases of spec §1.7).
    case constant(Bool)
}

extension Condition {
    /// Whether any operand names a time-of-day variable.
    var readsTimeOfDay: Bool {
        switch self {
        case .any(let members), .all(let members): members.contains { $0.readsTimeOfDay }
        case .comparison(let a, _, let b): a.isTimeOfDay || b.isTimeOfDay
        case .truth(let a): a.isTimeOfDay
        case .constant: false
        }
    }
}

/// A comparison operator after aliases are folded (`=` → `==`, `>-` → HAS, `<-` → IN).
enum ComparisonOperator: Sendable, Hashable {
    case equal, notEqual, greater, greaterOrEqual, less, lessOrEqual, has, `in`, notIn, contains
}

/// A literal value or a name to resolve at evaluation time.
enum Operand: Sendable, Hashable {
    case literal(JSONValue)
    case reference(Reference)

    var isTimeOfDay: Bool {
        if case .reference(.timeOfDay) = self { true } else { false }
    }
}

/// What a path names, decided at parse time from its spelling and the context (spec §1.1, §1.6).
enum Reference: Sendable, Hashable {
    /// `taskrouter.<path>` — time-of-day variables.
    case timeOfDay(AttributePath)
    /// A path into the task attributes. With `stripPrefixUnlessPresent`, the path still starts with `task`
    /// and that segment is dropped unless the attributes have a top-level `task` member (prefix rule).
    case task(AttributePath, stripPrefixUnlessPresent: Bool)
    /// A path into the worker (attributes over fields). With `stripPrefixUnlessPresent`, the leading
    /// `worker` segment is dropped unless the attributes have a top-level `worker` member.
    case worker(AttributePath, stripPrefixUnlessPresent: Bool)
    /// `workers.<path>` — the step's worker counts (C4).
    case workerCounts(AttributePath)
    /// A name that means nothing in this context: always null.
    case nothing
}
