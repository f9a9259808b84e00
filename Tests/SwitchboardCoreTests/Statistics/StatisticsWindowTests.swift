import Foundation
import SwitchboardCore
import Testing

/// routing-semantics §6.1: window parameters.
struct StatisticsWindowTests {
    let now = Date(timeIntervalSince1970: 1_767_225_600.75)  // 2026-01-01T00:00:00.75Z

    @Test func defaultIsTheLastFifteenMinutesInWholeSeconds() throws {
        let w = try StatisticsWindow.resolve(minutes: nil, startDate: nil, endDate: nil, now: now)
        #expect(w.end == Date(timeIntervalSince1970: 1_767_225_600))
        #expect(w.start == Date(timeIntervalSince1970: 1_767_225_600 - 900))
    }

    @Test func minutesCountBackFromNow() throws {
        let w = try StatisticsWindow.resolve(minutes: 60, startDate: nil, endDate: nil, now: now)
        #expect(w.end.timeIntervalSince(w.start) == 3_600)
    }

    @Test func minutesCannotBeCombinedWithDates() {
        #expect(throws: DomainError.self) { try StatisticsWindow.resolve(minutes: 5, startDate: now, endDate: nil, now: now) }
        #expect(throws: DomainError.self) { try StatisticsWindow.resolve(minutes: 5, startDate: nil, endDate: now, now: now) }
    }

    @Test(arguments: [0, -1, 43_201])
    func minutesOutOfRange(_ minutes: Int) {
        #expect(throws: DomainError.self) { try StatisticsWindow.resolve(minutes: minutes, startDate: nil, endDate: nil, now: now) }
    }

    @Test func aDateAloneTakesNowOrFifteenMinutesBeforeNow() throws {
        let start = now.addingTimeInterval(-3_600)
        let a = try StatisticsWindow.resolve(minutes: nil, startDate: start, endDate: nil, now: now)
        #expect(a.start == Date(timeIntervalSince1970: start.timeIntervalSince1970.rounded(.down)))
        #expect(a.end == Date(timeIntervalSince1970: 1_767_225_600))
        let b = try StatisticsWindow.resolve(minutes: nil, startDate: nil, endDate: now.addingTimeInterval(-60), now: now)
        #expect(b.start == Date(timeIntervalSince1970: 1_767_225_600 - 900))
        #expect(throws: DomainError.self) {
            try StatisticsWindow.resolve(minutes: nil, startDate: nil, endDate: now.addingTimeInterval(-3_600), now: now)
        }
    }

    @Test func startAfterEndIsInvalid() {
        #expect(throws: DomainError.self) {
            try StatisticsWindow.resolve(minutes: nil, startDate: now, endDate: now.addingTimeInterval(-1), now: now)
        }
    }

    @Test func millisecondsIncludeTheWholeLastSecondAndStopAtThirtyDays() {
        let w = StatisticsWindow(start: Date(timeIntervalSince1970: 100), end: Date(timeIntervalSince1970: 200))
        #expect(w.milliseconds(now: Date(timeIntervalSince1970: 300)) == 100_000..<201_000)
        let old = StatisticsWindow(start: now.addingTimeInterval(-40 * 86_400), end: now)
        let range = old.milliseconds(now: now)
        #expect(range.lowerBound == StatisticsWindow.milliseconds(now) - 30 * 86_400_000)
    }
}
