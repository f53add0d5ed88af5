import AlihTestSupport
import Foundation
import Testing

/// The commands that take a memory file take a PostgreSQL URI too, against a real server: the
/// whole round trip, sixteen processes importing into one memory at once, and errors that exit 2
/// with what to do and never show the password.
@Suite(.enabled(if: PostgreSQLCluster.isInstalled, "\(PostgreSQLCluster.notInstalled)"))
struct PostgreSQLMemoryCommandTests {
    let folder: ScratchFolder

    init() throws { folder = try ScratchFolder("pg-cli") }

    /// The password of `url` (`postgresql://user:password@…`).
    static func password(of url: String) -> String {
        String(url.split(separator: "@")[0].split(separator: ":").last ?? "")
    }

    @Test func extractReimportAndExportWithADatabaseMemory() throws {
        defer { folder.remove() }
        let memory = try PostgreSQLCluster.shared.database("roundtrip").url
        let password = Self.password(of: memory)
        let sent = URL(fileURLWithPath: folder.path("berita.xlf"))
        let extract = try AlihProcess.run([
            "extract", "Examples/berita-contoh.txt", "--xliff", "1.2", "--prefill-targets", "-o", sent.path, "-q",
        ])
        #expect(extract.status == 0)
        let translated = URL(fileURLWithPath: folder.path("berita.translated.xlf"))
        try ReferenceTranslation.translate(try String(contentsOf: sent, encoding: .utf8)).write(
            to: translated, atomically: true, encoding: .utf8)

        let reimport = try AlihProcess.run(["reimport", translated.path, "--tm", memory, "--report", "json"])
        #expect(reimport.status == 0, "\(reimport.stderr)")
        #expect(!reimport.stderr.contains(password))
        let text = try AlihProcess.run(["reimport", translated.path, "--tm", memory, "-o", folder.path("b.txt")])
        #expect(text.stderr.contains("memory postgresql://alih:***@127.0.0.1:"), "\(text.stderr)")
        #expect(text.stderr.contains("0 pairs added, 37 already there"))
        #expect(!text.stderr.contains(password))

        let again = try AlihProcess.run([
            "extract", "Examples/berita-contoh.txt", "--tm", memory, "-o", folder.path("again.xlf"),
        ])
        #expect(again.stderr.contains("memory: words 514: new 0"), "\(again.stderr)")

        let check = try AlihProcess.run(["tm", "check", memory])
        #expect(check.status == 0)
        #expect(check.stdout.hasSuffix(": 37 pairs, integrity ok\n"))
        #expect(!check.stdout.contains(password))
        let exported = try AlihProcess.run(["tm", "export", memory, "-o", folder.path("memory.tmx")])
        #expect(exported.status == 0)
        let copy = folder.path("copy.sqlite")
        #expect(try AlihProcess.run(["tm", "import", folder.path("memory.tmx"), "--tm", copy]).status == 0)
        #expect(try AlihProcess.run(["tm", "check", copy]).stdout == "\(copy): 37 pairs, integrity ok\n")
    }

