public import Foundation

/// The engine's one source of the current time; tests substitute a manual clock.
public protocol WallClock: Sendable {
    /// The current time.
    func now() -> Date
}

/// The system's wall clock, truncated to milliseconds so stored and rendered times agree.
public struct SystemWallClock: WallClock {
    public init() {}

    public func now() -> Date {
        Date(timeIntervalSince1970: (Date().timeIntervalSince1970 * 1000).rounded(.down) / 1000)
    }
}
