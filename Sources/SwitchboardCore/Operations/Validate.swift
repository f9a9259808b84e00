import Foundation

/// Shared checks of parameter values, each throwing `DomainError.invalid` with a precise message.
enum Validate {
    static let maxFriendlyNameLength = 64
    static let maxAttributesLength = 4096

    /// A required, non-empty name of at most 64 characters.
    static func friendlyName(_ value: String, parameter: String = "FriendlyName") throws(DomainError) -> String {
        let trimmed = value.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !trimmed.isEmpty else { throw .invalid("\(parameter) must not be empty") }
        guard value.count <= maxFriendlyNameLength else {
            throw .invalid("\(parameter) must be at most \(maxFriendlyNameLength) characters long")
        }
        return value
    }

    /// A JSON object document of at most 4,096 characters.
    static func attributes(_ value: String, parameter: String = "Attributes") throws(DomainError) -> String {
        guard value.count <= maxAttributesLength else {
            throw .invalid("\(parameter) must be at most \(maxAttributesLength) characters long")
        }
        let parsed: JSONValue
        do { parsed = try JSONValue.parse(value) } catch {
            throw .invalid("\(parameter) is not valid JSON: \(error.message)")
        }
        guard case .object = parsed else { throw .invalid("\(parameter) must be a JSON object") }
        return value
    }

    /// An absolute http or https URL, or the empty string (which clears the setting).
    static func callbackURL(_ value: String, parameter: String) throws(DomainError) -> String {
        if value.isEmpty { return value }
        guard let url = URL(string: value), let scheme = url.scheme?.lowercased(),
              scheme == "http" || scheme == "https", let host = url.host, !host.isEmpty
        else { throw .invalid("\(parameter) must be an absolute http or https URL") }
        return value
    }

    /// An integer within `range`.
    static func int(_ value: Int, in range: ClosedRange<Int>, parameter: String) throws(DomainError) -> Int {
        guard range.contains(value) else {
            throw .invalid("\(parameter) must be between \(range.lowerBound) and \(range.upperBound)")
        }
        return value
    }

    /// A SID with the given prefix.
    static func sid(_ value: String, _ prefix: SIDPrefix, parameter: String) throws(DomainError) -> String {
        guard prefix.matches(value) else {
            throw .invalid("\(parameter) must be a \(prefix.rawValue) SID (\(prefix.rawValue) followed by 32 hex digits)")
        }
        return value
    }
}
