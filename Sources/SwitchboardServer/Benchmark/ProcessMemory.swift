import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// The resident memory of this process, from `/proc/self/status` (Linux); nil elsewhere.
public enum ProcessMemory {
    /// Peak resident set size (`VmHWM`) in bytes.
    public static var peakResidentBytes: Int? { statusField("VmHWM") }

    /// Current resident set size (`VmRSS`) in bytes.
    public static var residentBytes: Int? { statusField("VmRSS") }

    /// Gives freed heap memory back to the system and restarts the peak at the current size
    /// (`5` into `/proc/self/clear_refs`). Returns whether the peak was reset.
    @discardableResult
    public static func resetPeak() -> Bool {
        guard let handle = FileHandle(forWritingAtPath: "/proc/self/clear_refs") else { return false }
        defer { try? handle.close() }
        do {
            try handle.write(contentsOf: Data("5".utf8))
            return true
        } catch {
            return false
        }
    }

    /// A `kB` field of `/proc/self/status`, in bytes.
    static func statusField(_ name: String) -> Int? {
        guard let text = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8) else { return nil }
        for line in text.split(separator: "\n") where line.hasPrefix(name + ":") {
            let digits = line.dropFirst(name.count + 1).filter(\.isNumber)
            return Int(digits).map { $0 * 1024 }
        }
        return nil
    }
}
