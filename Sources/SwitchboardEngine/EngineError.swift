/// Failures of the engine itself (not of a domain rule).
public enum EngineError: Error, Sendable {
    /// The store refused or failed to commit; the command was not applied.
    case commitFailed(String)
}