    /// Sixteen `alih tm import` processes at once into one database, each with 40 pairs of its
    /// own and the same 40 shared pairs: every pair stored exactly once, the shared ones used 16
    /// times.
    @Test func sixteenImportsAtOnceStoreEveryPairOnce() throws {
        defer { folder.remove() }
        let cluster = try PostgreSQLCluster.shared
        let memory = try cluster.database("concurrent").url
        func tu(_ source: String, _ target: String) -> String {
            "<tu><tuv xml:lang=\"id\"><seg>\(source)</seg></tuv><tuv xml:lang=\"en\"><seg>\(target)</seg></tuv></tu>"
        }
        let files = (0..<16).map { worker in
            let shared = (0..<40).map {
                tu("Kalimat bersama \($0) tentang banjir.", "Shared sentence \($0) about floods.")
            }
            let own = (0..<40).map {
                tu("Kalimat \($0) dari pekerja \(worker).", "Sentence \($0) from worker \(worker).")
            }
            // Each worker takes the shared pairs in its own order.
            let pairs = worker % 2 == 0 ? shared + own : (own + shared).reversed()
            let tmx =
                #"<?xml version="1.0" encoding="UTF-8"?><tmx version="1.4"><header creationtool="t" creationtoolversion="1" segtype="sentence" o-tmf="t" adminlang="en" srclang="id" datatype="plaintext"/><body>"#
                + pairs.joined() + "</body></tmx>"
            let path = folder.path("worker-\(worker).tmx")
            _ = FileManager.default.createFile(atPath: path, contents: Data(tmx.utf8))
            return path
        }
        let results = try AlihProcess.runAllAtOnce(files.map { ["tm", "import", $0, "--tm", memory] })
        #expect(results.count == 16)
        for result in results { #expect(result.status == 0, "\(result.stderr)") }
        #expect(try cluster.psql(memory, "SELECT count(*) FROM alih_pairs") == "\(40 + 16 * 40)\n")
        #expect(
            try cluster.psql(
                memory,
                "SELECT count(*), min(use_count), max(use_count) FROM alih_pairs WHERE source LIKE 'Kalimat bersama%'")
                == "40|16|16\n")
        #expect(
            try cluster.psql(memory, "SELECT max(use_count) FROM alih_pairs WHERE source LIKE '%pekerja%'") == "1\n")
        #expect(try AlihProcess.run(["tm", "check", memory]).stdout.hasSuffix(": 680 pairs, integrity ok\n"))
    }

    /// Sixteen `alih reimport --tm` processes of one translated article at once: its 37 pairs
    /// stored once each, each used sixteen times.
    @Test func sixteenReimportsAtOnceCountEveryUse() throws {
        defer { folder.remove() }
        let cluster = try PostgreSQLCluster.shared
        let memory = try cluster.database("reimports").url
        let sent = folder.path("berita.xlf")
        let extract = try AlihProcess.run([
            "extract", "Examples/berita-contoh.txt", "--xliff", "1.2", "--prefill-targets", "-o", sent, "-q",
        ])
        #expect(extract.status == 0)
        let translated = folder.path("berita.translated.xlf")
        try ReferenceTranslation.translate(try String(contentsOfFile: sent, encoding: .utf8)).write(
            toFile: translated, atomically: true, encoding: .utf8)
        let results = try AlihProcess.runAllAtOnce(
            (0..<16).map { ["reimport", translated, "--tm", memory, "-o", folder.path("berita-\($0).en.txt"), "-q"] })
        #expect(results.map(\.status) == Array(repeating: 0, count: 16), "\(results.map(\.stderr))")
        #expect(
            try cluster.psql(memory, "SELECT count(*), min(use_count), max(use_count) FROM alih_pairs") == "37|16|16\n")
    }

    @Test func connectionProblemsExitTwoWithWhatToDo() throws {
        defer { folder.remove() }
        let url = try PostgreSQLCluster.shared.url
        let password = Self.password(of: url)
        let cases = [
            (
                url.replacingOccurrences(of: ":\(password)@", with: ":not-\(password)@"),
                "check the user name and password"
            ),
            (String(url.dropLast("alih".count)) + "no_such_memory", "createdb"),
            ("postgresql://alih:\(password)@127.0.0.1:1/alih", "check that the server is running"),
        ]
        for (uri, advice) in cases {
            for arguments in [
                ["tm", "check", uri],
                ["extract", "Examples/berita-contoh.txt", "--tm", uri, "-o", folder.path("x.xlf")],
            ] {
                let result = try AlihProcess.run(arguments)
                #expect(result.status == 2, "\(arguments)")
                #expect(result.stderr.contains(advice), "\(result.stderr)")
                #expect(!result.stderr.contains(password))
                #expect(!FileManager.default.fileExists(atPath: folder.path("x.xlf")))
            }
        }
    }

    /// A server that takes TLS connections only: libpq's `sslmode` and `sslrootcert` in the URI
    /// work as they do for psql (encrypted; the server's certificate checked against the
    /// authority given), and each way of getting them wrong exits 2 with what to do, without
    /// the password.
    @Test func sslModesWorkAsForPsql() throws {
        defer { folder.remove() }
        let cluster = try PostgreSQLCluster.start(tls: true)
        defer { try? cluster.stop() }
        let authority = try #require(cluster.certificateAuthority)
        let password = Self.password(of: cluster.url)
        let tmx = folder.path("pairs.tmx")
        try """
        <?xml version="1.0" encoding="UTF-8"?><tmx version="1.4"><header creationtool="t" \
        creationtoolversion="1" segtype="sentence" o-tmf="t" adminlang="en" srclang="id" \
        datatype="plaintext"/><body><tu><tuv xml:lang="id"><seg>Banjir melanda kota.</seg></tuv>\
        <tuv xml:lang="en"><seg>Floods hit the city.</seg></tuv></tu></body></tmx>
        """.write(toFile: tmx, atomically: true, encoding: .utf8)
        let verified = cluster.url + "?sslmode=verify-full&sslrootcert=" + authority
        #expect(try AlihProcess.run(["tm", "import", tmx, "--tm", cluster.url + "?sslmode=require"]).status == 0)
        let check = try AlihProcess.run(["tm", "check", verified])
        #expect(check.status == 0, "\(check.stderr)")
        #expect(check.stdout.hasSuffix(": 1 pairs, integrity ok\n"))
        #expect(!check.stdout.contains(password))
        let localhost = try AlihProcess.run([
            "tm", "check",
            cluster.url.replacingOccurrences(of: "@127.0.0.1:", with: "@localhost:")
                + "?sslmode=verify-full&sslrootcert=" + authority,
        ])
        #expect(localhost.status == 0, "\(localhost.stderr)")

        // Another authority: a certificate made here, which signed nothing of the server's.
        let stranger = folder.path("stranger.crt")
        let openssl = Process()
        openssl.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        openssl.arguments = [
            "openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "1", "-subj", "/CN=stranger",
            "-keyout", folder.path("stranger.key"), "-out", stranger,
        ]
        openssl.standardOutput = FileHandle.nullDevice
        openssl.standardError = FileHandle.nullDevice
        try openssl.run()
        openssl.waitUntilExit()
        #expect(openssl.terminationStatus == 0)
        let cases = [
            (cluster.url + "?sslmode=disable", "the server takes encrypted connections only"),
            (cluster.url + "?sslmode=verify-full&sslrootcert=" + stranger, "is not signed by the authority"),
            (cluster.url + "?sslmode=verify-full&sslrootcert=" + folder.path("none.crt"), "sslrootcert=FILE"),
        ]
        for (uri, advice) in cases {
            let result = try AlihProcess.run(["tm", "check", uri])
            #expect(result.status == 2, "\(uri)")
            #expect(result.stderr.contains(advice), "\(result.stderr)")
            #expect(!result.stderr.contains("createdb"), "\(result.stderr)")
            #expect(!result.stderr.contains(password))
        }
    }

    /// Where libpq is, when the tests may hide it: as root, with `unshare`, in a system that lets
    /// a new mount namespace bind over it (tried once).
    static let hideableLibPQ: String? = {
        guard getuid() == 0, FileManager.default.isExecutableFile(atPath: "/usr/bin/unshare"),
            let library = ["/usr/lib/x86_64-linux-gnu/libpq.so.5", "/usr/lib/aarch64-linux-gnu/libpq.so.5"].first(
                where: { FileManager.default.fileExists(atPath: $0) })
        else { return nil }
        let probe = Process()
        probe.executableURL = URL(fileURLWithPath: "/usr/bin/unshare")
        probe.arguments = ["-m", "mount", "--bind", "/dev/null", library]
        probe.standardOutput = FileHandle.nullDevice
        probe.standardError = FileHandle.nullDevice
        guard (try? probe.run()) != nil else { return nil }
        probe.waitUntilExit()
        return probe.terminationStatus == 0 ? library : nil
    }()

    /// Without libpq (hidden in a mount namespace of its own), a PostgreSQL memory says what to
    /// install and exits 2, and everything else works: libpq is opened only when it is needed.
    @Test(
        .enabled(
            if: hideableLibPQ != nil, "needs root, /usr/bin/unshare, an installed libpq.so.5 and leave to mount"))
    func withoutLibpqOnlyThePostgreSQLMemoryIsMissing() throws {
        defer { folder.remove() }
        let library = try #require(Self.hideableLibPQ)
        let alih = AlihProcess.binary.path
        let script = """
            mount --bind /dev/null \(library) || exit 90
            "\(alih)" tm check postgresql://alih:secret@127.0.0.1:1/alih 2>"\(folder.path("err"))"; echo "tm $?"
            "\(alih)" extract Examples/berita-contoh.txt -o "\(folder.path("x.xlf"))" -q; echo "extract $?"
            """
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/unshare")
        process.arguments = ["-m", "sh", "-c", script]
        process.currentDirectoryURL = TestPaths.packageRoot
        let output = Pipe()
        process.standardOutput = output
        try process.run()
        let printed = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        #expect(printed == "tm 2\nextract 0\n")
        let error = try String(contentsOfFile: folder.path("err"), encoding: .utf8)
        #expect(error.contains("PostgreSQL's client library could not be loaded"))
        #expect(error.contains("apt-get install libpq5"))
        #expect(!error.contains("secret"))
        #expect(FileManager.default.fileExists(atPath: folder.path("x.xlf")))
    }
}
