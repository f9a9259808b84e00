import SwitchboardCore
import Testing

/// Windows answered from whole minute, hour and day buckets plus raw edges.
struct WindowDecompositionTests {
    static let minute: Int64 = 60_000, hour: Int64 = 3_600_000, day: Int64 = 86_400_000

    @Test func aWindowInsideOneMinuteIsRaw() {
        let d = WindowDecomposition(1_000..<59_000)
        #expect(d.buckets.isEmpty)
        #expect(d.raw == [1_000..<59_000])
    }

    @Test func coarsestBucketsFirstThenEdges() {
        let start = Self.day - 2 * Self.hour - Self.minute - 500
        let end = 3 * Self.day + Self.hour + Self.minute + 700
        let d = WindowDecomposition(start..<end)
        #expect(d.buckets.count == 5)
        #expect(d.buckets.contains(BucketRange(level: .day, first: 1, last: 2)))
        #expect(d.buckets.contains(BucketRange(level: .hour, first: 22, last: 23)))
        #expect(d.buckets.contains(BucketRange(level: .hour, first: 72, last: 72)))
        #expect(d.buckets.contains(BucketRange(level: .minute, first: 1_319, last: 1_319)))
        #expect(d.buckets.contains(BucketRange(level: .minute, first: 4_380, last: 4_380)))
        #expect(d.raw.sorted { $0.lowerBound < $1.lowerBound } == [start..<(start + 500), (end - 700)..<end])
    }

    /// Every millisecond is covered exactly once, for assorted windows.
    @Test(arguments: [(0, 1), (59_999, 60_001), (1, 86_400_000 * 3 + 7), (3_599_999, 7_200_001), (123_456_789, 987_654_321)])
    func coversEveryMillisecondOnce(_ bounds: (Int64, Int64)) {
        let range = bounds.0..<bounds.1
        let d = WindowDecomposition(range)
        var pieces = d.raw
        for b in d.buckets { pieces.append((b.first * b.level.milliseconds)..<((b.last + 1) * b.level.milliseconds)) }
        pieces.sort { $0.lowerBound < $1.lowerBound }
        #expect(pieces.first?.lowerBound == range.lowerBound)
        #expect(pieces.last?.upperBound == range.upperBound)
        for (a, b) in zip(pieces, pieces.dropFirst()) { #expect(a.upperBound == b.lowerBound) }
    }

    @Test func partialBucketsAreTheRaggedEnds() {
        let range = (Self.hour + 5)..<(3 * Self.hour)
        #expect(WindowDecomposition.partialBuckets(range, level: .hour) == [1])
        #expect(WindowDecomposition.partialBuckets(range, level: .minute) == [60])
        #expect(WindowDecomposition.partialBuckets(range, level: .day) == [0])
        #expect(WindowDecomposition.partialBuckets((Self.hour + 5)..<(Self.hour + 9), level: .hour) == [1])
        #expect(WindowDecomposition.partialBuckets(0..<Self.day, level: .day).isEmpty)
    }
}
