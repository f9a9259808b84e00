import TaskRouter

extension Workspace {
    /// Runs `body` while the client is connected (``Workspace/run()`` in a child task), with a log of
    /// every event since just before connecting; disconnects afterwards.
    func connected<T: Sendable>(_ body: @Sendable (EventLog) async throws -> T) async throws -> T {
        let log = EventLog()
        let stream = events
        return try await withThrowingTaskGroup(of: Void.self) { group in
            group.addTask { for await event in stream { log.append(event) } }
            group.addTask { try await self.run() }
            do {
                let value = try await body(log)
                group.cancelAll()
                return value
            } catch {
                group.cancelAll()
                throw error
            }
        }
    }
}
