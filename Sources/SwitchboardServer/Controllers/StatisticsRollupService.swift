import Logging
import ServiceLifecycle
import SwitchboardStore

/// Counts newly recorded events into the statistics rollups every second, so that a statistics read only
/// has the last second or so of events left to count (reads stay exact without it, but the first read
/// after a long quiet spell would pay for everything since). It yields between batches (at most half of
/// a core) and runs often in small steps, so that routing latency does not feel it.
///
///     services.append(StatisticsRollupService(store: store, logger: logger))
struct StatisticsRollupService: Service {
    let store: any StatisticsStore
    let logger: Logger
    var interval: Duration = .seconds(1)

    func run() async throws {
        // Graceful shutdown cancels the loop; ending by cancellation is a clean stop, not an error.
        await cancelWhenGracefulShutdown {
            while !Task.isCancelled {
                do {
                    try await store.rollUpStatistics(yielding: true)
                } catch is CancellationError {
                    return  // shutting down while it paused between batches
                } catch {
                    logger.warning("statistics roll-up failed", metadata: ["error": "\(error)"])
                }
                do { try await Task.sleep(for: interval) } catch { return }
            }
        }
    }
}
