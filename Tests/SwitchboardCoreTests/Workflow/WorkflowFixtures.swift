import SwitchboardCore

enum WorkflowFixtures {
    static let queues: Set<String> = ["WQgold", "WQsilver", "WQdefault", "WQother"]

    static func parse(_ text: String) throws(WorkflowConfigurationError) -> WorkflowConfiguration {
        try WorkflowConfiguration.parse(text, queueExists: { queues.contains($0) })
    }

    /// The problems `text` is rejected with (empty when it parses).
    static func problems(_ text: String) -> [String] {
        do {
            _ = try parse(text)
            return []
        } catch {
            return error.problems
        }
    }

    /// A configuration with one filter whose single target is `target` (a JSON object's members).
    static func withTarget(_ target: String) -> String {
        #"{"task_routing": {"filters": [{"expression": "1==1", "targets": [{\#(target)}]}]}}"#
    }

    /// The shape of spec §2.1.
    static let specExample = """
        {
          "task_routing": {
            "filters": [
              {
                "filter_friendly_name": "Gold tickets",
                "expression": "type == 'ticket' AND customer_value == 'Gold'",
                "targets": [
                  { "queue": "WQgold", "priority": 10, "timeout": 300,
                    "expression": "task.required_language IN worker.languages",
                    "order_by": "worker.english_level DESC",
                    "skip_if": "workers.available == 0" },
                  { "queue": "WQsilver", "known_worker_sid": "task.last_agent_sid", "timeout": 30 },
                  { "priority": 20 }
                ]
              }
            ],
            "default_filter": { "queue": "WQdefault" }
          },
          "unknown_key": {"kept": true}
        }
        """
}
