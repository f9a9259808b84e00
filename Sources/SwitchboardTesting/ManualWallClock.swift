public import Foundation
import Synchronization
public import SwitchboardEngine

/// A clock that moves only when a test advances it.
///
///     let clock = ManualWallClock()
///     clock.advance(by: 120)   // two minutes pass, instantly
public final class ManualWallClock: WallClock {
    private let current: Mutex<Date>

    /// Starts at `start` (default 2026-01-01T00:00:00Z).
    public init(start: Date = Date(timeIntervalSince1970: 1_767_225_600)) { current = Mutex(start) }

    public func now() -> Date { current.withLock { $0 } }

    /// Moves the clock forward by `seconds`.
    public func advance(by seconds: TimeInterval) { current.withLock { $0 = $0.addingTimeInterval(seconds) } }

    /// Sets the clock to `date`.
    public func set(_ date: Date) { current.withLock { $0 = date } }
}
