/// Where an expression is used; decides what bare names and prefixes mean (spec §1.1, contexts C1–C7).
public enum ExpressionContextKind: Sendable, Hashable, CaseIterable {
    /// C1: a TaskQueue's `target_workers`, evaluated against one worker.
    case targetWorkers
    /// C2: a workflow filter `expression`, evaluated against one task.
    case workflowFilter
    /// C3: a workflow target `expression`, evaluated against a (task, worker) pair.
    case workflowTarget
    /// C4: a workflow target `skip_if`, evaluated against a routing step (`workers.*` counts).
    case skipIf
    /// C5: `GET /Tasks?EvaluateTaskAttributes=`, evaluated against each task.
    case taskFilter
    /// C6: `GET /Workers?TargetWorkersExpression=`, evaluated against each worker.
    case workerFilter
    /// C7: a queue's `target_workers` tested against the JSON of `GET /TaskQueues?EvaluateWorkerAttributes=` (no worker fields).
    case evaluateWorkerAttributes
}
