import SwitchboardCore
import Testing

struct ExpressionCacheTests {
    @Test func compilesOncePerTextAndContext() throws {
        let cache = ExpressionCache()
        let first = try cache.expression("a == 1", context: .targetWorkers)
        let second = try cache.expression("a == 1", context: .targetWorkers)
        #expect(first == second)
        #expect(cache.count == 1)
        _ = try cache.expression("a == 1", context: .workflowFilter)
        #expect(cache.count == 2)
    }

    @Test func remembersFailures() {
        let cache = ExpressionCache()
        for _ in 0..<2 {
            #expect(throws: ExpressionError.self) { try cache.expression("a ==", context: .taskFilter) }
        }
        #expect(cache.count == 1)
    }

    @Test func staysWithinCapacity() throws {
        let cache = ExpressionCache(capacity: 3)
        for index in 0..<10 { _ = try cache.expression("a == \(index)", context: .workerFilter) }
        #expect(cache.count <= 3)
        #expect(cache.capacity == 3)
    }
}
