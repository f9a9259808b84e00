/// A path into a JSON document such as `customer.tags[1]` (spec §1.3 `path`, §1.4 resolution).
///
/// ```swift
/// let path = try AttributePath.parse("customer.tags[1]")
/// path.resolve(in: attributes)  // .string("renewal"), or .null when anything is missing
/// ```
public struct AttributePath: Sendable, Hashable, CustomStringConvertible {
    /// One step of a path.
    public enum Segment: Sendable, Hashable {
        /// `.name` — a member of an object.
        case member(String)
        /// `[n]` — an element of an array (0-based).
        case index(Int)
    }

    /// The steps, first to last; the first is always a member.
    public let segments: [Segment]

    /// Creates a path from its segments.
    public init(segments: [Segment]) {
        self.segments = segments
    }

    /// Parses path syntax only (`IDENT { "." NAME | "[" UINT "]" }`), e.g. the value of `known_worker_sid`.
    public static func parse(_ text: String) throws(ExpressionError) -> AttributePath {
        var parser = ExpressionParser(source: text, context: .workflowFilter, subject: "path")
        return try parser.parseStandalonePath()
    }

    /// Follows the path from `root`: a missing member, an index out of range or a step into a non-container gives null.
    public func resolve(in root: JSONValue) -> JSONValue {
        Self.resolve(segments[...], in: root)
    }

    /// Follows `segments` from `root` (see `resolve(in:)`).
    static func resolve(_ segments: ArraySlice<Segment>, in root: JSONValue) -> JSONValue {
        var current = root
        for segment in segments {
            switch (segment, current) {
            case (.member(let name), .object(let members)):
                current = members[name] ?? .null
            case (.index(let index), .array(let elements)):
                current = elements.indices.contains(index) ? elements[index] : .null
            default:
                return .null
            }
        }
        return current
    }

    /// The path written back, e.g. `customer.tags[1]`.
    public var description: String {
        var text = ""
        for segment in segments {
            switch segment {
            case .member(let name): text += text.isEmpty ? name : "." + name
            case .index(let index): text += "[\(index)]"
            }
        }
        return text
    }

    /// The first segment's name (every parsed path starts with a member).
    var head: String? {
        if case .member(let name) = segments.first { return name }
        return nil
    }

    /// The path without its first segment.
    var tail: AttributePath {
        AttributePath(segments: Array(segments.dropFirst()))
    }
}
