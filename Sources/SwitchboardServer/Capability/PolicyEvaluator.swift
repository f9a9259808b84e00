public import TaskRouterWire

/// A request as capability policies see it: method, path (or URL) and parameters.
public struct PolicyRequest: Sendable {
    public var method: String
    /// A path or an absolute URL; only its path counts (see ``PolicyPath``).
    public var path: String
    /// The query parameters (checked against `query_filter`).
    public var query: FormParameters
    /// The form parameters of a POST body (checked against `post_filter`).
    public var form: FormParameters

    public init(method: String, path: String, query: FormParameters = FormParameters(pairs: []),
                form: FormParameters = FormParameters(pairs: [])) {
        self.method = method
        self.path = path
        self.query = query
        self.form = form
    }
}

/// What a token's policies say about a request.
public enum PolicyDecision: Sendable, Equatable {
    case allowed
    /// No policy matched (default deny) or the most specific match has `allow: false`.
    case denied
    /// Two equally specific matching policies disagree: the token is invalid.
    case conflicting
}

/// Evaluates capability policies the way Twilio documents them (spec tokens-and-events §2.2):
/// candidates are the policies whose URL, method and filters match; the most specific candidate
/// decides (more literal segments, then literal before `/*` before `/**`, then a filtered rule
/// before an unfiltered one); no candidate denies.
///
///     PolicyEvaluator.decide(claims.policies, PolicyRequest(method: "GET", path: "/v1/Workspaces/WS1/"))
public enum PolicyEvaluator {
    public static func decide(_ policies: [CapabilityPolicy], _ request: PolicyRequest) -> PolicyDecision {
        guard let path = PolicyPath.segments(of: request.path) else { return .denied }
        let method = request.method.uppercased()
        let candidates = policies.compactMap(CompiledPolicy.init).filter {
            $0.policy.method.uppercased() == method && $0.matches(path)
                && filter($0.policy.queryFilter, accepts: request.query) && filter($0.policy.postFilter, accepts: request.form)
        }
        guard let best = candidates.map(\.specificity).max(by: <) else { return .denied }
        let verdicts = Set(candidates.filter { $0.specificity == best }.map(\.policy.allow))
        if verdicts.count > 1 { return .conflicting }
        return verdicts.first == true ? .allowed : .denied
    }

    /// An empty filter accepts anything; otherwise the parameters are a closed set: each one must be
    /// named by the filter, required ones must be present, and pinned values must be equal.
    static func filter(_ filter: [String: FilterRequirement], accepts parameters: FormParameters) -> Bool {
        guard !filter.isEmpty else { return true }
        guard parameters.names.allSatisfy({ filter[$0] != nil }) else { return false }
        for (name, requirement) in filter {
            let values = parameters.values(name)
            switch requirement {
            case .literal(let expected):
                guard !values.isEmpty, values.allSatisfy({ $0 == expected }) else { return false }
            case .matcher(let required, let expected):
                if values.isEmpty {
                    if required { return false }
                } else if let expected, !values.allSatisfy({ $0 == expected }) {
                    return false
                }
            }
        }
        return true
    }
}

/// A policy with its URL parsed into literal segments and a wildcard shape.
struct CompiledPolicy {
    enum Shape: Int {
        /// `…/**`: one or more further segments — and, our choice for TaskRouter.js v1, none.
        case descendants = 0
        /// `…/*`: exactly one further segment.
        case child = 1
        /// The exact path.
        case exact = 2
    }

    struct Specificity: Comparable, Hashable {
        var literalSegments: Int
        var shape: Int
        var filtered: Int
        static func < (a: Specificity, b: Specificity) -> Bool {
            (a.literalSegments, a.shape, a.filtered) < (b.literalSegments, b.shape, b.filtered)
        }
    }

    let policy: CapabilityPolicy
    let prefix: [String]
    let shape: Shape

    /// Nil when the URL has an unsafe segment; segments before the first `v1` (a path prefix of a
    /// custom base URL) are ignored.
    init?(_ policy: CapabilityPolicy) {
        var raw = PolicyPath.raw(policy.url)
        switch raw.last {
        case "**": shape = .descendants
        case "*": shape = .child
        default: shape = .exact
        }
        if shape != .exact { raw.removeLast() }
        var segments: [String] = []
        for segment in raw {
            guard let text = PolicyPath.decoded(segment) else { return nil }
            segments.append(text)
        }
        if let v1 = segments.firstIndex(of: "v1") { segments.removeFirst(v1) }
        self.policy = policy
        self.prefix = segments
    }

    func matches(_ path: [String]) -> Bool {
        guard path.starts(with: prefix) else { return false }
        switch shape {
        case .exact: return path.count == prefix.count
        case .child: return path.count == prefix.count + 1
        case .descendants: return true
        }
    }

    var specificity: Specificity {
        Specificity(literalSegments: prefix.count, shape: shape.rawValue,
                    filtered: policy.queryFilter.isEmpty && policy.postFilter.isEmpty ? 0 : 1)
    }
}
