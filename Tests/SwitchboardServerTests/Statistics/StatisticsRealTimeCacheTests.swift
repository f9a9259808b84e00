import Foundation
@testable import SwitchboardServer
import Testing

/// Realtime sections of large workspaces are reused for at most a second; small ones never.
struct StatisticsRealTimeCacheTests {
    let key = StatisticsRealTimeCache.Key(workspaceSid: "WS1", scope: "workspace", taskChannelSid: nil)
    let t0 = Date(timeIntervalSince1970: 1_767_225_600)

    @Test func largeWorkspacesReuseASectionForASecond() {
        let cache = StatisticsRealTimeCache(maxAge: 1, threshold: 10)
        var computed = 0
        func read(_ at: TimeInterval) -> Int { cache.value(key, size: 10, now: t0 + at) { computed += 1; return computed } }
        #expect(read(0) == 1)
        #expect(read(0.999) == 1)
        #expect(read(1) == 2)
        #expect(read(1.5) == 2)
        #expect(read(0.5) == 3, "a clock that went back does not serve a section from its future")
    }

    @Test func smallWorkspacesAreAlwaysFresh() {
        let cache = StatisticsRealTimeCache(maxAge: 1, threshold: 10)
        var computed = 0
        for _ in 0..<3 { _ = cache.value(key, size: 9, now: t0) { computed += 1; return computed } }
        #expect(computed == 3)
    }

    @Test func keysAreSeparate() {
        let cache = StatisticsRealTimeCache(maxAge: 1, threshold: 0)
        let voice = StatisticsRealTimeCache.Key(workspaceSid: "WS1", scope: "workspace", taskChannelSid: "TC1")
        #expect(cache.value(key, size: 1, now: t0) { "all" } == "all")
        #expect(cache.value(voice, size: 1, now: t0) { "voice" } == "voice")
        #expect(cache.value(key, size: 1, now: t0) { "again" } == "all")
    }
}
