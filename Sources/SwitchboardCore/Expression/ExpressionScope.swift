public import Foundation

/// What names in an expression resolve to at evaluation time: documents, worker fields, counts and `now`.
///
/// Which of these an expression reads depends on its context (spec §1.1); anything the scope lacks is null.
/// ```swift
/// let scope = ExpressionScope.pair(task: taskAttributes, worker: workerAttributes, workerFields: fields, now: now)
/// expression.evaluate(scope)
/// ```
public struct ExpressionScope: Sendable {
    /// Task attributes (C2, C3, C4, C5).
    public var taskAttributes: JSONValue
    /// Worker attributes, or the `EvaluateWorkerAttributes` document (C1, C3, C6, C7).
    public var workerAttributes: JSONValue
    /// The worker's fields (`sid`, `friendly_name`, …, channels); nil where none exist (C7).
    public var workerFields: WorkerFields?
    /// The step queue's worker counts for `skip_if` (C4).
    public var workerCounts: WorkerCounts
    /// The instant `taskrouter.*` time variables are computed from (UTC).
    public var now: Date

    /// Creates a scope from all its parts; prefer the context-named factories.
    public init(taskAttributes: JSONValue = .null, workerAttributes: JSONValue = .null, workerFields: WorkerFields? = nil,
                workerCounts: WorkerCounts = WorkerCounts(), now: Date) {
        self.taskAttributes = taskAttributes
        self.workerAttributes = workerAttributes
        self.workerFields = workerFields
        self.workerCounts = workerCounts
        self.now = now
    }

    /// One task (C2 workflow filters, C5 `EvaluateTaskAttributes`).
    public static func task(attributes: JSONValue, now: Date) -> ExpressionScope {
        ExpressionScope(taskAttributes: attributes, now: now)
    }

    /// One worker (C1 `target_workers`, C6 `TargetWorkersExpression`).
    public static func worker(attributes: JSONValue, fields: WorkerFields, now: Date) -> ExpressionScope {
        ExpressionScope(workerAttributes: attributes, workerFields: fields, now: now)
    }

    /// A bare worker document without worker fields (C7 `EvaluateWorkerAttributes`).
    public static func workerDocument(_ attributes: JSONValue, now: Date) -> ExpressionScope {
        ExpressionScope(workerAttributes: attributes, now: now)
    }

    /// A (task, worker) pair (C3 workflow target expressions).
    public static func pair(task: JSONValue, worker: JSONValue, workerFields: WorkerFields, now: Date) -> ExpressionScope {
        ExpressionScope(taskAttributes: task, workerAttributes: worker, workerFields: workerFields, now: now)
    }

    /// A routing step (C4 `skip_if`): the task plus its step queue's worker counts.
    public static func step(task: JSONValue, workers: WorkerCounts, now: Date) -> ExpressionScope {
        ExpressionScope(taskAttributes: task, workerCounts: workers, now: now)
    }
}
