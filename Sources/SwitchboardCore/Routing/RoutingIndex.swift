public import Foundation

/// In-memory indices that make a routing decision cost follow the eligible workers, not the workspace.
/// Never persisted: rebuilt from the state at start.
public struct RoutingIndex: Sendable {
    /// Queue → workers whose attributes match its `target_workers` (all workers for queues whose
    /// expression depends on time or channel figures; those are re-checked at decision time).
    var queueMembers: [String: Set<String>] = [:]
    /// Worker → queues it belongs to.
    var workerQueues: [String: Set<String>] = [:]
    /// Queue → its `pending` tasks, in the queue's task order.
    var pendingByQueue: [String: [String]] = [:]
    /// Worker → pending tasks routed straight to that worker (`RoutingTarget` = a worker SID).
    var pendingByWorker: [String: [String]] = [:]
    /// Worker → its reservations holding capacity (pending, accepted, wrapping).
    var activeByWorker: [String: Set<String>] = [:]
    /// Worker → task channel SID → how many of those reservations are on tasks of that channel.
    var activeCount: [String: [String: Int]] = [:]
    /// Worker → task channel SID → worker channel SID.
    var channelsByWorker: [String: [String: String]] = [:]
    /// Worker → parsed attributes (parsed once per change).
    var workerAttributes: [String: JSONValue] = [:]
    /// Lower-cased worker friendly name → worker SID (names are unique without regard to case).
    var workerNames: [String: String] = [:]
    /// Task → all its reservations.
    var byTask: [String: Set<String>] = [:]
    /// Queues whose `target_workers` must be evaluated at decision time.
    var dynamicQueues: Set<String> = []
    /// Task → the minute at which it is offered again because its workflow target reads the time of day.
    var timeOfDayRetries: [String: Date] = [:]
    /// Queue whose `target_workers` reads the time of day → the minute of its next check.
    var queueTimeOfDayChecks: [String: Date] = [:]
    /// Such a queue → the workers its expression selected at its last check.
    var queueTimeOfDayMembers: [String: Set<String>] = [:]
    /// Timers.
    public internal(set) var deadlines = DeadlineHeap()

    public init() {}
}
