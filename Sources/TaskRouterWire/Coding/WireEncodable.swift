import Foundation

/// A wire DTO whose JSON form lists every stored property under its snake_case name, `null` when nil.
///
/// Conforming types get `encode(to:)` from this protocol (it wins over synthesized `Encodable`):
/// ```swift
/// struct Thing: WireEncodable { var friendlyName: String? }   // encodes {"friendly_name":null}
/// ```
/// Dates are written as `YYYY-MM-DDTHH:MM:SSZ` regardless of the encoder's date strategy;
/// dictionary keys (such as `links`) are written verbatim.
public protocol WireEncodable: Encodable, Sendable {}

extension WireEncodable {
    /// Encodes each stored property, in declaration order, under its snake_case label.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: WireCodingKey.self)
        let children = Mirror(reflecting: self).children
        let keys = WireKeyCache.shared.keys(for: Self.self, labels: children)
        for (key, child) in zip(keys, children) {
            try container.encodeWireValue(child.value, forKey: key)
        }
    }
}

extension KeyedEncodingContainer where Key == WireCodingKey {
    /// Encodes one reflected property value: nil → `null`, `Date` → wire date string, else as `Encodable`.
    mutating func encodeWireValue(_ value: Any, forKey key: WireCodingKey) throws {
        switch value {
        case let string as String: try encode(string, forKey: key)
        case let int as Int: try encode(int, forKey: key)
        case let bool as Bool: try encode(bool, forKey: key)
        case let date as Date: try encode(WireCoding.formatDate(date), forKey: key)
        case let encodable as any Encodable:
            if let optional = value as? any WireOptional, optional.isNone {
                try encodeNil(forKey: key)
            } else {
                try encode(encodable, forKey: key)
            }
        default:
            if let optional = value as? any WireOptional, optional.isNone {
                try encodeNil(forKey: key)
                return
            }
            let context = EncodingError.Context(
                codingPath: codingPath + [key],
                debugDescription: "Property \(key.stringValue) of type \(type(of: value)) is not Encodable"
            )
            throw EncodingError.invalidValue(value, context)
        }
    }
}

/// Lets reflection recognise `nil` held as `Any`.
protocol WireOptional {
    /// Whether the value is `.none`.
    var isNone: Bool { get }
}

extension Optional: WireOptional {
    var isNone: Bool { self == nil }
}

/// The snake_case keys of each wire type's stored properties, computed once per type.
final class WireKeyCache: @unchecked Sendable {
    static let shared = WireKeyCache()
    private let lock = NSLock()
    private var keysByType: [ObjectIdentifier: [WireCodingKey]] = [:]

    func keys(for type: Any.Type, labels children: Mirror.Children) -> [WireCodingKey] {
        let id = ObjectIdentifier(type)
        if let keys = lock.withLock({ keysByType[id] }) { return keys }
        let keys = children.map { WireCodingKey(WireKeys.snakeCase($0.label ?? "")) }
        lock.withLock { keysByType[id] = keys }
        return keys
    }
}
