/// Declares a websocket dead after `timeout` without any frame (heartbeats are whitespace frames).
struct HeartbeatWatchdog: Sendable {
    let timeout: Duration
    private let lastFrame = Locked(ContinuousClock.now)

    init(timeout: Duration) {
        self.timeout = timeout
    }

    /// Records that a frame arrived.
    func feed() {
        lastFrame.withLock { $0 = .now }
    }

    /// Returns once `timeout` has passed since the last frame, or when the task is cancelled.
    func expired() async {
        while !Task.isCancelled {
            let deadline = lastFrame.current.advanced(by: timeout)
            if ContinuousClock.now >= deadline { return }
            do { try await Task.sleep(until: deadline, clock: .continuous) } catch { return }
        }
    }
}
