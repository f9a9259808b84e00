import Hummingbird
import NIOCore
import SwitchboardCore
import SwitchboardEngine

/// `GET /metrics`: Prometheus text exposition of the server's own figures (no authentication, like `/health`).
struct MetricsController {
    let registry: EngineRegistry
    let requests: RequestCounter

    func register(on router: Router<SwitchboardRequestContext>) {
        router.get("metrics", use: metrics)
    }

    @Sendable func metrics(_ request: Request, context: SwitchboardRequestContext) async throws -> Response {
        var text = MetricsText()
        let engines = registry.allEngines
        text.gauge("switchboard_workspaces", "Workspaces served by this process.", Double(engines.count))
        var tasks: [String: Int] = [:]
        var workers = 0, reservations = 0
        for engine in engines {
            guard let figures = try? await engine.read({ s, _ in
                (Dictionary(grouping: s.tasks.values, by: { $0.assignmentStatus.rawValue }).mapValues(\.count),
                 s.workers.count, s.reservations.values.filter { $0.status == .pending }.count)
            }) else { continue }
            tasks.merge(figures.0, uniquingKeysWith: +)
            workers += figures.1
            reservations += figures.2
        }
        text.gauge("switchboard_tasks", "Tasks in memory by assignment status.",
                   AssignmentStatus.allCases.map { (["status": $0.rawValue], Double(tasks[$0.rawValue] ?? 0)) })
        text.gauge("switchboard_workers", "Workers.", Double(workers))
        text.gauge("switchboard_pending_reservations", "Reservations waiting for an answer.", Double(reservations))
        text.counter("switchboard_commit_transactions_total", "Store transactions written by the group committer.",
                     Double(await registry.committer.transactions))
        text.gauge("switchboard_event_subscribers", "Live event-bridge subscriptions.", Double(registry.events.count))
        text.counter("switchboard_http_responses_total", "HTTP responses by status class.",
                     requests.snapshot().sorted { $0.key < $1.key }.map { (["class": $0.key], Double($0.value)) })
        var headers = HTTPFields()
        headers[.contentType] = "text/plain; version=0.0.4; charset=utf-8"
        return Response(status: .ok, headers: headers, body: .init(byteBuffer: ByteBuffer(string: text.output)))
    }
}

/// Builds the Prometheus text format.
struct MetricsText {
    private(set) var output = ""

    mutating func gauge(_ name: String, _ help: String, _ value: Double) { gauge(name, help, [([:], value)]) }

    mutating func gauge(_ name: String, _ help: String, _ samples: [([String: String], Double)]) {
        family(name, help, "gauge", samples)
    }

    mutating func counter(_ name: String, _ help: String, _ value: Double) { counter(name, help, [([:], value)]) }

    mutating func counter(_ name: String, _ help: String, _ samples: [([String: String], Double)]) {
        family(name, help, "counter", samples)
    }

    private mutating func family(_ name: String, _ help: String, _ type: String, _ samples: [([String: String], Double)]) {
        output += "# HELP \(name) \(help)\n# TYPE \(name) \(type)\n"
        for (labels, value) in samples {
            let rendered = labels.isEmpty ? "" : "{" + labels.sorted { $0.key < $1.key }.map { "\($0.key)=\"\($0.value)\"" }.joined(separator: ",") + "}"
            output += "\(name)\(rendered) \(value == value.rounded() ? String(Int(value)) : String(value))\n"
        }
    }
}
