import SwitchboardCore

/// Where engines hand work that happens after a commit: assignment callbacks to send, and a nudge
/// to the event delivery service when new callbacks were queued.
struct EngineOutputs: Sendable {
    let assignmentCallbacks: AsyncStream<AssignmentCallbackRequest>.Continuation
    let backoff: DeliveryBackoff
    let deliveriesQueued: @Sendable () -> Void
    let events: EventBus
}
