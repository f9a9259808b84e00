import Foundation

/// The `taskrouter.*` time-of-day variables for one instant, computed in UTC (spec §1.6).
struct TimeOfDay: Sendable, Hashable {
    /// Hour 0–23.
    let hour: Int
    /// Minute 0–59.
    let minute: Int
    /// `Mon` … `Sun`.
    let dayOfWeek: String

    private static let dayNames = ["Thu", "Fri", "Sat", "Sun", "Mon", "Tue", "Wed"]  // 1970-01-01 was a Thursday

    init(_ now: Date) {
        let interval = now.timeIntervalSince1970.rounded(.down)
        let seconds = abs(interval) < 9.0e15 ? Int64(interval) : 0
        let (days, secondOfDay) = Self.floorDivision(seconds, 86_400)
        hour = Int(secondOfDay / 3_600)
        minute = Int(secondOfDay % 3_600 / 60)
        dayOfWeek = Self.dayNames[Int(Self.floorDivision(days, 7).remainder)]
    }

    /// The value of `taskrouter.<name>`, or null for an unknown name.
    func value(named name: String) -> JSONValue {
        switch name {
        case "currentTime": .number(Double(hour * 100 + minute))
        case "currentHour": .string(hour < 10 ? "0\(hour)" : "\(hour)")
        case "currentMin": .number(Double(minute))
        case "dayOfWeek": .string(dayOfWeek)
        default: .null
        }
    }

    /// All variables as one object (what a bare `taskrouter` names).
    var jsonValue: JSONValue {
        .object(["currentTime": value(named: "currentTime"), "currentHour": value(named: "currentHour"),
                 "currentMin": value(named: "currentMin"), "dayOfWeek": value(named: "dayOfWeek")])
    }

    private static func floorDivision(_ value: Int64, _ divisor: Int64) -> (quotient: Int64, remainder: Int64) {
        let remainder = (value % divisor + divisor) % divisor
        return ((value - remainder) / divisor, remainder)
    }
}
