import Foundation

/// The `SplitByWaitTime` parameter: thresholds in seconds, kept with the text the caller wrote as
/// the keys of `split_by_wait_time` (routing-semantics §6.3).
///
/// ```swift
/// let thresholds = try WaitTimeThresholds.parse("5,30")
/// let splits = thresholds.split(acceptedWaits: [2, 7, 40], canceledWaits: [31])
/// // splits[0]: key "5", below (accepted 1, canceled 0), above (accepted 2, canceled 1)
/// ```
public struct WaitTimeThresholds: Sendable, Hashable {
    /// One threshold: its key as written and its value in seconds.
    public struct Threshold: Sendable, Hashable {
        public var key: String
        public var seconds: Int
    }

    /// Counts of one side of a threshold.
    public struct Counts: Sendable, Hashable {
        public var tasksCanceled: Int
        public var reservationsAccepted: Int

        public init(tasksCanceled: Int = 0, reservationsAccepted: Int = 0) {
            self.tasksCanceled = tasksCanceled
            self.reservationsAccepted = reservationsAccepted
        }
    }

    /// The counts below (`wait < T`) and at or above (`wait ≥ T`) one threshold.
    public struct Split: Sendable, Hashable {
        public var key: String
        public var below = Counts()
        public var above = Counts()
    }

    public var thresholds: [Threshold]

    /// Most thresholds one request may ask for.
    public static let limit = 50

    /// Parses comma-separated whole seconds (`5,30`), at most ``limit`` of them; anything else is a 400.
    public static func parse(_ text: String) throws(DomainError) -> WaitTimeThresholds {
        var thresholds: [Threshold] = []
        var bad: [String] = []
        for part in text.split(separator: ",", omittingEmptySubsequences: false) {
            let key = part.trimmingCharacters(in: .whitespaces)
            if let seconds = Int(key), seconds >= 0, seconds <= Int(Int32.max) {
                if !thresholds.contains(where: { $0.key == key }) { thresholds.append(Threshold(key: key, seconds: seconds)) }
            } else {
                bad.append("'\(key)'")
            }
        }
        guard bad.isEmpty else {
            throw .invalid("SplitByWaitTime must be comma-separated whole seconds; not valid: \(bad.prefix(5).joined(separator: ", "))")
        }
        guard thresholds.count <= limit else { throw .invalid("SplitByWaitTime takes at most \(limit) thresholds") }
        return WaitTimeThresholds(thresholds: thresholds)
    }

    /// The split of the given waits at every threshold, in the order given.
    public func split(acceptedWaits: [Int], canceledWaits: [Int]) -> [Split] {
        let accepted = acceptedWaits.sorted(), canceled = canceledWaits.sorted()
        return thresholds.map { t in
            let acceptedBelow = Self.countBelow(t.seconds, in: accepted), canceledBelow = Self.countBelow(t.seconds, in: canceled)
            return Split(key: t.key,
                         below: Counts(tasksCanceled: canceledBelow, reservationsAccepted: acceptedBelow),
                         above: Counts(tasksCanceled: canceled.count - canceledBelow, reservationsAccepted: accepted.count - acceptedBelow))
        }
    }

    /// How many of the sorted `values` are below `threshold` (binary search).
    static func countBelow(_ threshold: Int, in values: [Int]) -> Int {
        var low = 0, high = values.count
        while low < high {
            let mid = (low + high) / 2
            if values[mid] < threshold { low = mid + 1 } else { high = mid }
        }
        return low
    }
}
