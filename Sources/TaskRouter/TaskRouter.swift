/// The Swift SDK for TaskRouter v1: `Workspace` with TaskRouter.js v1's API, and capability-token minting.
public enum TaskRouterSDK {
    /// The SDK's version.
    public static let version = "0.1.0"
}
