import Hummingbird
import SwitchboardCore

/// The statistics routes: they exist, check their parent resource, and answer 501 (code 20501)
/// until the statistics milestone implements them.
struct StatisticsController {
    let api: APIServices

    func register(on ws: RouterGroup<SwitchboardRequestContext>) {
        for path in ["Statistics", "RealTimeStatistics", "CumulativeStatistics",
                     "TaskQueues/Statistics", "Workers/Statistics", "Workers/RealTimeStatistics", "Workers/CumulativeStatistics",
                     "TaskQueues/:sid/Statistics", "TaskQueues/:sid/RealTimeStatistics", "TaskQueues/:sid/CumulativeStatistics",
                     "Workflows/:sid/Statistics", "Workflows/:sid/RealTimeStatistics",
                     "Workflows/:sid/CumulativeStatistics", "Workers/:sid/Statistics"] {
            ws.get(RouterPath(stringLiteral: path), use: notImplemented)
        }
        ws.post("TaskQueues/RealTimeStatistics", use: notImplemented)
    }

    @Sendable func notImplemented(_ request: Request, context: SwitchboardRequestContext) async throws -> Response {
        let engine = try api.engine(context)
        let parent = context.parameters.get("sid")
        let path = request.uri.path
        try await engine.read { s, _ in
            guard let parent else { return }
            if path.contains("/TaskQueues/") { _ = try s.taskQueue(parent) }
            if path.contains("/Workflows/") { _ = try s.workflow(parent) }
            if path.contains("/Workers/") { _ = try s.worker(parent) }
        }
        throw DomainError.notImplemented("Statistics are not implemented yet by this server")
    }
}
