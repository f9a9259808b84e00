import Foundation
import SwitchboardCore
import TaskRouterWire

/// The query parameters shared by the statistics endpoints (rest-api §13): the window (`Minutes`,
/// `StartDate`, `EndDate`), `TaskChannel` and `SplitByWaitTime`. Every problem is reported in one 400.
struct StatisticsParameters: Sendable {
    var minutes: Int?
    var startDate: Date?
    var endDate: Date?
    /// A task channel SID or unique name, resolved against the live state.
    var taskChannel: String?
    var thresholds: WaitTimeThresholds?

    /// Reads the parameters: the window ones only where the endpoint has a window, `SplitByWaitTime`
    /// only where it takes it (others are ignored, like any unknown parameter).
    init(_ query: FormParameters, window: Bool, splitByWaitTime: Bool = true) throws {
        taskChannel = query["TaskChannel"]
        guard window else { return }
        var problems: [String] = []
        func read<T>(_ body: () throws -> T?) -> T? {
            do { return try body() } catch { problems.append(Self.message(error)); return nil }
        }
        minutes = read { try query.int("Minutes") }
        startDate = read { try query.date("StartDate") }
        endDate = read { try query.date("EndDate") }
        if splitByWaitTime, let text = query["SplitByWaitTime"] { thresholds = read { try WaitTimeThresholds.parse(text) } }
        if query.has("Minutes") && (query.has("StartDate") || query.has("EndDate")) {
            problems.append("Minutes cannot be combined with StartDate or EndDate")
        }
        if let minutes, !(1...StatisticsWindow.retentionMinutes).contains(minutes) {
            problems.append("Minutes must be between 1 and \(StatisticsWindow.retentionMinutes)")
        }
        if let startDate, let endDate, startDate > endDate { problems.append("StartDate must not be after EndDate") }
        guard problems.isEmpty else { throw APIError.invalid(problems.joined(separator: "; ")) }
    }

    /// The window at `now`; a date given alone may still fall on the wrong side of its default partner.
    func window(now: Date) throws -> StatisticsWindow {
        try StatisticsWindow.resolve(minutes: minutes, startDate: startDate, endDate: endDate, now: now)
    }

    static func message(_ error: any Error) -> String {
        switch error {
        case let e as ParameterError: e.message
        case let e as DomainError: e.message
        default: String(describing: error)
        }
    }
}

extension WorkspaceState {
    /// The SID of the task channel named by `TaskChannel` (SID or unique name); unknown → 400.
    func statisticsChannel(_ key: String?) throws -> String? {
        guard let key else { return nil }
        if let channel = taskChannels[key] ?? taskChannels.values.first(where: { $0.uniqueName == key }) { return channel.sid }
        throw APIError.invalid("TaskChannel \(key) is not a task channel of workspace \(sid)")
    }
}
