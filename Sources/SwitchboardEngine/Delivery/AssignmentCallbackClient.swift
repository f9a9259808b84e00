public import Foundation
public import SwitchboardCore

/// Sends a reservation's assignment callback and reads the application's instruction (routing-semantics §4.7).
///
/// ```swift
/// let client = AssignmentCallbackClient(transport: transport)
/// let form = AssignmentCallbackClient.form(accountSid: …, workspaceSid: …, …, timestamp: now)
/// switch await client.send(url: workflow.assignmentCallbackUrl, fallbackURL: workflow.fallbackAssignmentCallbackUrl, form: form) {
/// case .instruction(let instruction): …   // accept, reject, …
/// case .noInstruction: …                  // the reservation waits for REST/SDK
/// case .failed: …                         // both URLs failed: cancel the reservation
/// }
/// ```
public struct AssignmentCallbackClient: Sendable {
    let transport: any CallbackTransport
    /// Seconds each URL has to answer.
    public var timeout: TimeInterval

    public init(transport: any CallbackTransport, timeout: TimeInterval = 5) {
        self.transport = transport
        self.timeout = timeout
    }

    /// POSTs `form` to `url`; if that fails (no answer in time, connection error, non-2xx) POSTs the same
    /// form to `fallbackURL` when one is set (an empty string counts as none).
    public func send(url: String, fallbackURL: String?, form: [FormField]) async -> AssignmentCallbackOutcome {
        var urls = [url]
        if let fallbackURL, !fallbackURL.isEmpty { urls.append(fallbackURL) }
        for target in urls {
            let response = await transport.post(url: target, form: form, headers: Self.headers, timeout: timeout)
            guard response.succeeded else { continue }
            if let instruction = AssignmentInstruction.parse(body: response.body, contentType: response.contentType) {
                return .instruction(instruction)
            }
            return .noInstruction
        }
        return .failed
    }

    static let headers = [("Content-Type", "application/x-www-form-urlencoded")]

    /// The callback body: the §4.7 fields, in this order. `Timestamp` is seconds since the epoch.
    public static func form(
        accountSid: String, workspaceSid: String, workflowSid: String, taskQueueSid: String,
        workerSid: String, workerAttributes: String, taskSid: String, taskAttributes: String,
        taskAge: Int, taskPriority: Int, reservationSid: String, timestamp: Date
    ) -> [FormField] {
        [
            FormField("AccountSid", accountSid),
            FormField("WorkspaceSid", workspaceSid),
            FormField("WorkflowSid", workflowSid),
            FormField("TaskQueueSid", taskQueueSid),
            FormField("WorkerSid", workerSid),
            FormField("WorkerAttributes", workerAttributes),
            FormField("TaskSid", taskSid),
            FormField("TaskAttributes", taskAttributes),
            FormField("TaskAge", String(taskAge)),
            FormField("TaskPriority", String(taskPriority)),
            FormField("ReservationSid", reservationSid),
            FormField("Timestamp", String(Int64(timestamp.timeIntervalSince1970.rounded(.down)))),
        ]
    }
}

/// How an assignment callback ended.
public enum AssignmentCallbackOutcome: Sendable, Equatable {
    /// A 2xx JSON answer carrying an instruction (possibly `.unknown`).
    case instruction(AssignmentInstruction)
    /// A 2xx answer without an instruction (empty or not JSON): the reservation stays pending.
    case noInstruction
    /// Neither the URL nor the fallback answered 2xx in time: the reservation is canceled.
    case failed
}
