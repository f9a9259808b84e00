/// A benchmark that could not be set up or run, or whose routing did not behave as expected.
public struct BenchmarkError: Error, CustomStringConvertible {
    public let description: String
    init(_ description: String) { self.description = description }
}
