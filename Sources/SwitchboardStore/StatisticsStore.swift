public import SwitchboardCore

/// What the statistics endpoints read from storage: cumulative figures and activity durations over a
/// window, computed from the recorded events (routing-semantics §6.3).
///
/// A backend counts the events into per-minute, hourly and daily rollups in batches, off the commit
/// path, so a 30-day window costs about as much as a 15-minute one. Every read first counts the events
/// recorded since the last batch, so reads are exact; a background roll-up keeps that step short.
///
///     try await store.rollUpStatistics(yielding: true)   // periodically, in the background
///     let figures = try await store.cumulativeStatistics(query)
public protocol StatisticsStore: Sendable {
    /// Counts every event recorded since the last roll-up; returns how many events it looked at.
    /// With `yielding`, it pauses between batches so that it never takes more than half of a core
    /// (for a background roll-up, which must not slow routing down).
    @discardableResult
    func rollUpStatistics(yielding: Bool) async throws -> Int

    /// Cumulative task and reservation figures of each scope of `query` (absent scopes had nothing).
    func cumulativeStatistics(_ query: StatisticsQuery) async throws -> [String: CumulativeFigures]

    /// Durations of the finished activity periods of each scope of `query` (`""`: all workers, or a
    /// worker SID), clipped to the window. The channel and wait-sample options are ignored; periods
    /// still running are not stored: the caller adds them from the live state.
    func activityDurations(_ query: StatisticsQuery) async throws -> [String: ActivityDurations]
}

extension StatisticsStore {
    /// Counts every event recorded since the last roll-up, as fast as it can.
    @discardableResult
    public func rollUpStatistics() async throws -> Int { try await rollUpStatistics(yielding: false) }
}
