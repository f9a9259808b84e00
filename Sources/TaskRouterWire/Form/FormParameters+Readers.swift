public import Foundation

/// Typed readers: each returns nil when the parameter is absent and throws ``ParameterError`` when
/// it is present but invalid.
///
/// ```swift
/// let name = try form.required("FriendlyName")
/// let priority = try form.int("Priority", range: 0...2_147_483_647) ?? 0
/// let order = try form.enumValue("TaskOrder", as: TaskOrder.self) ?? .fifo
/// ```
extension FormParameters {
    /// The first value of a required parameter; absent or empty throws "Missing required parameter".
    public func required(_ name: String) throws(ParameterError) -> String {
        guard let value = self[name], !value.isEmpty else {
            throw ParameterError(parameter: name, message: "Missing required parameter \(name)")
        }
        return value
    }

    /// The first value as text, limited to `maxLength` characters when given.
    public func string(_ name: String, maxLength: Int? = nil) throws(ParameterError) -> String? {
        guard let value = self[name] else { return nil }
        if let maxLength, value.count > maxLength {
            throw ParameterError(parameter: name, message: "\(name) must be at most \(maxLength) characters long")
        }
        return value
    }

    /// The first value as a decimal integer (optional sign), checked against `range` when given.
    public func int(_ name: String, range: ClosedRange<Int>? = nil) throws(ParameterError) -> Int? {
        guard let text = self[name] else { return nil }
        guard let value = Int(text) else {
            throw ParameterError(parameter: name, message: "\(name) must be an integer, got '\(text)'")
        }
        if let range, !range.contains(value) {
            throw ParameterError(
                parameter: name, message: "\(name) must be between \(range.lowerBound) and \(range.upperBound)")
        }
        return value
    }

    /// The first value as a boolean, Twilio style: `true`, `1` or `yes` (any case) are true, anything else false.
    public func bool(_ name: String) -> Bool? {
        self[name].map(Self.isTrue)
    }

    /// The first value as a date in any form ``WireCoding/parseDate(_:)`` accepts.
    public func date(_ name: String) throws(ParameterError) -> Date? {
        guard let text = self[name] else { return nil }
        guard let date = WireCoding.parseDate(text) else {
            throw ParameterError(
                parameter: name, message: "\(name) must be an ISO 8601 date-time such as 2016-08-01T22:10:40Z")
        }
        return date
    }

    /// The first value as a case of `type`, matched exactly by raw value.
    public func enumValue<E: RawRepresentable & CaseIterable>(
        _ name: String, as type: E.Type
    ) throws(ParameterError) -> E? where E.RawValue == String {
        guard let text = self[name] else { return nil }
        return try Self.enumCase(text, parameter: name, as: type)
    }

    /// Every value of `name`, accepting repeated keys and comma-separated values alike; items are
    /// trimmed and empty items dropped.
    public func list(_ name: String) -> [String] {
        values(name).flatMap { $0.split(separator: ",") }
            .map { $0.trimmingCharacters(in: .whitespaces) }
            .filter { !$0.isEmpty }
    }

    /// ``list(_:)`` with every item checked against the cases of `type`.
    public func enumList<E: RawRepresentable & CaseIterable>(
        _ name: String, as type: E.Type
    ) throws(ParameterError) -> [E] where E.RawValue == String {
        var result: [E] = []
        for item in list(name) {
            result.append(try Self.enumCase(item, parameter: name, as: type))
        }
        return result
    }

    /// The first value, checked to be a JSON object (as `Attributes` and `Configuration` must be).
    public func jsonObject(_ name: String) throws(ParameterError) -> String? {
        guard let text = self[name] else { return nil }
        let parsed = try? JSONSerialization.jsonObject(with: Data(text.utf8))
        guard parsed is [String: Any] else {
            throw ParameterError(parameter: name, message: "\(name) must be a valid JSON object")
        }
        return text
    }

    /// Twilio's boolean convention: `true`, `1`, `yes` (case-insensitive) → true.
    static func isTrue(_ text: String) -> Bool {
        ["true", "1", "yes"].contains(text.lowercased())
    }

    private static func enumCase<E: RawRepresentable & CaseIterable>(
        _ text: String, parameter: String, as type: E.Type
    ) throws(ParameterError) -> E where E.RawValue == String {
        guard let value = E(rawValue: text) else {
            let allowed = E.allCases.map(\.rawValue).joined(separator: ", ")
            throw ParameterError(
                parameter: parameter, message: "Invalid value '\(text)' for \(parameter). Allowed values: \(allowed)")
        }
        return value
    }
}
