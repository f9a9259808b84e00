/// A Reservation (`{WS}/Tasks/{taskSid}/Reservations/{sid}`): one task offered to one worker.
///
/// ```swift
/// workspace.on("reservation.created") { payload in
///     if case .reservation(let reservation) = payload { print(reservation.workerName ?? "") }
/// }
/// ```
@dynamicMemberLookup
public struct Reservation: TaskRouterResource {
    /// The Reservation SID (`WR…`).
    public let sid: String
    /// The typed wire fields.
    public let resource: ReservationResource
    /// The JSON the server sent.
    public let json: WireJSON
    /// The REST URL and connection.
    public let location: ResourceLocation

    /// Reads a Reservation from a response.
    public init(decoding payload: ResourcePayload) throws(TaskRouterError) {
        sid = try payload.sid()
        resource = try payload.decode(ReservationResource.self)
        json = payload.json
        location = payload.location
    }

    /// Any wire field, e.g. `reservation.reservationStatus`.
    public subscript<Value>(dynamicMember field: KeyPath<ReservationResource, Value>) -> Value { resource[keyPath: field] }
}
