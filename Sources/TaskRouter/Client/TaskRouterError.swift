/// Everything the SDK can throw: one typed error, with TaskRouter.js v1's `code` and `message`.
///
/// ```swift
/// do {
///     let activity = try await workspace.activities.fetch("WAxxx")
/// } catch {
///     print(error.code)      // the HTTP status, e.g. 403 or 404 (0 when no response arrived)
///     print(error.message)
/// }
/// ```
public enum TaskRouterError: Error, Sendable, Hashable, CustomStringConvertible {
    /// The token is missing, unreadable, or lacks `account_sid`, `workspace_sid` or `channel`.
    case invalidToken(String)
    /// An argument is malformed, e.g. a SID with the wrong prefix when minting a token.
    case invalidArgument(String)
    /// The server answered with an error status (400, 401 expired token, 403 denied, 404, …).
    case requestFailed(status: Int, message: String, twilioCode: Int?, moreInfo: String?)
    /// The server does not implement this endpoint (HTTP 501, e.g. statistics on an older server).
    case notImplemented(message: String, twilioCode: Int?)
    /// No response: the network failed or the request timed out.
    case transport(String)
    /// The response could not be read as what the SDK expected.
    case invalidResponse(String)
    /// The event-bridge connection failed `attempts` times in a row and `maxRetries` was reached.
    case connectionFailed(attempts: Int, reason: String)

    /// TaskRouter.js v1's `error.code`: the HTTP status, or 0 when there was no HTTP answer.
    public var code: Int {
        switch self {
        case .requestFailed(let status, _, _, _): status
        case .notImplemented: 501
        default: 0
        }
    }

    /// A human-readable message: the server's `message` when it sent one.
    public var message: String {
        switch self {
        case .invalidToken(let text), .invalidArgument(let text), .transport(let text), .invalidResponse(let text): text
        case .requestFailed(_, let message, _, _), .notImplemented(let message, _): message
        case .connectionFailed(let attempts, let reason): "Gave up after \(attempts) failed connection attempts: \(reason)"
        }
    }

    /// Twilio's error number from the response body (e.g. 20404), when there was one.
    public var twilioCode: Int? {
        switch self {
        case .requestFailed(_, _, let code, _), .notImplemented(_, let code): code
        default: nil
        }
    }

    /// `"TaskRouterError(code): message"`.
    public var description: String { "TaskRouterError(\(code)): \(message)" }
}
