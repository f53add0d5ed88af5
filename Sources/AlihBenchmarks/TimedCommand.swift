import Foundation

/// Runs a command under GNU time: its wall time, its own peak memory and its exit status.
///
/// The peak is the process's own (GNU time starts it and reads its resource use), not the
/// benchmark's; standard output and error are dropped.
func timedCommand(_ path: String, _ arguments: [String], input: URL? = nil) -> (
    seconds: Double, peakMB: Double, status: Int32
) {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/usr/bin/time")
    process.arguments = ["-f", "%e %M %x", path] + arguments
    let report = Pipe()
    process.standardError = report
    process.standardOutput = FileHandle.nullDevice
    if let input { process.standardInput = try? FileHandle(forReadingFrom: input) }
    let start = now()
    guard (try? process.run()) != nil else { return (0, 0, -1) }
    let text = String(decoding: report.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
    process.waitUntilExit()
    let seconds = now() - start
    let fields = text.split(separator: "\n").last?.split(separator: " ") ?? []
    guard fields.count == 3, let kilobytes = Double(fields[1]), let status = Int32(fields[2]) else {
        return (seconds, 0, -1)
    }
    return (seconds, kilobytes / 1024, status)
}

/// Median wall time and largest peak memory of `runs` runs of each command, the commands
/// taking turns run after run so that a slow spell of the machine falls on all of them.
func alternating(_ runs: Int, _ commands: [(path: String, arguments: [String])]) -> [(
    seconds: Double, peakMB: Double, failed: Bool
)] {
    var times = Array(repeating: [Double](), count: commands.count)
    var peaks = Array(repeating: 0.0, count: commands.count)
    var failed = Array(repeating: false, count: commands.count)
    for _ in 0..<runs {
        for (i, command) in commands.enumerated() {
            let result = timedCommand(command.path, command.arguments)
            times[i].append(result.seconds)
            peaks[i] = max(peaks[i], result.peakMB)
            if result.status != 0 && result.status != 1 { failed[i] = true }
        }
    }
    return commands.indices.map { (median(times[$0]), peaks[$0], failed[$0]) }
}
