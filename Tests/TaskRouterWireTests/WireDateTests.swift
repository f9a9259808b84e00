import Foundation
import TaskRouterWire
import Testing

/// `WireCoding.formatDate` / `parseDate`: whole-second UTC output, tolerant ISO 8601 input.
@Suite struct WireDateTests {
    @Test(arguments: [
        (0.0, "1970-01-01T00:00:00Z"),
        (1_470_089_440, "2016-08-01T22:10:40Z"),
        (1_470_089_440.999, "2016-08-01T22:10:40Z"),
        (951_782_400, "2000-02-29T00:00:00Z"),
        (4_107_542_399, "2100-02-28T23:59:59Z"),
        (-1, "1969-12-31T23:59:59Z"),
        (-0.5, "1969-12-31T23:59:59Z"),
        (-2_208_988_800, "1900-01-01T00:00:00Z"),
        (253_402_300_799, "9999-12-31T23:59:59Z"),
    ])
    func formats(_ seconds: Double, _ expected: String) {
        #expect(WireCoding.formatDate(Date(timeIntervalSince1970: seconds)) == expected)
    }

    @Test func formatMatchesFoundationOverManyDays() {
        let formatter = ISO8601DateFormatter()
        formatter.timeZone = TimeZone(identifier: "UTC")
        for step in stride(from: -3_000_000_000.0, through: 5_000_000_000, by: 7_777_777.7) {
            let date = Date(timeIntervalSince1970: step.rounded(.down))
            #expect(WireCoding.formatDate(date) == formatter.string(from: date))
        }
    }

    @Test(arguments: [
        ("2016-08-01T22:10:40Z", 1_470_089_440.0),
        ("2016-08-01t22:10:40z", 1_470_089_440),
        ("2016-08-01T22:10:40.250Z", 1_470_089_440.25),
        ("2016-08-01T22:10:40.123456789Z", 1_470_089_440.123456789),
        ("2016-08-01T22:10:40+00:00", 1_470_089_440),
        ("2016-08-01T22:10:40-00:00", 1_470_089_440),
        ("2016-08-02T00:10:40+02:00", 1_470_089_440),
        ("2016-08-01T16:40:40-0530", 1_470_089_440),
        ("2016-08-01T22:10:40.5+00:00", 1_470_089_440.5),
        ("2016-08-01", 1_470_009_600),
        ("2000-02-29T00:00:00Z", 951_782_400),
        ("1900-01-01T00:00:00Z", -2_208_988_800),
    ])
    func parses(_ text: String, _ seconds: Double) throws {
        let date = try #require(WireCoding.parseDate(text))
        #expect(abs(date.timeIntervalSince1970 - seconds) < 0.000_001)
    }

    @Test(arguments: [
        "", "2016", "2016-08-01T", "2016-08-01T22:10:40", "2016-08-01T22:10Z", "2016-08-01 22:10:40Z",
        "2016-13-01T00:00:00Z", "2016-00-01T00:00:00Z", "2015-02-29T00:00:00Z", "2016-04-31T00:00:00Z",
        "2016-08-01T24:00:00Z", "2016-08-01T22:60:00Z", "2016-08-01T22:10:60Z", "2016-08-01T22:10:40.Z",
        "2016-08-01T22:10:40+2", "2016-08-01T22:10:40+24:00", "2016-08-01T22:10:40Zjunk", "16-08-01T22:10:40Z",
        "2016-8-1T22:10:40Z", "２０１６-08-01T22:10:40Z", "1470089440",
    ])
    func rejects(_ text: String) {
        #expect(WireCoding.parseDate(text) == nil)
    }

    @Test func roundTripsWholeSeconds() throws {
        for seconds in stride(from: -86_400 * 400, through: 86_400 * 40_000, by: 86_400 * 37 + 3_671) {
            let date = Date(timeIntervalSince1970: Double(seconds))
            #expect(WireCoding.parseDate(WireCoding.formatDate(date)) == date)
        }
    }
}
