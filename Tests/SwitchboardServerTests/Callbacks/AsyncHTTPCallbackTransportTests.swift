import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import NIOCore
import SwitchboardCore
import SwitchboardEngine
import SwitchboardServer
import Testing

/// The real transport against a small live server on 127.0.0.1 (port 0). Nothing here sleeps: the slow
/// route waits on a gate that the test opens once the transport has given up.
@Suite struct AsyncHTTPCallbackTransportTests {
    static func router(gate: AsyncStream<Void>) -> Router<BasicRequestContext> {
        let router = Router()
        router.post("echo") { request, _ -> Response in
            let body = try await request.body.collect(upTo: 1 << 16)
            let token = request.headers[HTTPField.Name("I-Twilio-Idempotency-Token")!] ?? "-"
            let echo = [request.headers[.contentType] ?? "-", token, String(buffer: body)].joined(separator: "\n")
            return Response(status: .ok, headers: [.contentType: "text/plain; charset=utf-8"], body: .init(byteBuffer: ByteBuffer(string: echo)))
        }
        router.post("instruction") { _, _ -> Response in
            Response(status: .ok, headers: [.contentType: "application/json"],
                     body: .init(byteBuffer: ByteBuffer(string: #"{"instruction":"accept"}"#)))
        }
        router.post("unavailable") { _, _ -> Response in
            Response(status: .serviceUnavailable, body: .init(byteBuffer: ByteBuffer(string: "down")))
        }
        router.post("big") { _, _ -> Response in
            Response(status: .ok, body: .init(byteBuffer: ByteBuffer(repeating: UInt8(ascii: "x"), count: 100_000)))
        }
        router.post("slow") { _, _ -> Response in
            for await _ in gate {}
            return Response(status: .ok)
        }
        return router
    }

    @Test func successErrorAndTimeoutAgainstALiveServer() async throws {
        let (gate, openGate) = AsyncStream<Void>.makeStream()
        let app = Application(router: Self.router(gate: gate), configuration: .init(address: .hostname("127.0.0.1", port: 0)))
        let transport = AsyncHTTPCallbackTransport(maximumBodySize: 64 * 1024)
        let base = try await app.test(.live) { client in
            defer { openGate.finish() }
            let base = "http://127.0.0.1:\(try #require(client.port))"

            let echo = await transport.post(
                url: base + "/echo", form: [FormField("EventType", "task.created"), FormField("TaskAttributes", #"{"a":"b c&d"}"#)],
                headers: [("I-Twilio-Idempotency-Token", "EV1"), ("Content-Type", "application/x-www-form-urlencoded")], timeout: 5)
            #expect(echo.status == 200)
            #expect(echo.contentType == "text/plain; charset=utf-8")
            let lines = echo.body.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
            #expect(lines == ["application/x-www-form-urlencoded", "EV1",
                              "EventType=task.created&TaskAttributes=%7B%22a%22%3A%22b%20c%26d%22%7D"])

            let instruction = await transport.post(url: base + "/instruction", form: [], headers: [], timeout: 5)
            #expect(instruction.status == 200)
            #expect(AssignmentInstruction.parse(body: instruction.body, contentType: instruction.contentType) == .accept)

            let unavailable = await transport.post(url: base + "/unavailable", form: [], headers: [], timeout: 5)
            #expect(unavailable.status == 503)
            #expect(unavailable.body == "down")
            #expect(!unavailable.succeeded)

            let big = await transport.post(url: base + "/big", form: [], headers: [], timeout: 5)
            #expect(big.status == 200)
            #expect(big.body.utf8.count == 64 * 1024)

            let slow = await transport.post(url: base + "/slow", form: [], headers: [], timeout: 0.2)
            #expect(slow.status == nil)
            return base
        }

        // The server has stopped: its port refuses connections. (AsyncHTTPClient keeps retrying the
        // connection until the deadline, so a refused connection takes the whole timeout.)
        let refused = await transport.post(url: base + "/echo", form: [], headers: [], timeout: 0.3)
        #expect(refused.status == nil)

        try await transport.shutdown()
        try await transport.shutdown()  // safe to repeat
        let afterShutdown = await transport.post(url: base + "/echo", form: [], headers: [], timeout: 5)
        #expect(afterShutdown == .unanswered)
    }

    @Test func anInvalidURLIsNoAnswer() async throws {
        let transport = AsyncHTTPCallbackTransport()
        let response = await transport.post(url: "not a url", form: [], headers: [], timeout: 1)
        #expect(response.status == nil)
        try await transport.shutdown()
    }
}
