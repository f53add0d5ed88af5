import AlihTestSupport
import Foundation

#if canImport(Glibc)
    import Glibc
#endif

/// Runs the built `alih` binary, as a user would.
struct AlihProcess {
    struct Result {
        var status: Int32
        var stdout: String
        var stderr: String
    }

    static var binary: URL { TestPaths.productsDirectory.appendingPathComponent("alih") }

    /// `asNobodyWhenRoot`: when the tests run as root, run `alih` as user `nobody` (setpriv), for
    /// tests of file permissions, which root ignores.
    /// `stdinFile`: standard input is that file (as `< file` gives it), not a pipe.
    static func run(
        _ arguments: [String], stdin: Data? = nil, in directory: URL? = nil, asNobodyWhenRoot: Bool = false,
        stdinFile: String? = nil
    ) throws -> Result {
        let process = Process()
        if asNobodyWhenRoot && getuid() == 0 {
            process.executableURL = URL(fileURLWithPath: "/usr/bin/setpriv")
            process.arguments = ["--reuid=65534", "--regid=65534", "--clear-groups", binary.path] + arguments
        } else {
            process.executableURL = binary
            process.arguments = arguments
        }
        process.currentDirectoryURL = directory ?? TestPaths.packageRoot
        var environment = ProcessInfo.processInfo.environment
        environment["COLUMNS"] = "100"
        process.environment = environment
        // Standard error goes to a file so that neither stream can fill up and block the child.
        let errorFile = FileManager.default.temporaryDirectory.appendingPathComponent(
            "alih-stderr-\(UUID().uuidString)")
        _ = FileManager.default.createFile(atPath: errorFile.path, contents: nil)
        defer { try? FileManager.default.removeItem(at: errorFile) }
        let input = Pipe()
        let output = Pipe()
        if let stdinFile {
            process.standardInput = try FileHandle(forReadingFrom: URL(fileURLWithPath: stdinFile))
        } else {
            process.standardInput = input
        }
        process.standardOutput = output
        process.standardError = try FileHandle(forWritingTo: errorFile)
        try process.run()
        if let stdin { input.fileHandleForWriting.write(stdin) }
        try input.fileHandleForWriting.close()
        let outputData = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        let errorData = try Data(contentsOf: errorFile)
        return Result(
            status: process.terminationStatus,
            stdout: String(decoding: outputData, as: UTF8.self),
            stderr: String(decoding: errorData, as: UTF8.self))
    }

    /// Runs `script` with bash (for what only a shell gives: `<(…)`, `< file`), `$0` being the
    /// built `alih` and `$1`… `arguments`; its standard output, its standard error discarded.
    static func shell(_ script: String, _ arguments: [String]) throws -> (status: Int32, stdout: Data) {
        let shell = Process()
        shell.executableURL = URL(fileURLWithPath: "/bin/bash")
        shell.arguments = ["-c", script, binary.path] + arguments
        let output = Pipe()
        shell.standardOutput = output
        shell.standardError = FileHandle.nullDevice
        try shell.run()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        shell.waitUntilExit()
        return (shell.terminationStatus, data)
    }

    /// Runs `alih` once for each of `argumentLists`, all at the same time: every process is
    /// started before any is waited for (`DispatchQueue.concurrentPerform` would run only as
    /// many at once as there are cores). Standard input is empty; the results are in order.
    static func runAllAtOnce(_ argumentLists: [[String]]) throws -> [Result] {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        var started: [(process: Process, output: URL, errors: URL)] = []
        for (index, arguments) in argumentLists.enumerated() {
            let process = Process()
            process.executableURL = binary
            process.arguments = arguments
            process.currentDirectoryURL = TestPaths.packageRoot
            let output = folder.appendingPathComponent("\(index).out")
            let errors = folder.appendingPathComponent("\(index).err")
            for file in [output, errors] { _ = FileManager.default.createFile(atPath: file.path, contents: nil) }
            process.standardInput = FileHandle.nullDevice
            process.standardOutput = try FileHandle(forWritingTo: output)
            process.standardError = try FileHandle(forWritingTo: errors)
            try process.run()
            started.append((process, output, errors))
        }
        return try started.map { process, output, errors in
            process.waitUntilExit()
            return Result(
                status: process.terminationStatus,
                stdout: String(decoding: try Data(contentsOf: output), as: UTF8.self),
                stderr: String(decoding: try Data(contentsOf: errors), as: UTF8.self))
        }
    }

    /// Runs `alih` with standard output and error to files, and returns its exit status, its
    /// standard error and its peak resident memory in MB.
    ///
    /// The peak comes from GNU time (`/usr/bin/time`, Debian's `time`, installed by
    /// `.ci/setup`), which starts `alih` itself: Linux carries the high-water mark of the
    /// memory a process was started from into its own, so `wait4` on a child of this test
    /// runner (hundreds of MB, other tests running) reports at least the runner's peak.
    static func runMeasuringMemory(_ arguments: [String]) throws -> (status: Int32, stderr: String, peakMB: Double) {
        let time = "/usr/bin/time"
        guard FileManager.default.isExecutableFile(atPath: time) else {
            throw POSIXError(.ENOENT, userInfo: ["hint": "apt-get install time (bash .ci/setup does)"])
        }
        let id = UUID().uuidString
        let errorFile = FileManager.default.temporaryDirectory.appendingPathComponent("alih-stderr-\(id)")
        let peakFile = FileManager.default.temporaryDirectory.appendingPathComponent("alih-peak-\(id)")
        defer {
            try? FileManager.default.removeItem(at: errorFile)
            try? FileManager.default.removeItem(at: peakFile)
        }
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 2, errorFile.path, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        let argv = ([time, "-f", "%M", "-o", peakFile.path, binary.path] + arguments).map { strdup($0) } + [nil]
        defer { for argument in argv { free(argument) } }
        var pid: pid_t = 0
        let spawned = posix_spawn(&pid, time, &actions, nil, argv, environ)
        guard spawned == 0 else { throw POSIXError(POSIXErrorCode(rawValue: spawned) ?? .EIO) }
        var status: Int32 = 0
        while waitpid(pid, &status, 0) < 0 && errno == EINTR {}
        let exitStatus = status & 0x7F == 0 ? (status >> 8) & 0xFF : 128 + (status & 0x7F)
        let errors = (try? String(contentsOf: errorFile, encoding: .utf8)) ?? ""
        // GNU time writes "Command exited with non-zero status N" before the figure.
        let report = (try? String(contentsOf: peakFile, encoding: .utf8)) ?? ""
        let kilobytes =
            report.split(separator: "\n").last.flatMap { Double($0.trimmingCharacters(in: .whitespaces)) } ?? .infinity
        return (exitStatus, errors, kilobytes / 1024)
    }

    /// A fresh temporary folder.
    static func temporaryFolder() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("alih-cli-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }
}
