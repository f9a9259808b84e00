import Foundation

/// The machine a benchmark ran on, from `/proc` (Linux) and `ProcessInfo`.
public struct MachineDescription: Sendable, Codable, Hashable {
    public var processors: Int
    public var cpuModel: String
    public var memoryBytes: UInt64
    public var operatingSystem: String
    /// The 1-minute load average when the description was taken (other work on the machine skews results).
    public var loadAverage: Double?

    /// Describes this machine.
    public static func current() -> MachineDescription {
        let info = ProcessInfo.processInfo
        var model = "unknown"
        if let cpuinfo = try? String(contentsOfFile: "/proc/cpuinfo", encoding: .utf8),
           let line = cpuinfo.split(separator: "\n").first(where: { $0.hasPrefix("model name") }),
           let colon = line.firstIndex(of: ":") {
            model = line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces)
        }
        let load = (try? String(contentsOfFile: "/proc/loadavg", encoding: .utf8))
            .flatMap { $0.split(separator: " ").first }.flatMap { Double($0) }
        return MachineDescription(processors: info.activeProcessorCount, cpuModel: model,
                                  memoryBytes: info.physicalMemory, operatingSystem: info.operatingSystemVersionString,
                                  loadAverage: load)
    }
}
