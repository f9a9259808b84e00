/// One rule of a TaskRouter capability token: a URL (literal, or ending in `/*` or `/**`), a method,
/// whether it allows or denies, and optional filters on query and form parameters.
public struct CapabilityPolicy: Codable, Sendable, Hashable {
    public var url: String
    public var method: String
    public var allow: Bool
    public var queryFilter: [String: FilterRequirement]
    public var postFilter: [String: FilterRequirement]

    public init(url: String, method: String, allow: Bool = true,
                queryFilter: [String: FilterRequirement] = [:], postFilter: [String: FilterRequirement] = [:]) {
        self.url = url
        self.method = method.uppercased()
        self.allow = allow
        self.queryFilter = queryFilter
        self.postFilter = postFilter
    }

    enum CodingKeys: String, CodingKey {
        case url, method, allow
        case queryFilter = "query_filter"
        case postFilter = "post_filter"
    }

    /// Lenient decoding: `allow` defaults to false, missing filters are `{}` (as some helper libraries emit).
    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        url = try c.decode(String.self, forKey: .url)
        method = try c.decode(String.self, forKey: .method).uppercased()
        allow = try c.decodeIfPresent(Bool.self, forKey: .allow) ?? false
        queryFilter = try c.decodeIfPresent([String: FilterRequirement].self, forKey: .queryFilter) ?? [:]
        postFilter = try c.decodeIfPresent([String: FilterRequirement].self, forKey: .postFilter) ?? [:]
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(url, forKey: .url)
        try c.encode(method, forKey: .method)
        try c.encode(queryFilter, forKey: .queryFilter)
        try c.encode(postFilter, forKey: .postFilter)
        try c.encode(allow, forKey: .allow)
    }
}

/// A constraint on one parameter: a literal value, or `{"required": Bool, "value": String?}`.
public enum FilterRequirement: Codable, Sendable, Hashable {
    case literal(String)
    case matcher(required: Bool, value: String?)

    /// `{"required": true}`.
    public static let required = FilterRequirement.matcher(required: true, value: nil)
    /// `{"required": false}`.
    public static let optional = FilterRequirement.matcher(required: false, value: nil)

    enum Keys: String, CodingKey { case required, value }

    public init(from decoder: any Decoder) throws {
        if let single = try? decoder.singleValueContainer(), let s = try? single.decode(String.self) {
            self = .literal(s)
            return
        }
        let c = try decoder.container(keyedBy: Keys.self)
        self = .matcher(required: try c.decodeIfPresent(Bool.self, forKey: .required) ?? false,
                        value: try c.decodeIfPresent(String.self, forKey: .value))
    }

    public func encode(to encoder: any Encoder) throws {
        switch self {
        case .literal(let s):
            var c = encoder.singleValueContainer()
            try c.encode(s)
        case .matcher(let required, let value):
            var c = encoder.container(keyedBy: Keys.self)
            try c.encode(required, forKey: .required)
            try c.encodeIfPresent(value, forKey: .value)
        }
    }
}
