/// Worker counts of a routing step's queue, the `workers.*` names of `skip_if` (spec §1.6, C4).
///
/// ```swift
/// let counts = WorkerCounts(available: 1, unavailable: 2, byActivitySid: ["WA01": 1, "WA00": 2])
/// ```
public struct WorkerCounts: Sendable, Hashable {
    /// `workers.available`: matching workers whose activity is available.
    public var available: Int
    /// `workers.unavailable`: matching workers whose activity is not available.
    public var unavailable: Int
    /// `workers.<ActivitySid>`: matching workers per current activity (an absent SID counts 0).
    public var byActivitySid: [String: Int]

    /// Creates the counts of one step.
    public init(available: Int = 0, unavailable: Int = 0, byActivitySid: [String: Int] = [:]) {
        self.available = available
        self.unavailable = unavailable
        self.byActivitySid = byActivitySid
    }

    /// The value of `workers.<name>`.
    func value(named name: String) -> JSONValue {
        switch name {
        case "available": .number(Double(available))
        case "unavailable": .number(Double(unavailable))
        default: .number(Double(byActivitySid[name] ?? 0))
        }
    }
}
