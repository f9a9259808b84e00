public import Foundation
public import SwitchboardCore

/// The engine's view of outbound HTTP: one form POST, answered or not. The server provides the real one.
///
/// ```swift
/// let response = await transport.post(url: "https://example.com/events", form: [FormField("EventType", "task.created")],
///                                     headers: [("Content-Type", "application/x-www-form-urlencoded")], timeout: 15)
/// if response.succeeded { … }
/// ```
/// Implementations never throw: a connection error or a timeout is a response without a status.
public protocol CallbackTransport: Sendable {
    /// POSTs `form` (form-encoded, in order) to `url` with `headers`, giving up after `timeout` seconds.
    func post(url: String, form: [FormField], headers: [(String, String)], timeout: TimeInterval) async -> CallbackResponse
}

/// The answer to a callback POST.
public struct CallbackResponse: Sendable, Hashable {
    /// The HTTP status; nil when there was no answer (connection error, timeout, invalid URL).
    public var status: Int?
    /// The `Content-Type` of the answer, if any.
    public var contentType: String?
    /// The body of the answer, decoded as UTF-8 (possibly truncated by the transport).
    public var body: String

    public init(status: Int?, contentType: String? = nil, body: String = "") {
        self.status = status
        self.contentType = contentType
        self.body = body
    }

    /// No answer at all: a connection error or a timeout.
    public static let unanswered = CallbackResponse(status: nil)

    /// Whether the status is 2xx.
    public var succeeded: Bool { status.map { (200..<300).contains($0) } ?? false }
}
