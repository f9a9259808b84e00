import Foundation
import SwitchboardCore

/// The stored form of an event, written directly as UTF-8 bytes: the event log gets several rows per
/// task, and Foundation's `JSONEncoder` was the largest single cost of a commit. The text decodes with
/// `JSONDecoder` to the same value (synthesized `Codable`: property names as keys, `eventDate` as
/// seconds since 2001-01-01, `sourceIpAddress` absent when nil), and `data` stays an object of strings
/// for the statistics SQL (`json_extract(body, '$.data.…')`).
extension WorkspaceEvent {
    func storedJSON() -> String {
        var out: [UInt8] = []
        out.reserveCapacity(384 + data.count * 64 + description.utf8.count)
        out.append(UInt8(ascii: "{"))
        func field(_ key: StaticString, _ value: String) {
            Self.appendRaw(key, to: &out)
            Self.appendQuoted(value, to: &out)
            out.append(UInt8(ascii: ","))
        }
        field(#""sid":"#, sid)
        field(#""workspaceSid":"#, workspaceSid)
        field(#""accountSid":"#, accountSid)
        field(#""eventType":"#, eventType)
        field(#""description":"#, description)
        Self.appendRaw(#""eventDate":"#, to: &out)
        out.append(contentsOf: eventDate.timeIntervalSinceReferenceDate.description.utf8)
        out.append(UInt8(ascii: ","))
        field(#""resourceType":"#, resourceType)
        field(#""resourceSid":"#, resourceSid)
        field(#""actorType":"#, actorType)
        field(#""actorSid":"#, actorSid)
        field(#""source":"#, source)
        if let sourceIpAddress { field(#""sourceIpAddress":"#, sourceIpAddress) }
        Self.appendRaw(#""data":{"#, to: &out)
        var first = true
        for (key, value) in data {
            if !first { out.append(UInt8(ascii: ",")) }
            first = false
            Self.appendQuoted(key, to: &out)
            out.append(UInt8(ascii: ":"))
            Self.appendQuoted(value, to: &out)
        }
        out.append(UInt8(ascii: "}"))
        out.append(UInt8(ascii: "}"))
        return String(decoding: out, as: UTF8.self)
    }

    private static func appendRaw(_ text: StaticString, to out: inout [UInt8]) {
        text.withUTF8Buffer { out.append(contentsOf: $0) }
    }

    private static let hex = Array("0123456789abcdef".utf8)

    /// Appends `text` as a JSON string literal: `"` and `\` escaped, control characters as `\u00XX`;
    /// everything else (multi-byte UTF-8 included) copied as is.
    static func appendQuoted(_ text: String, to out: inout [UInt8]) {
        out.append(UInt8(ascii: "\""))
        for byte in text.utf8 {
            switch byte {
            case UInt8(ascii: "\""), UInt8(ascii: "\\"):
                out.append(UInt8(ascii: "\\"))
                out.append(byte)
            case 0..<0x20:
                out.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "u"), UInt8(ascii: "0"), UInt8(ascii: "0"),
                                        hex[Int(byte >> 4)], hex[Int(byte & 0xF)]])
            default:
                out.append(byte)
            }
        }
        out.append(UInt8(ascii: "\""))
    }
}
