import Foundation
public import SwitchboardCore

/// Generates SIDs from the system's cryptographically secure random source.
///
/// Event SIDs are time-ordered instead (12 hex digits of milliseconds, 4 of a counter, 16 random), so
/// events of the same millisecond keep the order in which they were recorded.
public struct RandomIdentifierGenerator: IdentifierGenerator {
    public init() {}

    public func makeSID(_ prefix: SIDPrefix) -> String {
        guard prefix == .event else { return prefix.rawValue + Self.hex32() }
        let (ms, counter) = EventSequence.shared.next()
        return prefix.rawValue + Self.hex(ms, digits: 12) + Self.hex(UInt64(counter), digits: 4) + String(Self.hex32().prefix(16))
    }

    static func hex(_ value: UInt64, digits: Int) -> String {
        let s = String(value, radix: 16)
        return String(repeating: "0", count: max(0, digits - s.count)) + s.suffix(digits)
    }

    public func makeSecret() -> String { Self.hex32() }

    /// 128 random bits as 32 lower-case hex digits (two reads of the system source, not one per digit).
    static func hex32() -> String {
        var rng = SystemRandomNumberGenerator()
        let high: UInt64 = rng.next(), low: UInt64 = rng.next()
        return String(unsafeUninitializedCapacity: 32) { buffer in
            for i in 0..<16 {
                buffer[i] = hexDigit(high >> (60 - 4 * UInt64(i)))
                buffer[16 + i] = hexDigit(low >> (60 - 4 * UInt64(i)))
            }
            return 32
        }
    }

    private static func hexDigit(_ value: UInt64) -> UInt8 {
        let nibble = UInt8(truncatingIfNeeded: value & 0xF)
        return nibble < 10 ? 0x30 + nibble : 0x57 + nibble
    }
}

/// A process-wide (millisecond, counter) pair that only moves forward.
final class EventSequence: @unchecked Sendable {
    static let shared = EventSequence()
    private let lock = NSLock()
    private var lastMilliseconds: UInt64 = 0
    private var counter: UInt16 = 0

    func next() -> (UInt64, UInt16) {
        let now = UInt64(max(0, Date().timeIntervalSince1970 * 1000))
        return lock.withLock {
            if now > lastMilliseconds {
                lastMilliseconds = now
                counter = 0
            } else if counter == UInt16.max {
                lastMilliseconds += 1
                counter = 0
            } else {
                counter += 1
            }
            return (lastMilliseconds, counter)
        }
    }
}
