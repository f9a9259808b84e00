public import Foundation

/// A Reservation: one task offered to one worker, under `{WS}/Tasks/{TaskSid}/Reservations/{Sid}` or
/// `{WS}/Workers/{WorkerSid}/Reservations/{Sid}`.
///
/// Wire schema `taskrouter.v1.workspace.task.task_reservation`;
/// every field is always present in the JSON, `null` when nil.
public struct ReservationResource: Codable, Hashable, Sendable, WireEncodable {
    /// `account_sid`: the SID of the owning Account (`AC…`).
    public var accountSid: String?
    /// `date_created`: when the resource was created.
    public var dateCreated: Date?
    /// `date_updated`: when the resource was last updated.
    public var dateUpdated: Date?
    /// `reservation_status`: the reservation status, one of the 8 values of REST spec §14 (`pending`, `accepted`, …).
    public var reservationStatus: String
    /// `sid`: the unique SID of this resource.
    public var sid: String?
    /// `task_sid`: the SID of the Task (`WT…`).
    public var taskSid: String?
    /// `worker_name`: the friendly name of the Worker.
    public var workerName: String?
    /// `worker_sid`: the SID of the Worker (`WK…`).
    public var workerSid: String?
    /// `workspace_sid`: the SID of the Workspace (`WS…`).
    public var workspaceSid: String?
    /// `url`: the absolute URL of this resource.
    public var url: String?
    /// `links`: related resources by name → absolute URL.
    public var links: [String: String]?

    /// Creates the value from its fields; optional fields default to nil, counts to 0.
    public init(
        accountSid: String? = nil,
        dateCreated: Date? = nil,
        dateUpdated: Date? = nil,
        reservationStatus: String = "pending",
        sid: String? = nil,
        taskSid: String? = nil,
        workerName: String? = nil,
        workerSid: String? = nil,
        workspaceSid: String? = nil,
        url: String? = nil,
        links: [String: String]? = nil
    ) {
        self.accountSid = accountSid
        self.dateCreated = dateCreated
        self.dateUpdated = dateUpdated
        self.reservationStatus = reservationStatus
        self.sid = sid
        self.taskSid = taskSid
        self.workerName = workerName
        self.workerSid = workerSid
        self.workspaceSid = workspaceSid
        self.url = url
        self.links = links
    }
}
