import Foundation
import SwitchboardCore
import Testing

/// Spec §1.6: `taskrouter.*` values computed in UTC from the injected `now`.
struct TimeVariableTests {
    static func holds(_ text: String, at seconds: TimeInterval) throws -> Bool {
        try Expression.parse(text, context: .workflowFilter)
            .evaluate(.task(attributes: [:], now: Date(timeIntervalSince1970: seconds)))
    }

    @Test func valuesAtTheSpecInstant() throws {
        let monday0905 = 1_736_154_300.0
        for text in ["taskrouter.currentTime == 905", "taskrouter.currentHour == '09'", "taskrouter.currentHour > 8",
                     "taskrouter.currentMin == 5", "taskrouter.dayOfWeek == 'Mon'", "taskrouter.unknown == null",
                     "taskrouter.currentTime.x == null", "taskrouter != null"] {
            #expect(try Self.holds(text, at: monday0905), "\(text)")
        }
        let justBeforeNine: TimeInterval = 1_736_153_999.5
        #expect(try Self.holds("taskrouter.currentHour == '08' AND taskrouter.currentTime == 859", at: justBeforeNine))
        #expect(try !Self.holds("taskrouter.currentHour > 8", at: justBeforeNine))
    }

    /// (seconds since 1970, day, HHMM): 1970-01-01 was a Thursday; 2025-01-05 a Sunday.
    static let instants: [(TimeInterval, String, Int)] = [
        (0, "Thu", 0), (86_399, "Thu", 2359), (86_400, "Fri", 0), (-60, "Wed", 2359),
        (1_736_035_200, "Sun", 0), (1_736_207_999, "Mon", 2359), (1_736_208_030, "Tue", 0),
        (1_736_294_400 + 3_600 * 14 + 60 * 7, "Wed", 1407), (1_736_467_200, "Fri", 0), (1_736_596_800, "Sat", 1200),
    ]

    @Test(arguments: instants)
    func dayOfWeekAndTime(_ seconds: TimeInterval, _ day: String, _ time: Int) throws {
        #expect(try Self.holds("taskrouter.dayOfWeek == '\(day)' AND taskrouter.currentTime == \(time)", at: seconds))
        #expect(try Self.holds("taskrouter.currentMin == \(time % 100)", at: seconds))
    }
}
