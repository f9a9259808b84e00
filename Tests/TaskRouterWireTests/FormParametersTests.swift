import TaskRouterWire
import Testing

/// Parsing and encoding of `application/x-www-form-urlencoded` text.
@Suite struct FormParametersTests {
    @Test func parsesPairsInOrder() {
        let form = FormParameters(encoded: "FriendlyName=Support+Queue&TaskOrder=LIFO&MaxReservedWorkers=2")
        #expect(form["FriendlyName"] == "Support Queue")
        #expect(form["TaskOrder"] == "LIFO")
        #expect(form.names == ["FriendlyName", "TaskOrder", "MaxReservedWorkers"])
        #expect(form["friendlyname"] == nil)  // names are case-sensitive
        #expect(form["Missing"] == nil)
        #expect(!form.has("Missing"))
    }

    @Test func repeatedKeysKeepEveryValueInOrder() {
        let form = FormParameters(encoded: "StatusCallbackEvent=ringing&To=x&StatusCallbackEvent=answered")
        #expect(form["StatusCallbackEvent"] == "ringing")
        #expect(form.values("StatusCallbackEvent") == ["ringing", "answered"])
        #expect(form.names == ["StatusCallbackEvent", "To"])
        #expect(form.pairs.count == 3)
    }

    @Test func decodesPlusAndEscapes() {
        let form = FormParameters(encoded: "a=1%2B1+%3D+2&b=pending%2Creserved&c=%22q%22&d=%7B%22k%22%3A1%7D&e%20f=%2b")
        #expect(form["a"] == "1+1 = 2")
        #expect(form["b"] == "pending,reserved")
        #expect(form["c"] == #""q""#)
        #expect(form["d"] == #"{"k":1}"#)
        #expect(form["e f"] == "+")
    }

    @Test func emptyValuesAndBareNames() {
        let form = FormParameters(encoded: "?Attributes=&Flag&=orphan&&Reason=done&")
        #expect(form.has("Attributes"))
        #expect(form["Attributes"] == "")
        #expect(form["Flag"] == "")
        #expect(form[""] == "orphan")
        #expect(form["Reason"] == "done")
        #expect(form.names == ["Attributes", "Flag", "", "Reason"])
        #expect(FormParameters(encoded: "").isEmpty)
        #expect(FormParameters(encoded: "?").isEmpty)
    }

    @Test func valueMayContainEqualsSigns() {
        #expect(FormParameters(encoded: "TargetWorkers=1==1")["TargetWorkers"] == "1==1")
        #expect(FormParameters(encoded: "PageToken=PA%3D%3D")["PageToken"] == "PA==")
    }

    @Test(arguments: [
        ("v=100%", "100%"), ("v=%", "%"), ("v=%4", "%4"), ("v=%ZZ", "%ZZ"), ("v=%%41", "%A"),
        ("v=a%2", "a%2"), ("v=%FF", "%FF"), ("v=%C3", "%C3"), ("v=%C3+x", "%C3+x"),
    ])
    func malformedEscapesStayRaw(_ encoded: String, _ expected: String) {
        #expect(FormParameters(encoded: encoded)["v"] == expected)
    }

    @Test func unicode() {
        let form = FormParameters(encoded: "name=Espa%C3%B1ol+%E2%98%8E&raw=日本&emoji=%F0%9F%98%80")
        #expect(form["name"] == "Español ☎")
        #expect(form["raw"] == "日本")
        #expect(form["emoji"] == "😀")
    }

    @Test func encodeEscapesEverythingButUnreserved() {
        let text = FormParameters.encode([
            ("FriendlyName", "A+B, C"), ("Attributes", #"{"k":"v/é"}"#), ("Empty", ""), ("Safe", "aZ09-._~"),
        ])
        #expect(
            text == "FriendlyName=A%2BB%2C%20C&Attributes=%7B%22k%22%3A%22v%2F%C3%A9%22%7D&Empty=&Safe=aZ09-._~")
        #expect(FormParameters.encode([]) == "")
    }

    @Test func encodeThenParseRoundTrips() {
        let pairs = [
            ("a", "x+y"), ("a", "1,2"), ("b c", "d&e=f"), ("q", #""quoted""#), ("p", "50%"), ("u", "ü☎😀"), ("e", ""),
        ]
        let form = FormParameters(encoded: FormParameters.encode(pairs))
        #expect(form == FormParameters(pairs: pairs))
        #expect(form.values("a") == ["x+y", "1,2"])
    }
}
