extension TaskRouterCapability {
    static let taskRouterBase = "https://taskrouter.twilio.com/v1"
    static let eventBridgeBase = "https://event-bridge.twilio.com/v1/wschannels"

    /// Which built-in policies a token carries (the Python helper's keyword arguments).
    struct Grants: Sendable, Hashable {
        var webSockets = true
        var fetchSelf = true
        var updateSelf = false
        var deleteSelf = false
        var fetchSubresources = false
        var deleteSubresources = false
        var updateSubresources = false
        var fetchActivities = false
        var fetchReservations = false
        var fetchWorkerReservations = false
        var updateActivities = false
        var updateReservations = false

        /// A worker token's defaults: it may also read activities and reservations.
        mutating func workerDefaults() {
            fetchActivities = true
            fetchReservations = true
            fetchWorkerReservations = true
        }
    }

    /// `https://taskrouter.twilio.com/v1/Workspaces/{WS}`.
    public var workspaceURL: String { "\(Self.taskRouterBase)/Workspaces/\(workspaceSid)" }

    /// The URL the token's own policies protect: the workspace, the worker or the queue.
    public var resourceURL: String {
        switch channel {
        case .workspace: workspaceURL
        case .worker(let sid): "\(workspaceURL)/Workers/\(sid)"
        case .taskQueue(let sid): "\(workspaceURL)/TaskQueues/\(sid)"
        }
    }

    /// `https://event-bridge.twilio.com/v1/wschannels/{AC}/{channel}`.
    public var channelURL: String { "\(Self.eventBridgeBase)/\(accountSid)/\(channelId)" }

    /// AllowFetchSubresources: GET `resource/**`.
    public mutating func allowFetchSubresources() { grants.fetchSubresources = true }
    /// AllowUpdates: POST to the resource itself.
    public mutating func allowUpdates() { grants.updateSelf = true }
    /// AllowUpdatesSubresources: POST `resource/**`.
    public mutating func allowUpdatesSubresources() { grants.updateSubresources = true }
    /// AllowDelete: DELETE the resource itself.
    public mutating func allowDelete() { grants.deleteSelf = true }
    /// AllowDeleteSubresources: DELETE `resource/**`.
    public mutating func allowDeleteSubresources() { grants.deleteSubresources = true }

    /// Worker tokens: POST the worker with a required `ActivitySid` (and nothing else).
    public mutating func allowActivityUpdates() { grants.updateActivities = true }
    /// Worker tokens: POST `Tasks/**` and the worker's `Reservations/**` (accept, reject, …).
    public mutating func allowReservationUpdates() { grants.updateReservations = true }

    /// Whether the event-bridge GET/POST policies are emitted (default true).
    public var allowWebSockets: Bool {
        get { grants.webSockets }
        set { grants.webSockets = newValue }
    }

    /// Whether GET of the resource itself is emitted (default true).
    public var allowFetchSelf: Bool {
        get { grants.fetchSelf }
        set { grants.fetchSelf = newValue }
    }

    /// Every policy of the token, in the Python helper's order, then ``customPolicies``.
    public var policies: [CapabilityPolicy] {
        var list: [CapabilityPolicy] = []
        func add(_ on: Bool, _ url: String, _ method: String, post: [String: FilterRequirement] = [:]) {
            if on { list.append(CapabilityPolicy(url: url, method: method, allow: true, postFilter: post)) }
        }
        add(grants.webSockets, channelURL, "GET")
        add(grants.webSockets, channelURL, "POST")
        add(grants.fetchSelf, resourceURL, "GET")
        add(grants.updateSelf, resourceURL, "POST")
        add(grants.deleteSelf, resourceURL, "DELETE")
        add(grants.fetchSubresources, resourceURL + "/**", "GET")
        add(grants.deleteSubresources, resourceURL + "/**", "DELETE")
        add(grants.updateSubresources, resourceURL + "/**", "POST")
        if case .worker(let worker) = channel {
            let workerURL = "\(workspaceURL)/Workers/\(worker)"
            add(grants.fetchActivities, "\(workspaceURL)/Activities", "GET")
            add(grants.fetchReservations, "\(workspaceURL)/Tasks/**", "GET")
            add(grants.fetchWorkerReservations, "\(workerURL)/Reservations/**", "GET")
            add(grants.updateActivities, workerURL, "POST", post: ["ActivitySid": .required])
            add(grants.updateReservations, "\(workspaceURL)/Tasks/**", "POST")
            add(grants.updateReservations, "\(workerURL)/Reservations/**", "POST")
        }
        return list + customPolicies
    }
}
