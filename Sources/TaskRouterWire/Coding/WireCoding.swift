public import Foundation

/// The JSON encoder, decoder and date format of the TaskRouter wire.
///
/// ```swift
/// let body = try WireCoding.makeEncoder().encode(workspace)   // sorted keys, wire dates
/// let back = try WireCoding.makeDecoder().decode(WorkspaceResource.self, from: body)
/// ```
public enum WireCoding {
    /// Properties whose JSON object keys are data, not field names: never case-converted when decoding.
    static let verbatimKeyProperties: Set<String> = ["links", "eventData"]

    /// An encoder for wire bodies: sorted keys, unescaped slashes, dates as `YYYY-MM-DDTHH:MM:SSZ`.
    public static func makeEncoder() -> JSONEncoder {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        encoder.dateEncodingStrategy = .custom { date, encoder in
            var container = encoder.singleValueContainer()
            try container.encode(formatDate(date))
        }
        return encoder
    }

    /// A decoder for wire bodies: snake_case field names to camelCase (except inside `links` and
    /// `event_data`), dates in any form ``parseDate(_:)`` accepts.
    public static func makeDecoder() -> JSONDecoder {
        let decoder = JSONDecoder()
        decoder.keyDecodingStrategy = .custom { path in
            let key = path.last?.stringValue ?? ""
            let verbatim = path.dropLast().contains { verbatimKeyProperties.contains($0.stringValue) }
            if let index = path.last?.intValue { return WireCodingKey(intValue: index) }
            return WireCodingKey(verbatim ? key : WireKeys.camelCase(key))
        }
        decoder.dateDecodingStrategy = .custom { decoder in
            let container = try decoder.singleValueContainer()
            let text = try container.decode(String.self)
            guard let date = parseDate(text) else {
                throw DecodingError.dataCorruptedError(
                    in: container, debugDescription: "Expected a date like 2016-08-01T22:10:40Z, got \(text)")
            }
            return date
        }
        return decoder
    }

    /// Formats a date as `YYYY-MM-DDTHH:MM:SSZ` in UTC, truncated to whole seconds.
    public static func formatDate(_ date: Date) -> String {
        WireDate(date).description
    }

    /// Parses `YYYY-MM-DDTHH:MM:SS[.fff](Z|±HH:MM|±HHMM)` or a bare `YYYY-MM-DD` (midnight UTC).
    public static func parseDate(_ text: String) -> Date? {
        WireDate(parsing: text)?.date
    }
}
