public import Hummingbird
import NIOCore
import SwitchboardCore

/// The request context: Hummingbird's core storage plus the authenticated account and the client address.
public struct SwitchboardRequestContext: RequestContext {
    public var coreContext: CoreRequestContextStorage
    /// Set by the authentication middleware on `/v1` routes.
    var account: Account?
    /// The client's IP address, recorded on events.
    var remoteAddress: String?

    public init(source: ApplicationRequestContextSource) {
        coreContext = .init(source: source)
        remoteAddress = source.channel.remoteAddress?.ipAddress
    }

    /// Bodies up to 4 MiB (a workflow configuration may be 1 MiB, form-encoded).
    public var maxUploadSize: Int { 4 * 1024 * 1024 }
}
