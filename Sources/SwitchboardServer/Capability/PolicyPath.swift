import Foundation

/// A URL reduced to what capability policies compare: its path segments.
///
/// Scheme, host, port, query and fragment are dropped (tokens minted for `taskrouter.twilio.com` and
/// `event-bridge.twilio.com` work against any host), empty segments are dropped exactly as the router
/// drops them (so a trailing `/` or a doubled `//` changes nothing), and every segment is
/// percent-decoded, because the controllers decode their path parameters. A path that could mean
/// something else once decoded — a segment that decodes to `.`/`..` or contains `/` or `\` (`%2F`,
/// `%5C`), or an invalid escape — has no segments at all (`nil`) and matches no policy.
///
///     PolicyPath.segments(of: "https://taskrouter.twilio.com/v1/Workspaces/WS1/")  // ["v1", "Workspaces", "WS1"]
///     PolicyPath.segments(of: "/v1/Workspaces/WS1%2F..%2FWS2")                      // nil
enum PolicyPath {
    static func segments(of url: String) -> [String]? {
        var segments: [String] = []
        for segment in raw(url) {
            guard let text = decoded(segment) else { return nil }
            segments.append(text)
        }
        return segments
    }

    /// The undecoded, non-empty segments of the path of `url`.
    static func raw(_ url: String) -> [Substring] {
        var rest = Substring(url)
        if let end = rest.firstIndex(where: { $0 == "?" || $0 == "#" }) { rest = rest[..<end] }
        if let scheme = rest.range(of: "://") {
            let authority = rest[scheme.upperBound...]
            rest = authority.firstIndex(of: "/").map { authority[$0...] } ?? ""
        }
        return rest.split(separator: "/", omittingEmptySubsequences: true)
    }

    /// A percent-decoded segment, or nil when it is unsafe to compare.
    static func decoded(_ segment: Substring) -> String? {
        guard let text = segment.contains("%") ? String(segment).removingPercentEncoding : String(segment) else { return nil }
        guard text != ".", text != "..", !text.contains("/"), !text.contains("\\") else { return nil }
        return text
    }
}
