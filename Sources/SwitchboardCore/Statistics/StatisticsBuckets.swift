/// The granularities at which statistics are rolled up: a window is answered from whole days, hours
/// and minutes plus the raw facts of its ragged edges (under a minute at each end), so its cost does
/// not grow with the activity inside it.
public enum StatisticsLevel: Int, Sendable, CaseIterable, Comparable {
    case minute = 0
    case hour = 1
    case day = 2

    /// The length of one bucket, in milliseconds.
    public var milliseconds: Int64 {
        switch self {
        case .minute: 60_000
        case .hour: 3_600_000
        case .day: 86_400_000
        }
    }

    /// The bucket holding the instant `ms`.
    public func bucket(_ ms: Int64) -> Int64 { floorDivide(ms, milliseconds) }

    public static func < (a: StatisticsLevel, b: StatisticsLevel) -> Bool { a.rawValue < b.rawValue }
}

/// Consecutive buckets `first…last` of one level.
public struct BucketRange: Sendable, Hashable {
    public var level: StatisticsLevel
    public var first: Int64
    public var last: Int64

    public init(level: StatisticsLevel, first: Int64, last: Int64) {
        self.level = level
        self.first = first
        self.last = last
    }
}

/// A window split into whole buckets (coarsest first) and the raw millisecond ranges left at its edges.
///
/// ```swift
/// let parts = WindowDecomposition(0..<(2 * 86_400_000 + 3_690_000))
/// // parts.buckets == [days 0…1, hour 48, minute 2_941], parts.raw == [176_460_000..<176_490_000]
/// ```
public struct WindowDecomposition: Sendable, Hashable {
    public var buckets: [BucketRange] = []
    public var raw: [Range<Int64>] = []

    /// Decomposes the half-open millisecond range greedily: every bucket of any level that fits
    /// entirely inside `range` is covered by exactly one chosen bucket.
    public init(_ range: Range<Int64>) {
        split(range, level: StatisticsLevel.allCases.last)
    }

    private mutating func split(_ range: Range<Int64>, level: StatisticsLevel?) {
        guard !range.isEmpty else { return }
        guard let level else {
            raw.append(range)
            return
        }
        let lower = StatisticsLevel(rawValue: level.rawValue - 1)
        let size = level.milliseconds
        let first = ceilDivide(range.lowerBound, size)
        let last = floorDivide(range.upperBound, size) - 1
        guard first <= last else {
            split(range, level: lower)
            return
        }
        buckets.append(BucketRange(level: level, first: first, last: last))
        split(range.lowerBound..<(first * size), level: lower)
        split(((last + 1) * size)..<range.upperBound, level: lower)
    }

    /// The buckets of `level` that overlap `range` without lying entirely inside it (at most two).
    public static func partialBuckets(_ range: Range<Int64>, level: StatisticsLevel) -> [Int64] {
        guard !range.isEmpty else { return [] }
        let size = level.milliseconds
        let first = level.bucket(range.lowerBound)
        let last = level.bucket(range.upperBound - 1)
        return Set([first, last]).sorted().filter { b in b * size < range.lowerBound || (b + 1) * size > range.upperBound }
    }
}

func floorDivide(_ a: Int64, _ b: Int64) -> Int64 {
    let q = a / b
    return (a % b != 0 && (a < 0) != (b < 0)) ? q - 1 : q
}

func ceilDivide(_ a: Int64, _ b: Int64) -> Int64 { -floorDivide(-a, b) }
