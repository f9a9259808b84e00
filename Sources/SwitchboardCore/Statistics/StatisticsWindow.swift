public import Foundation

/// The interval a cumulative statistic covers, `[start, end]` with both bounds inclusive, in whole
/// seconds (routing-semantics §6.1).
///
/// ```swift
/// let window = try StatisticsWindow.resolve(minutes: 60, startDate: nil, endDate: nil, now: now)
/// // window.start == now − 60 min (whole seconds), window.end == now
/// ```
public struct StatisticsWindow: Sendable, Hashable {
    /// The first second covered.
    public var start: Date
    /// The last second covered (every millisecond of it).
    public var end: Date

    /// The window when no parameter is given: the last 15 minutes.
    public static let defaultMinutes = 15
    /// How far back recorded statistics go: 30 days.
    public static let retentionMinutes = 43_200

    /// A window from `start` to `end`, both truncated to whole seconds.
    public init(start: Date, end: Date) {
        self.start = Self.wholeSeconds(start)
        self.end = Self.wholeSeconds(end)
    }

    /// Resolves the `Minutes`, `StartDate` and `EndDate` parameters at `now`.
    ///
    /// `Minutes` may not be combined with the dates; a date given alone takes `now` (end) or
    /// `now − 15 min` (start) as its partner; the start may not come after the end.
    public static func resolve(minutes: Int?, startDate: Date?, endDate: Date?, now: Date) throws(DomainError) -> StatisticsWindow {
        if let minutes {
            guard startDate == nil && endDate == nil else {
                throw .invalid("Minutes cannot be combined with StartDate or EndDate")
            }
            guard (1...retentionMinutes).contains(minutes) else {
                throw .invalid("Minutes must be between 1 and \(retentionMinutes)")
            }
            return StatisticsWindow(start: now.addingTimeInterval(-Double(minutes * 60)), end: now)
        }
        let fallbackStart = now.addingTimeInterval(-Double(defaultMinutes * 60))
        let window = StatisticsWindow(start: startDate ?? fallbackStart, end: endDate ?? now)
        guard window.start <= window.end else { throw .invalid("StartDate must not be after EndDate") }
        return window
    }

    /// The milliseconds whose data the window reads, as a half-open range: from its start (but no
    /// earlier than the 30-day horizon before `now`) to the end of its last second.
    public func milliseconds(now: Date) -> Range<Int64> {
        let horizon = Self.milliseconds(now) - Int64(Self.retentionMinutes) * 60_000
        let lower = max(Self.milliseconds(start), horizon)
        let upper = Self.milliseconds(end) + 1_000
        return lower < upper ? lower..<upper : lower..<lower
    }

    /// Epoch milliseconds of `date`, rounded down.
    public static func milliseconds(_ date: Date) -> Int64 {
        Int64((date.timeIntervalSince1970 * 1_000).rounded(.down))
    }

    static func wholeSeconds(_ date: Date) -> Date {
        Date(timeIntervalSince1970: date.timeIntervalSince1970.rounded(.down))
    }
}
