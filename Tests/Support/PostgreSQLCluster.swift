import Foundation

/// A throwaway PostgreSQL server for the tests, started by the repository's own script
/// (`.ci/postgresql-cluster`) on a free localhost port and stopped when the test process ends.
///
/// `shared` is one cluster for the whole test run; each test takes its own database from it
/// (`database(_:)`), so tests run in parallel without seeing each other's pairs. A test that
/// stops the server on purpose starts a cluster of its own (`start()`).
public final class PostgreSQLCluster: Sendable {
    /// The database `alih` as its owner, the role `alih`.
    public let url: String
    /// The same database as `alih_reader`, which may only read.
    public let readerURL: String
    /// The cluster's superuser, connected to the `postgres` database.
    public let adminURL: String
    /// The cluster's folder, for `pause()` and `resume()`.
    public let folder: String
    /// For a cluster started with `tls`: the certificate of the authority that signed the
    /// server's (for `sslrootcert=`).
    public let certificateAuthority: String?

    /// Whether PostgreSQL's server is installed (`.ci/setup` installs it), for
    /// `@Test(.enabled(if: PostgreSQLCluster.isInstalled, PostgreSQLCluster.notInstalled))`.
    public static var isInstalled: Bool {
        let versions = (try? FileManager.default.contentsOfDirectory(atPath: "/usr/lib/postgresql")) ?? []
        return versions.contains {
            FileManager.default.isExecutableFile(atPath: "/usr/lib/postgresql/\($0)/bin/initdb")
        }
    }

    /// Why PostgreSQL tests are skipped.
    public static let notInstalled =
        "PostgreSQL's server is not installed (initdb not found under /usr/lib/postgresql): run bash .ci/setup"

    /// The cluster shared by the test run, started by the first test that asks for it.
    public static var shared: PostgreSQLCluster {
        get throws { try sharedCluster.get() }
    }
    private static let sharedCluster = Result { () throws(ClusterError) -> PostgreSQLCluster in
        do { return try PostgreSQLCluster.start() } catch let error as ClusterError { throw error } catch {
            throw ClusterError(message: "\(error)")
        }
    }

    /// A new cluster of its own, stopped when the test process ends (or by `stop()`); with
    /// `tls`, one that takes TLS connections only, with a certificate for 127.0.0.1 and
    /// localhost signed by an authority of its own.
    public static func start(tls: Bool = false) throws -> PostgreSQLCluster {
        let output = try run(["start", "--watch", String(getpid())] + (tls ? ["--tls"] : []))
        var settings: [String: String] = [:]
        for line in output.split(separator: "\n") {
            guard let equals = line.firstIndex(of: "=") else { continue }
            settings[String(line[..<equals])] = String(line[line.index(after: equals)...])
        }
        guard let url = settings["ALIH_POSTGRESQL_URL"], let reader = settings["ALIH_POSTGRESQL_READER_URL"],
            let admin = settings["ALIH_POSTGRESQL_ADMIN_URL"], let folder = settings["ALIH_POSTGRESQL_DIR"]
        else { throw ClusterError(message: "the cluster script printed no settings: \(output)") }
        return PostgreSQLCluster(
            url: url, readerURL: reader, adminURL: admin, folder: folder,
            certificateAuthority: settings["ALIH_POSTGRESQL_CA"])
    }

    private init(url: String, readerURL: String, adminURL: String, folder: String, certificateAuthority: String?) {
        self.url = url
        self.readerURL = readerURL
        self.adminURL = adminURL
        self.folder = folder
        self.certificateAuthority = certificateAuthority
    }

    /// A new, empty database owned by `alih`, with the read-only role's default grants; its URI
    /// as `alih` and as `alih_reader`.
    public func database(_ label: String) throws -> (url: String, readerURL: String) {
        let name =
            "t_\(label.lowercased().filter { $0.isLetter || $0.isNumber })_\(UUID().uuidString.prefix(8).lowercased())"
        try psql(adminURL, "CREATE DATABASE \(name) OWNER alih")
        let url = Self.replacingDatabase(of: self.url, with: name)
        try psql(
            url,
            """
            GRANT USAGE ON SCHEMA public TO alih_reader;
            ALTER DEFAULT PRIVILEGES FOR ROLE alih IN SCHEMA public GRANT SELECT ON TABLES TO alih_reader;
            """)
        return (url, Self.replacingDatabase(of: readerURL, with: name))
    }

    /// Runs `sql` with psql against `url`; its output, unaligned and without headers.
    @discardableResult
    public func psql(_ url: String, _ sql: String) throws -> String {
        try Self.execute(
            "/usr/bin/psql", ["-q", "-X", "-A", "-t", "-v", "ON_ERROR_STOP=1", "-c", sql, url])
    }

    /// Stops the server at once (as a crash or a power cut would), keeping its data.
    public func pause() throws { try Self.run(["pause", folder]) }

    /// Starts the paused server again on the same port.
    public func resume() throws { try Self.run(["resume", folder]) }

    /// Stops the server and removes its folder.
    public func stop() throws { try Self.run(["stop", folder]) }

    private static func replacingDatabase(of url: String, with name: String) -> String {
        guard let slash = url.range(of: "/", options: .backwards) else { return url }
        return url[..<slash.upperBound] + name
    }

    @discardableResult
    private static func run(_ arguments: [String]) throws -> String {
        try execute("/bin/bash", [TestPaths.repo(".ci/postgresql-cluster").path] + arguments)
    }

    /// Runs `executable` and returns its standard output. The output goes through files, not
    /// pipes: the servers the script starts live on after it and must not hold a pipe open.
    private static func execute(_ executable: String, _ arguments: [String]) throws -> String {
        let folder = try ScratchFolder("postgresql-process")
        defer { folder.remove() }
        _ = FileManager.default.createFile(atPath: folder.path("out"), contents: nil)
        _ = FileManager.default.createFile(atPath: folder.path("err"), contents: nil)
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        process.standardInput = FileHandle.nullDevice
        process.standardOutput = try FileHandle(forWritingTo: folder.url.appendingPathComponent("out"))
        process.standardError = try FileHandle(forWritingTo: folder.url.appendingPathComponent("err"))
        try process.run()
        process.waitUntilExit()
        let output = try String(contentsOfFile: folder.path("out"), encoding: .utf8)
        guard process.terminationStatus == 0 else {
            let errors = (try? String(contentsOfFile: folder.path("err"), encoding: .utf8)) ?? ""
            throw ClusterError(message: "\(executable) \(arguments.first ?? "") failed: \(errors)")
        }
        return output
    }

    /// The cluster script or psql failed.
    public struct ClusterError: Error, CustomStringConvertible, Sendable {
        public var message: String
        public var description: String { message }
    }
}
