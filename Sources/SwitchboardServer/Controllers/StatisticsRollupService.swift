import Logging
import ServiceLifecycle
import SwitchboardStore

/// Counts newly recorded events into the statistics rollups every few seconds, so that a statistics
/// read only has the last few seconds of events left to count (reads stay exact without it, but the
/// first read after a long quiet spell would pay for everything since).
///
///     services.append(StatisticsRollupService(store: store, logger: logger))
struct StatisticsRollupService: Service {
    let store: any StatisticsStore
    let logger: Logger
    var interval: Duration = .seconds(5)

    func run() async throws {
        // Graceful shutdown cancels the loop; ending by cancellation is a clean stop, not an error.
        await cancelWhenGracefulShutdown {
            while !Task.isCancelled {
                do {
                    try await store.rollUpStatistics()
                } catch {
                    logger.warning("statistics roll-up failed", metadata: ["error": "\(error)"])
                }
                do { try await Task.sleep(for: interval) } catch { return }
            }
        }
    }
}
