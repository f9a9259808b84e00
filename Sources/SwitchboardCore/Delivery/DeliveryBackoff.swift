public import Foundation

/// When a failed event-callback delivery is tried again: exponential back-off, capped, within a window.
///
/// ```swift
/// let backoff = DeliveryBackoff()        // 1 s, 2 s, 4 s, … 256 s, then every 300 s
/// backoff.delay(afterAttempt: 1)         // 1
/// backoff.delay(afterAttempt: 4)         // 8
/// backoff.delay(afterAttempt: 20)        // 300
/// backoff.expiry(from: eventDate)        // eventDate + 3600: no attempt is made after this
/// ```
public struct DeliveryBackoff: Sendable, Hashable {
    /// The delay after the first failed attempt, in seconds.
    public var initial: TimeInterval = 1
    /// The longest delay between two attempts, in seconds.
    public var maximum: TimeInterval = 300
    /// How long after its event a delivery may still be attempted, in seconds.
    public var window: TimeInterval = 3600

    public init(initial: TimeInterval = 1, maximum: TimeInterval = 300, window: TimeInterval = 3600) {
        self.initial = initial
        self.maximum = maximum
        self.window = window
    }

    /// Seconds to wait after the `n`th failed attempt (`n` ≥ 1): `initial × 2^(n−1)`, at most `maximum`.
    public func delay(afterAttempt n: Int) -> TimeInterval {
        let exponent = min(max(n - 1, 0), 62)
        return min(initial * pow(2, Double(exponent)), maximum)
    }

    /// The time after which a delivery first queued at `start` is given up.
    public func expiry(from start: Date) -> Date {
        start.addingTimeInterval(window)
    }
}
