public import Foundation

/// An event callback waiting to be delivered: the durable outbox of `EventCallbackUrl` deliveries.
public struct OutboxEntry: Sendable, Codable, Hashable {
    /// The event's SID; also the idempotency key sent with every attempt.
    public var id: String
    public var workspaceSid: String
    public var url: String
    /// The form-encoded body, as ordered name/value pairs.
    public var body: [FormField]
    /// Attempts made so far.
    public var attempts: Int
    /// When the next attempt is due.
    public var nextAttemptAt: Date
    /// After this, the delivery is given up.
    public var expiresAt: Date

    public init(id: String, workspaceSid: String, url: String, body: [FormField], attempts: Int, nextAttemptAt: Date, expiresAt: Date) {
        self.id = id
        self.workspaceSid = workspaceSid
        self.url = url
        self.body = body
        self.attempts = attempts
        self.nextAttemptAt = nextAttemptAt
        self.expiresAt = expiresAt
    }
}

/// One name/value pair of a form body.
public struct FormField: Sendable, Codable, Hashable {
    public var name: String
    public var value: String

    public init(_ name: String, _ value: String) {
        self.name = name
        self.value = value
    }
}
