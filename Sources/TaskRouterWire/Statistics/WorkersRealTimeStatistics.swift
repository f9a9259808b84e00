/// Current statistics of all Workers (`{WS}/Workers/RealTimeStatistics`).
///
/// Wire schema `taskrouter.v1.workspace.worker.workers_real_time_statistics`;
/// every field is always present in the JSON, `null` when nil.
public struct WorkersRealTimeStatistics: Codable, Hashable, Sendable, WireEncodable {
    /// `account_sid`: the SID of the owning Account (`AC…`).
    public var accountSid: String?
    /// `activity_statistics`: workers per Activity.
    public var activityStatistics: [ActivityStatistic]?
    /// `total_workers`: the number of workers.
    public var totalWorkers: Int
    /// `workspace_sid`: the SID of the Workspace (`WS…`).
    public var workspaceSid: String?
    /// `url`: the absolute URL of this resource.
    public var url: String?

    /// Creates the value from its fields; optional fields default to nil, counts to 0.
    public init(
        accountSid: String? = nil,
        activityStatistics: [ActivityStatistic]? = nil,
        totalWorkers: Int = 0,
        workspaceSid: String? = nil,
        url: String? = nil
    ) {
        self.accountSid = accountSid
        self.activityStatistics = activityStatistics
        self.totalWorkers = totalWorkers
        self.workspaceSid = workspaceSid
        self.url = url
    }
}

extension WorkersRealTimeStatistics {
    /// Creates the stand-alone statistics from the section shared with the combined endpoint.
    public init(
        accountSid: String?,
        workspaceSid: String?,
        url: String?,
        section: WorkersStatistics.RealTime
    ) {
        self.init(
            accountSid: accountSid,
            activityStatistics: section.activityStatistics,
            totalWorkers: section.totalWorkers,
            workspaceSid: workspaceSid,
            url: url
        )
    }

    /// The fields shared with the combined endpoint's `realtime` object.
    public var section: WorkersStatistics.RealTime {
        WorkersStatistics.RealTime(
            activityStatistics: activityStatistics,
            totalWorkers: totalWorkers
        )
    }
}
