import Foundation
import TaskRouterWire
import Testing

/// Encodes `value` with the wire encoder and compares it to `expected` (newlines removed), then
/// checks that the wire decoder reads the JSON back into an equal value.
func expectGolden<Value: Codable & Equatable>(
    _ value: Value, _ expected: String, sourceLocation: SourceLocation = #_sourceLocation
) throws {
    let data = try WireCoding.makeEncoder().encode(value)
    let json = String(decoding: data, as: UTF8.self)
    #expect(json == expected.replacingOccurrences(of: "\n", with: ""), sourceLocation: sourceLocation)
    let decoded = try WireCoding.makeDecoder().decode(Value.self, from: data)
    #expect(decoded == value, sourceLocation: sourceLocation)
}

/// The wire JSON of `value` as text.
func wireJSON(_ value: some Encodable) throws -> String {
    String(decoding: try WireCoding.makeEncoder().encode(value), as: UTF8.self)
}
