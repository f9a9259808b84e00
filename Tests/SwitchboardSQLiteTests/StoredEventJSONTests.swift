import Foundation
import SwitchboardCore
@testable import SwitchboardSQLite
import Testing

/// The event log's hand-written JSON decodes to the very event that was stored, whatever its text holds.
@Suite struct StoredEventJSONTests {
    static let texts = ["", "plain", "quote \" and backslash \\", "line\nbreak\ttab\rreturn", "nul \u{0} and \u{1f} and \u{7f}",
                        "ünïcødé ✓ 🎧", #"{"json":["in",1,{"a":null}]}"#, "slash / and </script>", "\u{2028}\u{2029}"]

    static func event(_ text: String, ip: String?, seconds: Double) -> WorkspaceEvent {
        WorkspaceEvent(
            sid: "EV" + String(repeating: "a", count: 32), workspaceSid: "WS1", accountSid: "AC1", eventType: "task.created",
            description: text, eventDate: Date(timeIntervalSince1970: seconds), resourceType: "task", resourceSid: "WT1",
            actorType: "account", actorSid: "AC1", source: "api", sourceIpAddress: ip,
            data: ["task_attributes": text, text: "key", "task_age": "12", "empty": ""])
    }

    @Test(arguments: texts)
    func decodesToTheSameEvent(_ text: String) throws {
        for (ip, seconds) in [(nil, 1_767_225_600.123), ("127.0.0.1", 0.1 + 0.2), (nil, -1.5), ("::1", 1e9 / 3)] as [(String?, Double)] {
            let event = Self.event(text, ip: ip, seconds: seconds)
            let decoded = try JSONDecoder().decode(WorkspaceEvent.self, from: Data(event.storedJSON().utf8))
            #expect(decoded == event)
        }
    }

    @Test func matchesWhatJSONEncoderWrites() throws {
        let event = Self.event("same \"fields\"", ip: "10.0.0.1", seconds: 1_767_225_600.5)
        let ours = try JSONSerialization.jsonObject(with: Data(event.storedJSON().utf8)) as? NSDictionary
        let foundation = try JSONSerialization.jsonObject(with: JSONEncoder().encode(event)) as? NSDictionary
        #expect(ours == foundation)
    }
}
