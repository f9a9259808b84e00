public import Foundation

extension WorkersStatistics {
    /// The `cumulative` object of ``WorkersStatistics`` and ``WorkerStatistics``.
    public struct Cumulative: Codable, Hashable, Sendable, WireEncodable {
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

        /// Creates the value from its fields; optional fields default to nil, counts to 0.
        public init(
            startTime: Date? = nil,
            endTime: Date? = nil,
            activityDurations: [ActivityDuration]? = nil,
            reservationsCreated: Int = 0,
            reservationsAccepted: Int = 0,
            reservationsRejected: Int = 0,
            reservationsTimedOut: Int = 0,
            reservationsCanceled: Int = 0,
            reservationsRescinded: Int = 0
        ) {
            self.startTime = startTime
            self.endTime = endTime
            self.activityDurations = activityDurations
            self.reservationsCreated = reservationsCreated
            self.reservationsAccepted = reservationsAccepted
            self.reservationsRejected = reservationsRejected
            self.reservationsTimedOut = reservationsTimedOut
            self.reservationsCanceled = reservationsCanceled
            self.reservationsRescinded = reservationsRescinded
        }
    }
}
