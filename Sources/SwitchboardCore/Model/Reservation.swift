public import Foundation

/// The status of a reservation.
public enum ReservationStatus: String, Sendable, Codable, CaseIterable {
    case pending, accepted, rejected, timeout, canceled, rescinded, wrapping, completed

    /// Whether the reservation holds capacity of its worker.
    public var isActive: Bool { self == .pending || self == .accepted || self == .wrapping }
}

/// An offer of one task to one worker.
public struct Reservation: Sendable, Codable, Hashable {
    public var sid: String
    public var workspaceSid: String
    public var taskSid: String
    public var workerSid: String
    public var status: ReservationStatus
    public var dateCreated: Date
    public var dateUpdated: Date
    /// Incremented on every change; exposed as the `ETag`.
    public var version: Int
    /// When a pending reservation times out.
    public var timeoutAt: Date?
    /// The worker's activity before the queue's reservation activity was applied (single-tasking).
    public var previousActivitySid: String?
    /// The last instruction received (`accept`, `dequeue`, `call`, …) and its parameters, recorded as sent.
    public var instruction: String?
    public var instructionParameters: [String: String]?
    /// True from the commit that created the reservation until its assignment callback was answered
    /// (or failed): a restart sends the callbacks still outstanding. Internal; not on the wire.
    public var assignmentCallbackPending: Bool?

    public init(
        sid: String, workspaceSid: String, taskSid: String, workerSid: String, status: ReservationStatus,
        dateCreated: Date, dateUpdated: Date, version: Int
    ) {
        self.sid = sid
        self.workspaceSid = workspaceSid
        self.taskSid = taskSid
        self.workerSid = workerSid
        self.status = status
        self.dateCreated = dateCreated
        self.dateUpdated = dateUpdated
        self.version = version
    }
}
