public import Foundation
public import SwitchboardCore

/// The storage seam. Every backend (SQLite now, PostgreSQL later) passes the same conformance suite.
///
/// Writes arrive as change sets that the engine has already validated; `commit` writes a batch of them
/// in one transaction (group commit) and returns only once the batch is durable.
public protocol SwitchboardStore: Sendable {
    /// Brings the schema up to date by running the numbered migrations not yet applied.
    func migrate() async throws

    /// Writes every change of every change set in one transaction, in order.
    func commit(_ batch: [ChangeSet]) async throws

    /// Every account.
    func listAccounts() async throws -> [Account]

    /// The account with `sid`, if any.
    func fetchAccount(sid: String) async throws -> Account?

    /// Every stored resource, grouped by workspace SID (used to rebuild the engines at start).
    func loadWorkspaces() async throws -> [String: [StoredResource]]

    /// Events of a workspace matching `query`, newest first.
    func listEvents(_ query: EventQuery) async throws -> [WorkspaceEvent]

    /// One event of a workspace.
    func fetchEvent(workspaceSid: String, sid: String) async throws -> WorkspaceEvent?

    // MARK: Outbox of event callbacks

    /// Deliveries whose next attempt is due at `now`, oldest first.
    func dueDeliveries(at now: Date, limit: Int) async throws -> [OutboxEntry]

    /// Removes a delivery (delivered, or given up).
    func removeDelivery(id: String) async throws

    /// Records a failed attempt and when to try again.
    func rescheduleDelivery(id: String, attempts: Int, nextAttemptAt: Date) async throws

    /// The earliest `nextAttemptAt` of any queued delivery.
    func nextDeliveryDate() async throws -> Date?
}
