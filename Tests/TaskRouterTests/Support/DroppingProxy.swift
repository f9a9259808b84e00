import NIOCore
import NIOPosix
import Synchronization

/// A TCP proxy on a free local port in front of a server, that can cut every open connection at
/// once (a dropped network) while still accepting new ones.
///
///     let proxy = try await DroppingProxy.start(to: server.port)
///     defer { try? await proxy.stop() }
///     proxy.dropAll()
final class DroppingProxy: Sendable {
    let port: Int
    private let listener: any Channel
    private let open = Mutex<[ObjectIdentifier: any Channel]>([:])
    private let accepted = Atomic<Int>(0)
    private let failing = Atomic<Bool>(false)

    private init(port: Int, listener: any Channel) {
        self.port = port
        self.listener = listener
    }

    /// How many client connections the proxy accepted so far.
    var connectionCount: Int { accepted.load(ordering: .relaxed) }

    /// When true, new connections are answered with `500 Internal Server Error` and closed, without
    /// reaching the server.
    var answersWith500: Bool {
        get { failing.load(ordering: .relaxed) }
        set { failing.store(newValue, ordering: .relaxed) }
    }

    /// Listens on `127.0.0.1:0` and forwards each connection to `127.0.0.1:targetPort`.
    static func start(to targetPort: Int) async throws -> DroppingProxy {
        let group = MultiThreadedEventLoopGroup.singleton
        let registry = Mutex<DroppingProxy?>(nil)
        let listener = try await ServerBootstrap(group: group)
            .serverChannelOption(.socketOption(.so_reuseaddr), value: 1)
            .childChannelInitializer { inbound in
                let proxy = registry.withLock { $0 }
                proxy?.accepted.add(1, ordering: .relaxed)
                if proxy?.answersWith500 == true { return inbound.pipeline.addHandler(InternalServerError()) }
                return ClientBootstrap(group: inbound.eventLoop)
                    .connect(host: "127.0.0.1", port: targetPort)
                    .flatMap { outbound in
                        proxy?.track(inbound)
                        proxy?.track(outbound)
                        return outbound.pipeline.addHandler(Forwarder(peer: inbound)).flatMap {
                            inbound.pipeline.addHandler(Forwarder(peer: outbound))
                        }
                    }
            }
            .bind(host: "127.0.0.1", port: 0).get()
        let proxy = DroppingProxy(port: listener.localAddress?.port ?? 0, listener: listener)
        registry.withLock { $0 = proxy }
        return proxy
    }

    private func track(_ channel: any Channel) {
        let id = ObjectIdentifier(channel)
        open.withLock { $0[id] = channel }
        channel.closeFuture.whenComplete { [weak self] _ in _ = self?.open.withLock { $0.removeValue(forKey: id) } }
    }

    /// Closes every open connection, both sides, without a websocket close handshake.
    func dropAll() {
        let channels = open.withLock { Array($0.values) }
        for channel in channels { channel.close(promise: nil) }
    }

    /// Stops listening and drops every connection.
    func stop() async throws {
        dropAll()
        try await listener.close()
    }
}

/// Writes everything one side reads to the other side, and closes the other side when this one closes.
private final class Forwarder: ChannelInboundHandler, Sendable {
    typealias InboundIn = ByteBuffer
    let peer: any Channel

    init(peer: any Channel) { self.peer = peer }

    func channelRead(context: ChannelHandlerContext, data: NIOAny) {
        peer.writeAndFlush(unwrapInboundIn(data), promise: nil)
    }

    func channelInactive(context: ChannelHandlerContext) {
        peer.close(promise: nil)
        context.fireChannelInactive()
    }

    func errorCaught(context: ChannelHandlerContext, error: any Error) {
        context.close(promise: nil)
    }
}

/// Answers the first request of a connection with a 500 and closes the connection.
private final class InternalServerError: ChannelInboundHandler, Sendable {
    typealias InboundIn = ByteBuffer

    func channelRead(context: ChannelHandlerContext, data: NIOAny) {
        let response = "HTTP/1.1 500 Internal Server Error\r\nContent-Length: 0\r\nConnection: close\r\n\r\n"
        context.writeAndFlush(NIOAny(ByteBuffer(string: response))).whenComplete { _ in context.close(promise: nil) }
    }
}
