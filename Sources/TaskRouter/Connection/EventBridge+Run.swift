import Foundation

extension EventBridge {
    /// The connection loop and the token-expiry timer, until cancelled or out of retries.
    func run() async throws(TaskRouterError) {
        do {
            try await withThrowingTaskGroup(of: Void.self) { group in
                group.addTask { await self.watchTokenExpiry() }
                group.addTask { try await self.keepConnected() }
                try await group.next()
                group.cancelAll()
            }
        } catch let error as TaskRouterError {
            throw error
        } catch {
            return  // cancelled
        }
    }

    /// Connects, and after every close or failed attempt waits ``ReconnectBackoff`` and connects
    /// again with the current token; gives up after `maxRetries` consecutive failed attempts.
    private func keepConnected() async throws(TaskRouterError) {
        var failures = 0
        var attempt = 0
        while !Task.isCancelled {
            switch await connectOnce() {
            case .closed:
                failures = 0
                attempt = 0
                logger.info("Websocket disconnected")
                hub.emit(.disconnected(message: "Websocket disconnected due to lost connectivity"))
            case .failed(let error):
                if Task.isCancelled { return }
                failures += 1
                logger.info("Websocket connection failed: \(error.message)")
                hub.emit(.error(error))
                if let limit = configuration.maxRetries, failures > limit {
                    throw .connectionFailed(attempts: failures, reason: error.message)
                }
            }
            if Task.isCancelled { return }
            attempt += 1
            let delay = configuration.reconnectBackoff.delay(attempt: attempt)
            logger.info("Reconnecting in \(delay)")
            do { try await Task.sleep(for: delay) } catch { return }
        }
    }

    /// Emits `token.expired` `tokenExpiryMargin` before the token's `exp`; re-armed by every token update.
    private func watchTokenExpiry() async {
        while !Task.isCancelled {
            let (claims, generation) = tokenSnapshot
            guard let exp = claims.expiresAt else {
                await tokenChange(after: generation)
                continue
            }
            let fireAt = Date(timeIntervalSince1970: TimeInterval(exp))
            let delay = Duration.seconds(fireAt.timeIntervalSinceNow) - configuration.tokenExpiryMargin
            let expired = await withTaskGroup(of: Bool.self) { group in
                group.addTask {
                    do { try await Task.sleep(for: max(delay, .zero)) } catch { return false }
                    return true
                }
                group.addTask {
                    await self.tokenChange(after: generation)
                    return false
                }
                let first = await group.next() ?? false
                group.cancelAll()
                return first
            }
            guard expired, !Task.isCancelled else { continue }
            logger.info("Token expires in \(configuration.tokenExpiryMargin)")
            hub.emit(.tokenExpired)
            await tokenChange(after: generation)
        }
    }
}
