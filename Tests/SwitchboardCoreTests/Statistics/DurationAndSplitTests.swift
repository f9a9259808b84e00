import SwitchboardCore
import Testing

/// routing-semantics §6.2 duration objects and §6.3 `split_by_wait_time`.
struct DurationAndSplitTests {
    @Test func emptyIsAllZeros() {
        let a = DurationAggregate()
        #expect((a.average, a.min, a.max, a.total, a.count) == (0, 0, 0, 0, 0))
    }

    @Test func averageRoundsHalvesUp() {
        var a = DurationAggregate()
        [10, 25].forEach { a.add($0) }
        #expect((a.average, a.min, a.max, a.total) == (18, 10, 25, 35))
        var b = DurationAggregate()
        [1, 2, 2].forEach { b.add($0) }
        #expect(b.average == 2)
    }

    @Test func mergeKeepsExtremes() {
        var a = DurationAggregate(count: 2, total: 30, min: 10, max: 20)
        a.merge(DurationAggregate(count: 1, total: 5, min: 5, max: 5))
        a.merge(DurationAggregate())
        #expect((a.count, a.total, a.min, a.max, a.average) == (3, 35, 5, 20, 12))
    }

    @Test func thresholdsSplitBelowAndAtOrAbove() throws {
        let t = try WaitTimeThresholds.parse("5, 30")
        let s = t.split(acceptedWaits: [0, 4, 5, 29, 30, 31], canceledWaits: [5, 100])
        #expect(s.map(\.key) == ["5", "30"])
        #expect(s[0].below == .init(tasksCanceled: 0, reservationsAccepted: 2))
        #expect(s[0].above == .init(tasksCanceled: 2, reservationsAccepted: 4))
        #expect(s[1].below == .init(tasksCanceled: 1, reservationsAccepted: 4))
        #expect(s[1].above == .init(tasksCanceled: 1, reservationsAccepted: 2))
    }

    @Test(arguments: ["", "5,", "a", "5,x", "-1", "1.5"])
    func badThresholdsAreInvalid(_ text: String) {
        #expect(throws: DomainError.self) { try WaitTimeThresholds.parse(text) }
    }

    @Test func figuresExposeTheSpecFields() {
        var f = CumulativeFigures()
        f.metrics[.reservationAccepted] = MetricTotals(count: 2, wait: DurationAggregate(count: 2, total: 9, min: 4, max: 5),
                                                      queueWait: DurationAggregate(count: 2, total: 3, min: 1, max: 2))
        f.metrics[.taskDeleted] = MetricTotals(count: 1)
        f.metrics[.taskSystemDeleted] = MetricTotals(count: 2)
        #expect(f.untilAccepted.average == 5)
        #expect(f.inQueueUntilAccepted.total == 3)
        #expect(f.tasksDeleted == 3)
        #expect(f.count(.taskCanceled) == 0)
    }
}
