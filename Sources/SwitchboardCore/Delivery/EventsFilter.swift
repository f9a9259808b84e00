/// A workspace's `EventsFilter`: which event types are POSTed to its `EventCallbackUrl` (routing-semantics §5.1).
///
/// ```swift
/// EventsFilter.allows("task.created", filter: "task.created, task.canceled")  // true
/// EventsFilter.allows("worker.created", filter: "task.created")              // false
/// EventsFilter.allows("worker.created", filter: nil)                         // true
/// ```
/// The filter is a comma-separated list of event types; whitespace around each is ignored, and
/// an absent or empty filter allows every type. Types are compared exactly (case-sensitive).
/// The filter decides delivery only; every event is still recorded.
public enum EventsFilter {
    /// Whether an event of type `eventType` passes `filter`.
    public static func allows(_ eventType: String, filter: String?) -> Bool {
        let types = eventTypes(in: filter)
        return types.isEmpty || types.contains(eventType)
    }

    /// The event types listed in `filter`, trimmed, without empty entries.
    public static func eventTypes(in filter: String?) -> [String] {
        guard let filter else { return [] }
        return filter.split(separator: ",").map { $0.trimmingCharacters(in: .whitespacesAndNewlines) }.filter { !$0.isEmpty }
    }
}
