import Foundation
import TaskRouterWire
import Testing

/// Golden JSON of `ReservationResource`: every field present, keys sorted, wire dates.
@Suite struct ReservationResourceGoldenTests {
    @Test func reservationResourceAllNull() throws {
        try expectGolden(ReservationResource(), #"""
        {"account_sid":null,
        "date_created":null,
        "date_updated":null,
        "links":null,
        "reservation_status":"pending",
        "sid":null,
        "task_sid":null,
        "url":null,
        "worker_name":null,
        "worker_sid":null,
        "workspace_sid":null}
        """#)
    }

    @Test func reservationResourcePopulated() throws {
        let value = ReservationResource(
            accountSid: "ACed795a90b2606315061a1bc5489a9f6d",
            dateCreated: Date(timeIntervalSince1970: 1470089501),
            dateUpdated: Date(timeIntervalSince1970: 1470089562),
            reservationStatus: "accepted",
            sid: "WRc0384fcfd66c0b1935414d642a431fbd",
            taskSid: "WT17ec91f34c496767cc80b1e255fcd557",
            workerName: "worker_name text",
            workerSid: "WKc48b4f48655d521c2437c838c5a47f0c",
            workspaceSid: "WSbca2c56c0f659b8870decc08f9b05d2f",
            url: "https://switchboard.example.com/v1/Workspaces/WS0123456789abcdef0123456789abcdef/ReservationResource/url",
            links: ["workspace": "https://switchboard.example.com/v1/Workspaces/WS0123456789abcdef0123456789abcdef", "real_time_statistics": "https://switchboard.example.com/v1/Workspaces/WS0123456789abcdef0123456789abcdef/RealTimeStatistics"]
        )
        try expectGolden(value, #"""
        {"account_sid":"ACed795a90b2606315061a1bc5489a9f6d",
        "date_created":"2016-08-01T22:11:41Z",
        "date_updated":"2016-08-01T22:12:42Z",
        "links":{"real_time_statistics":"https://switchboard.example.com/v1/Workspaces/WS0123456789abcdef0123456789abcdef/RealTimeStatistics","workspace":"https://switchboard.example.com/v1/Workspaces/WS0123456789abcdef0123456789abcdef"},
        "reservation_status":"accepted",
        "sid":"WRc0384fcfd66c0b1935414d642a431fbd",
        "task_sid":"WT17ec91f34c496767cc80b1e255fcd557",
        "url":"https://switchboard.example.com/v1/Workspaces/WS0123456789abcdef0123456789abcdef/ReservationResource/url",
        "worker_name":"worker_name text",
        "worker_sid":"WKc48b4f48655d521c2437c838c5a47f0c",
        "workspace_sid":"WSbca2c56c0f659b8870decc08f9b05d2f"}
        """#)
    }
}
