/// An assignment callback to send once the reservation that caused it is committed (routing-semantics §4.7).
public struct AssignmentCallbackRequest: Sendable, Hashable {
    public var workspaceSid: String
    public var reservationSid: String
    public var url: String
    public var fallbackURL: String?
    /// The form body: AccountSid, WorkspaceSid, WorkflowSid, TaskQueueSid, WorkerSid, WorkerAttributes,
    /// TaskSid, TaskAttributes, TaskAge, TaskPriority, ReservationSid, Timestamp.
    public var form: [FormField]

    public init(workspaceSid: String, reservationSid: String, url: String, fallbackURL: String?, form: [FormField]) {
        self.workspaceSid = workspaceSid
        self.reservationSid = reservationSid
        self.url = url
        self.fallbackURL = fallbackURL
        self.form = form
    }
}
