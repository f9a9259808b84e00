public import Foundation

/// Statistics of all Workers over a window (`{WS}/Workers/CumulativeStatistics`).
///
/// Wire schema `taskrouter.v1.workspace.worker.workers_cumulative_statistics`;
/// every field is always present in the JSON, `null` when nil.
public struct WorkersCumulativeStatistics: Codable, Hashable, Sendable, WireEncodable {
    /// `account_sid`: the SID of the owning Account (`AC…`).
    public var accountSid: String?
    /// `start_time`: the start of the statistics window.
    public var startTime: Date?
    /// `end_time`: the end of the statistics window.
    public var endTime: Date?
    /// `activity_durations`: time spent per Activity.
    public var activityDurations: [ActivityDuration]?
    /// `reservations_created`: reservations created in the window.
    public var reservationsCreated: Int
    /// `reservations_accepted`: reservations accepted in the window.
    public var reservationsAccepted: Int
    /// `reservations_rejected`: reservations rejected in the window.
    public var reservationsRejected: Int
    /// `reservations_timed_out`: reservations timed out in the window.
    public var reservationsTimedOut: Int
    /// `reservations_canceled`: reservations canceled in the window.
    public var reservationsCanceled: Int
    /// `reservations_rescinded`: reservations rescinded in the window.
    public var reservationsRescinded: Int
    /// `workspace_sid`: the SID of the Workspace (`WS…`).
    public var workspaceSid: String?
    /// `url`: the absolute URL of this resource.
    public var url: String?

    /// Creates the value from its fields; optional fields default to nil, counts to 0.
    public init(
        accountSid: String? = nil,
        startTime: Date? = nil,
        endTime: Date? = nil,
        activityDurations: [ActivityDuration]? = nil,
        reservationsCreated: Int = 0,
        reservationsAccepted: Int = 0,
        reservationsRejected: Int = 0,
        reservationsTimedOut: Int = 0,
        reservationsCanceled: Int = 0,
        reservationsRescinded: Int = 0,
        workspaceSid: String? = nil,
        url: String? = nil
    ) {
        self.accountSid = accountSid
        self.startTime = startTime
        self.endTime = endTime
        self.activityDurations = activityDurations
        self.reservationsCreated = reservationsCreated
        self.reservationsAccepted = reservationsAccepted
        self.reservationsRejected = reservationsRejected
        self.reservationsTimedOut = reservationsTimedOut
        self.reservationsCanceled = reservationsCanceled
        self.reservationsRescinded = reservationsRescinded
        self.workspaceSid = workspaceSid
        self.url = url
    }
}

extension WorkersCumulativeStatistics {
    /// Creates the stand-alone statistics from the section shared with the combined endpoint.
    public init(
        accountSid: String?,
        workspaceSid: String?,
        url: String?,
        section: WorkersStatistics.Cumulative
    ) {
        self.init(
            accountSid: accountSid,
            startTime: section.startTime,
            endTime: section.endTime,
            activityDurations: section.activityDurations,
            reservationsCreated: section.reservationsCreated,
            reservationsAccepted: section.reservationsAccepted,
            reservationsRejected: section.reservationsRejected,
            reservationsTimedOut: section.reservationsTimedOut,
            reservationsCanceled: section.reservationsCanceled,
            reservationsRescinded: section.reservationsRescinded,
            workspaceSid: workspaceSid,
            url: url
        )
    }

    /// The fields shared with the combined endpoint's `cumulative` object.
    public var section: WorkersStatistics.Cumulative {
        WorkersStatistics.Cumulative(
            startTime: startTime,
            endTime: endTime,
            activityDurations: activityDurations,
            reservationsCreated: reservationsCreated,
            reservationsAccepted: reservationsAccepted,
            reservationsRejected: reservationsRejected,
            reservationsTimedOut: reservationsTimedOut,
            reservationsCanceled: reservationsCanceled,
            reservationsRescinded: reservationsRescinded
        )
    }
}
