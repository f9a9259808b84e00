import Synchronization
public import SwitchboardCore

/// Deterministic SIDs for golden tests: `WS00000000000000000000000000000001`, then `…02`, … (one counter per
/// prefix), and distinct deterministic secrets (`5ec7e7…01`, `…02`, …).
public final class SequentialIdentifierGenerator: IdentifierGenerator {
    private struct Counters {
        var sids: [SIDPrefix: Int] = [:]
        var secrets = 0
    }

    private let counters = Mutex(Counters())

    public init() {}

    public func makeSID(_ prefix: SIDPrefix) -> String {
        let n = counters.withLock { c -> Int in
            c.sids[prefix, default: 0] += 1
            return c.sids[prefix]!
        }
        return prefix.rawValue + Self.padded(n, to: 32)
    }

    public func makeSecret() -> String {
        let n = counters.withLock { c -> Int in
            c.secrets += 1
            return c.secrets
        }
        return "5ec7e7" + Self.padded(n, to: 26)
    }

    static func padded(_ n: Int, to width: Int) -> String {
        let hex = String(n, radix: 16)
        return String(repeating: "0", count: width - hex.count) + hex
    }
}
