import SwitchboardCore
import Testing

/// routing-semantics §6.3 `activity_durations`: periods clipped to the window.
struct ActivityDurationsTests {
    let window: Range<Int64> = 100_000..<200_000

    @Test func periodsAreClippedToTheWindow() {
        var d = ActivityDurations()
        d.add(ActivityPeriod(activitySid: "WAidle", startMs: 50_000, endMs: 130_000), clippedTo: window)   // 30 s inside
        d.add(ActivityPeriod(activitySid: "WAidle", startMs: 130_000, endMs: 150_000), clippedTo: window)  // 20 s
        d.add(ActivityPeriod(activitySid: "WAidle", startMs: 190_000, endMs: 400_000), clippedTo: window)  // 10 s
        d.add(ActivityPeriod(activitySid: "WAidle", startMs: 0, endMs: 100_000), clippedTo: window)        // touches: no
        d.add(ActivityPeriod(activitySid: "WAbusy", startMs: 200_000, endMs: 300_000), clippedTo: window)  // after: no
        #expect(d["WAidle"].count == 3)
        #expect((d["WAidle"].total, d["WAidle"].min, d["WAidle"].max, d["WAidle"].average) == (60, 10, 30, 20))
        #expect(d["WAbusy"].count == 0)
    }

    @Test func aZeroLengthPeriodInsideCounts() {
        var d = ActivityDurations()
        d.add(ActivityPeriod(activitySid: "WA", startMs: 150_000, endMs: 150_000), clippedTo: window)
        #expect(d["WA"].count == 1)
    }

    @Test func spanLevelIsTheSmallestBucketHoldingThePeriod() {
        #expect(ActivityPeriod(activitySid: "WA", startMs: 1_000, endMs: 59_999).spanLevel == .minute)
        #expect(ActivityPeriod(activitySid: "WA", startMs: 1_000, endMs: 60_000).spanLevel == .hour)
        #expect(ActivityPeriod(activitySid: "WA", startMs: 1_000, endMs: 3_599_999).spanLevel == .hour)
        #expect(ActivityPeriod(activitySid: "WA", startMs: 1_000, endMs: 3_600_000).spanLevel == .day)
        #expect(ActivityPeriod(activitySid: "WA", startMs: 1_000, endMs: 86_400_000).spanLevel == nil)
    }
}
