import Synchronization

/// The base of every absolute URL the server emits; fixed by `--public-url` or learnt once the port is bound.
public final class PublicURL: Sendable {
    private let value: Mutex<String>

    public init(_ initial: String) { value = Mutex(Self.trimmed(initial)) }

    /// The base URL without a trailing slash, e.g. `http://127.0.0.1:8080`.
    public var base: String { value.withLock { $0 } }

    /// Replaces the base URL.
    public func set(_ url: String) { value.withLock { $0 = Self.trimmed(url) } }

    static func trimmed(_ url: String) -> String {
        var s = Substring(url)
        while s.hasSuffix("/") { s = s.dropLast() }
        return String(s)
    }
}
