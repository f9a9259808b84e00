import SwitchboardCore
import SwitchboardEngine
import Testing

/// SIDs are a two-letter prefix and 32 lower-case hex digits; event SIDs sort in the order they were made.
@Suite struct RandomIdentifierGeneratorTests {
    static func isSID(_ sid: String, prefix: SIDPrefix) -> Bool {
        sid.count == 34 && sid.hasPrefix(prefix.rawValue)
            && sid.dropFirst(2).allSatisfy { ("0"..."9").contains($0) || ("a"..."f").contains($0) }
    }

    @Test func sidsAreAPrefixAnd32HexDigits() {
        let ids = RandomIdentifierGenerator()
        for prefix in [SIDPrefix.task, .worker, .reservation, .event] {
            let sid = ids.makeSID(prefix)
            #expect(Self.isSID(sid, prefix: prefix), "\(sid)")
        }
        #expect(ids.makeSecret().count == 32)
    }

    @Test func sidsDoNotRepeatAndUseEveryDigit() {
        let ids = RandomIdentifierGenerator()
        let sids = (0..<2_000).map { _ in ids.makeSID(.task) }
        #expect(Set(sids).count == sids.count)
        // Every digit shows up in every position over 2,000 SIDs unless the digits are badly drawn.
        for position in 2..<34 {
            let digits = Set(sids.map { $0[$0.index($0.startIndex, offsetBy: position)] })
            #expect(digits.count == 16, "position \(position) only had \(digits.sorted())")
        }
    }

    @Test func eventSidsSortInCreationOrder() {
        let ids = RandomIdentifierGenerator()
        let sids = (0..<500).map { _ in ids.makeSID(.event) }
        #expect(sids == sids.sorted())
        #expect(sids.allSatisfy { Self.isSID($0, prefix: .event) })
    }
}
