public import Foundation

/// Which events go to the workspace's `EventCallbackUrl` (routing-semantics §5.1).
extension WorkspaceState {
    /// Outbox entries for the events that pass the workspace's `EventsFilter`; none without a callback URL.
    public func deliveries(for events: [WorkspaceEvent], now: Date, backoff: DeliveryBackoff) -> [OutboxEntry] {
        guard let url = workspace.eventCallbackUrl, !url.isEmpty else { return [] }
        return events.filter { EventsFilter.allows($0.eventType, filter: workspace.eventsFilter) }.map { e in
            OutboxEntry(id: e.sid, workspaceSid: workspace.sid, url: url,
                        body: EventCallbackForm.fields(for: e, workspaceName: workspace.friendlyName),
                        attempts: 0, nextAttemptAt: now, expiresAt: backoff.expiry(from: now))
        }
    }
}
