import Foundation
import SwitchboardCore
import SwitchboardStore

/// What a statistics response takes from the live state besides its realtime figures: the instant it
/// was read at, the resolved task channel and the activities (for the per-activity lists).
struct LiveContext: Sendable {
    var workspaceSid: String
    var now: Date
    var taskChannelSid: String?
    var activities: [Activity]

    init(_ s: WorkspaceState, channel: String?, now: Date) {
        workspaceSid = s.sid
        self.now = now
        taskChannelSid = channel
        activities = s.activitiesInOrder
    }
}

extension APIServices {
    /// The store's statistics reads.
    var statisticsStore: any StatisticsStore {
        get throws {
            guard let store = registry.store as? any StatisticsStore else {
                throw DomainError.notImplemented("This store does not record statistics")
            }
            return store
        }
    }

    /// Cumulative figures of `scopes` over `window` (zeros for a scope with nothing recorded).
    func cumulative(_ live: LiveContext, scopes: [String], window: StatisticsWindow,
                    _ params: StatisticsParameters) async throws -> [String: CumulativeFigures] {
        let query = StatisticsQuery(workspaceSid: live.workspaceSid, scopes: scopes, milliseconds: window.milliseconds(now: live.now),
                                    taskChannelSid: live.taskChannelSid, includeWaitSamples: params.thresholds != nil)
        return try await statisticsStore.cumulativeStatistics(query)
    }

    /// Cumulative figures summed over `scopes` (several workers).
    func cumulativeTotal(_ live: LiveContext, scopes: [String], window: StatisticsWindow,
                         _ params: StatisticsParameters) async throws -> CumulativeFigures {
        var total = CumulativeFigures()
        guard !scopes.isEmpty else { return total }
        for figures in try await cumulative(live, scopes: scopes, window: window, params).values { total.merge(figures) }
        return total
    }

    /// Activity durations of `scopes` over `window`, with the periods still running (`current`) added.
    func activityDurations(_ live: LiveContext, scopes: [String], window: StatisticsWindow,
                           current: [ActivityPeriod]) async throws -> ActivityDurations {
        let milliseconds = window.milliseconds(now: live.now)
        var total = ActivityDurations()
        if !scopes.isEmpty {
            let query = StatisticsQuery(workspaceSid: live.workspaceSid, scopes: scopes, milliseconds: milliseconds)
            for durations in try await statisticsStore.activityDurations(query).values { total.merge(durations) }
        }
        for period in current { total.add(period, clippedTo: milliseconds) }
        return total
    }
}
