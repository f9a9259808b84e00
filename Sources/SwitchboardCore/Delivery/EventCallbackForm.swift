import Foundation

/// The form body POSTed to a workspace's `EventCallbackUrl` for one event (routing-semantics §5.2).
///
/// ```swift
/// let fields = EventCallbackForm.fields(for: event, workspaceName: "Support")
/// // EventType=task.created, AccountSid=AC…, …, Sid=EV…, then TaskSid=WT…, TaskAttributes={…}, …
/// ```
/// The always-present fields come first in a fixed order, then the event's field data with its
/// snake_case keys turned into PascalCase (`task_queue_sid` → `TaskQueueSid`), sorted by name.
/// A data key that names an always-present field (`workspace_sid`, `account_sid`, …) is not repeated.
public enum EventCallbackForm {
    /// The callback body for `event` of the workspace named `workspaceName`.
    public static func fields(for event: WorkspaceEvent, workspaceName: String) -> [FormField] {
        var fields = [
            FormField("EventType", event.eventType),
            FormField("AccountSid", event.accountSid),
            FormField("WorkspaceSid", event.workspaceSid),
            FormField("WorkspaceName", workspaceName),
            FormField("EventDescription", event.description),
            FormField("ResourceType", event.resourceType),
            FormField("ResourceSid", event.resourceSid),
            FormField("Timestamp", String(event.eventDateMs / 1000)),
            FormField("TimestampMs", String(event.eventDateMs)),
            FormField("Sid", event.sid),
        ]
        var present = Set(fields.map(\.name))
        let data = event.data.map { (name: pascalCase($0.key), value: $0.value) }.sorted { $0.name < $1.name }
        for (name, value) in data where present.insert(name).inserted {
            fields.append(FormField(name, value))
        }
        return fields
    }

    /// `task_queue_sid` → `TaskQueueSid`; `worker_time_in_previous_activity_ms` → `WorkerTimeInPreviousActivityMs`.
    public static func pascalCase(_ snakeCase: String) -> String {
        snakeCase.split(separator: "_").map { $0.prefix(1).uppercased() + $0.dropFirst() }.joined()
    }
}
