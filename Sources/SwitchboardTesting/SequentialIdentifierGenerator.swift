import Synchronization
public import SwitchboardCore

/// Deterministic SIDs for golden tests: `WS00000000000000000000000000000001`, then `…02`, … (one counter per prefix).
public final class SequentialIdentifierGenerator: IdentifierGenerator {
    private let counters = Mutex<[SIDPrefix: Int]>([:])

    public init() {}

    public func makeSID(_ prefix: SIDPrefix) -> String {
        let n = counters.withLock { c -> Int in
            c[prefix, default: 0] += 1
            return c[prefix]!
        }
        let hex = String(n, radix: 16)
        return prefix.rawValue + String(repeating: "0", count: 32 - hex.count) + hex
    }

    public func makeSecret() -> String { "0123456789abcdef0123456789abcdef" }
}
