import Foundation

/// CPU time of the whole machine and of this process, from `/proc` (Linux), to tell how much other
/// work ran during a measurement.
struct CPUUsage {
    /// User time of all CPUs (user, nice), seconds. System, irq and softirq time are left out: much of it
    /// is the kernel working for this process (fsync, timers, wake-ups) without being charged to it.
    var machineUser: Double
    /// Time the hypervisor gave to other guests while this one wanted to run, seconds.
    var machineSteal: Double
    /// User time of this process, seconds.
    var processUser: Double

    /// Now, or nil where `/proc` is missing.
    static func now() -> CPUUsage? {
        let ticks = Double(sysconf(Int32(_SC_CLK_TCK)))
        guard ticks > 0,
              let stat = try? String(contentsOfFile: "/proc/stat", encoding: .utf8),
              let cpu = stat.split(separator: "\n").first, cpu.hasPrefix("cpu "),
              let mine = try? String(contentsOfFile: "/proc/self/stat", encoding: .utf8),
              let close = mine.lastIndex(of: ")") else { return nil }
        let f = cpu.split(separator: " ").dropFirst().compactMap { Double($0) }
        // After the command name: state is field 3; utime is field 14.
        let p = mine[mine.index(after: close)...].split(separator: " ").compactMap { Double($0) }
        guard f.count >= 8, p.count >= 12 else { return nil }
        return CPUUsage(machineUser: (f[0] + f[1]) / ticks, machineSteal: f[7] / ticks, processUser: p[10] / ticks)
    }

    /// CPUs kept busy in user mode by other processes (or stolen by the hypervisor) between `start` and
    /// `end`, on average.
    static func othersBusy(from start: CPUUsage?, to end: CPUUsage?, seconds: Double) -> Double? {
        guard let start, let end, seconds > 0 else { return nil }
        let others = (end.machineUser - start.machineUser) - (end.processUser - start.processUser)
        let steal = end.machineSteal - start.machineSteal
        return max(0, others + steal) / seconds
    }
}
