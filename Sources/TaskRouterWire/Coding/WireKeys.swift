/// Converts between Swift property names (camelCase) and TaskRouter JSON field names (snake_case).
///
/// `WireKeys.snakeCase("taskQueueFriendlyName") == "task_queue_friendly_name"` and
/// `WireKeys.camelCase("event_date_ms") == "eventDateMs"`.
public enum WireKeys {
    /// camelCase → snake_case: an underscore goes before every uppercase ASCII letter, which is lowercased.
    ///
    /// Acronyms are not special: name properties `sourceIpAddress`, `url`, never `sourceIPAddress`.
    public static func snakeCase(_ name: String) -> String {
        var result = ""
        result.reserveCapacity(name.utf8.count + 4)
        for scalar in name.unicodeScalars {
            if scalar.value >= 65, scalar.value <= 90 {  // A-Z
                if !result.isEmpty { result.append("_") }
                result.unicodeScalars.append(Unicode.Scalar(scalar.value + 32)!)
            } else {
                result.unicodeScalars.append(scalar)
            }
        }
        return result
    }

    /// snake_case → camelCase: drops each underscore and uppercases the ASCII letter after it.
    ///
    /// Leading, trailing and doubled underscores are kept, so the conversion never loses a name.
    public static func camelCase(_ name: String) -> String {
        guard name.contains("_") else { return name }
        let scalars = Array(name.unicodeScalars)
        var result = String.UnicodeScalarView()
        var index = 0
        while index < scalars.count {
            let scalar = scalars[index]
            let next = index + 1 < scalars.count ? scalars[index + 1] : nil
            if scalar == "_", !result.isEmpty, let next, next.value >= 97, next.value <= 122 {  // a-z
                result.append(Unicode.Scalar(next.value - 32)!)
                index += 2
            } else {
                result.append(scalar)
                index += 1
            }
        }
        return String(result)
    }
}
