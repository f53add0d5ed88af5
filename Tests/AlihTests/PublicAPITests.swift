import AlihTestSupport
import Foundation
import Testing

/// The public API of `import Alih`, generated from the built modules with
/// `swift-symbolgraph-extract` and compared with `Golden/public-api.txt`, so that nothing
/// becomes public (or stops being public) without the change showing in a diff.
///
/// The list covers the `Alih` module and every module of the package below it: what they make
/// public is what an app can reach through Alih's typealiases. Every public type of those
/// modules must be named by a typealias in `Sources/Alih/PublicModelTypes.swift`, and the
/// README's Library section must name exactly the `Alih` module's top-level declarations.
///
/// After an intended change, regenerate with `ALIH_RECORD_GOLDEN=1 swift test --filter
/// PublicAPITests` and review the diff; a recording run fails, so it is never green.
@Suite struct PublicAPITests {
    static let golden = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .appendingPathComponent("Golden/public-api.txt")
    static let regenerate =
        "regenerate with `ALIH_RECORD_GOLDEN=1 swift test --filter PublicAPITests` and review the diff"

    @Test func thePublicAPIIsTheCheckedInList() throws {
        let listing = try Self.api().listing
        if ProcessInfo.processInfo.environment["ALIH_RECORD_GOLDEN"] == "1" {
            try listing.write(to: Self.golden, atomically: true, encoding: .utf8)
            Issue.record("recorded \(Self.golden.lastPathComponent); unset ALIH_RECORD_GOLDEN and review the diff")
            return
        }
        let expected = try String(contentsOf: Self.golden, encoding: .utf8)
        let added = Self.entries(listing).subtracting(Self.entries(expected)).sorted()
        let removed = Self.entries(expected).subtracting(Self.entries(listing)).sorted()
        let unchanged = listing == expected
        #expect(
            unchanged,
            """
            the public API differs from Tests/AlihTests/Golden/public-api.txt; \(Self.regenerate).
            Public, not in the list: \(added.isEmpty ? "none" : "\n" + added.joined(separator: "\n"))
            In the list, not public: \(removed.isEmpty ? "none" : "\n" + removed.joined(separator: "\n"))
            """)
    }

    @Test func everyPublicTypeBelowAlihIsNamedByAlih() throws {
        let api = try Self.api()
        let unnamed = api.typesBelowAlih.subtracting(api.aliasedTypes).sorted()
        #expect(
            unnamed.isEmpty,
            """
            public below Alih but not nameable with `import Alih` alone: \(unnamed.joined(separator: ", ")); \
            add a typealias to Sources/Alih/PublicModelTypes.swift, or make it `package`
            """)
    }

    @Test func theREADMENamesTheTopLevelDeclarationsOfAlih() throws {
        let readme = try String(contentsOf: TestPaths.repo("README.md"), encoding: .utf8)
        let start = try #require(readme.range(of: "<!-- public-api -->"), "README.md has no <!-- public-api --> list")
        let end = try #require(readme.range(of: "<!-- /public-api -->", range: start.upperBound..<readme.endIndex))
        let listed = Set(
            readme[start.upperBound..<end.lowerBound].matches(of: /`([A-Z][A-Za-z0-9]*)`/).map { String($0.1) })
        let declared = try Self.api().topLevelNames
        #expect(
            listed == declared,
            """
            README's Library list (between <!-- public-api --> and <!-- /public-api -->) differs from the Alih \
            module's top-level public declarations; missing: \(declared.subtracting(listed).sorted()), \
            not public: \(listed.subtracting(declared).sorted())
            """)
    }

    /// Each line of a listing with its module and the declarations it is nested in
    /// (`Alih › struct ArticlePipeline: Sendable › let definition: PipelineDefinition`), so that a
    /// difference says where it is.
    static func entries(_ text: String) -> Set<String> {
        var entries = Set<String>()
        var section: Substring = ""
        var parents: [(depth: Int, line: Substring)] = []
        for line in text.split(separator: "\n") {
            if line.hasPrefix("## ") {
                section = line.dropFirst(3)
                parents = []
                continue
            }
            let depth = line.prefix { $0 == " " }.count / 4
            let content = line.drop { $0 == " " }
            parents.removeAll { $0.depth >= depth }
            entries.insert(([section] + parents.map(\.line) + [content]).joined(separator: " › "))
            parents.append((depth, content))
        }
        return entries
    }

    // MARK: - The symbol graphs

    /// The public API as the three tests need it, extracted once.
    struct API: Sendable {
        /// The golden file's text.
        var listing: String
        /// Public top-level types of the modules below Alih.
        var typesBelowAlih: Set<String>
        /// The names of Alih's top-level typealiases to those modules' types.
        var aliasedTypes: Set<String>
        /// Alih's top-level public declarations.
        var topLevelNames: Set<String>
    }

    static func api() throws -> API { try extracted.get() }

    /// Extracted on first use and shared by the tests.
    static let extracted = Result { try extract() }

    /// Runs `swift-symbolgraph-extract` on the built `Alih` module and every module of the
    /// package it depends on, with the flags SwiftPM compiled `Alih` with (from its build
    /// manifest), and lists their public declarations.
    static func extract() throws -> API {
        let build = try BuildManifest(productsDirectory: TestPaths.productsDirectory)
        let command = try build.compileCommand(of: "Alih").arguments
        let modules = try build.packageModules(from: "Alih")
        let tool = URL(fileURLWithPath: command[0]).deletingLastPathComponent()
            .appendingPathComponent("swift-symbolgraph-extract")
        guard FileManager.default.isExecutableFile(atPath: tool.path) else {
            throw Failure("no swift-symbolgraph-extract beside \(command[0]) (the compiler SwiftPM used)")
        }
        let output = FileManager.default.temporaryDirectory.appendingPathComponent("alih-public-api-\(UUID())")
        defer { try? FileManager.default.removeItem(at: output) }
        try FileManager.default.createDirectory(at: output, withIntermediateDirectories: true)
        let flags = searchFlags(command)
        for module in modules {
            try run(
                tool,
                [
                    "-module-name", module, "-minimum-access-level", "public", "-skip-synthesized-members",
                    "-output-dir", output.path,
                ] + flags)
        }
        var sections: [String] = []
        var typesBelowAlih = Set<String>()
        var aliasedTypes = Set<String>()
        var topLevelNames = Set<String>()
        let files = try FileManager.default.contentsOfDirectory(atPath: output.path)
        for module in modules {
            // `Module.symbols.json`, then `Module@Extended.symbols.json` for its extensions of
            // other modules' types.
            let ownFiles = files.filter { $0.hasPrefix(module + "@") && $0.hasSuffix(".symbols.json") }.sorted()
            for file in [module + ".symbols.json"] + ownFiles {
                let graph = try JSONDecoder().decode(
                    SymbolGraph.self, from: Data(contentsOf: output.appendingPathComponent(file)))
                let symbols = graph.symbols.filter { $0.accessLevel == "public" || $0.accessLevel == "open" }
                guard !symbols.isEmpty else { continue }
                let extended = file.dropLast(".symbols.json".count).split(separator: "@").dropFirst().first
                sections.append(
                    (extended.map { "## \(module), extending \($0)" } ?? "## \(module)") + "\n"
                        + graph.listing(of: symbols))
                for symbol in symbols where symbol.pathComponents.count == 1 && extended == nil {
                    let name = symbol.pathComponents[0]
                    if module == "Alih" {
                        topLevelNames.insert(name)
                        if symbol.kind.identifier == "swift.typealias" { aliasedTypes.insert(name) }
                    } else if symbol.isType {
                        typesBelowAlih.insert(name)
                    }
                }
            }
        }
        let listing = """
            # The public API of the Alih library: the `Alih` module, and the public declarations of the
            # package's modules below it, which apps reach through Alih's typealiases.
            # Modules: \(modules.joined(separator: ", ")).
            # Generated by Tests/AlihTests/PublicAPITests.swift from the built modules; after an intended
            # change, regenerate with `ALIH_RECORD_GOLDEN=1 swift test --filter PublicAPITests`.

            """ + sections.joined(separator: "\n")
        return API(
            listing: listing, typesBelowAlih: typesBelowAlih, aliasedTypes: aliasedTypes, topLevelNames: topLevelNames)
    }

    /// The flags of a compile command that say where modules and headers are.
    static func searchFlags(_ command: [String]) -> [String] {
        var flags: [String] = []
        var arguments = command.dropFirst()[...]
        while let argument = arguments.popFirst() {
            switch argument {
            case "-I", "-F", "-Xcc", "-target", "-sdk", "-module-cache-path", "-resource-dir":
                if let value = arguments.popFirst() { flags += [argument, value] }
            case _ where argument.hasPrefix("-I") || argument.hasPrefix("-F"):
                flags.append(argument)
            default:
                break
            }
        }
        return flags
    }

    static func run(_ tool: URL, _ arguments: [String]) throws {
        let process = Process()
        process.executableURL = tool
        process.arguments = arguments
        let errors = Pipe()
        process.standardError = errors
        process.standardOutput = FileHandle.nullDevice
        try process.run()
        let said = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        guard process.terminationStatus == 0 else {
            throw Failure("\(tool.lastPathComponent) \(arguments.prefix(2).joined(separator: " ")) failed:\n\(said)")
        }
    }

    struct Failure: Error, CustomStringConvertible {
        var description: String
        init(_ description: String) { self.description = description }
    }
}

/// The build manifest SwiftPM wrote for this configuration (`.build/debug.yaml` for the products
/// in `.build/<triple>/debug`): each module's compile command, with its flags and inputs.
struct BuildManifest {
    struct Command {
        /// The files it reads, the modules it imports among them.
        var inputs: [String]
        /// The compiler, then its arguments.
        var arguments: [String]
    }

    var url: URL
    var configuration: String
    var text: String

    init(productsDirectory: URL) throws {
        configuration = productsDirectory.lastPathComponent
        url = productsDirectory.deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent(configuration + ".yaml")
        do {
            text = try String(contentsOf: url, encoding: .utf8)
        } catch {
            throw PublicAPITests.Failure("cannot read SwiftPM's build manifest \(url.path): \(error)")
        }
    }

    /// The command that compiles `module`.
    func compileCommand(of module: String) throws -> Command {
        let lines = text.split(separator: "\n")
        guard
            let start = lines.firstIndex(where: {
                $0.hasPrefix("  \"C.\(module)-") && $0.hasSuffix("-\(configuration).module\":")
            })
        else {
            throw PublicAPITests.Failure("no compile command of \(module) in \(url.path)")
        }
        let block = lines[(start + 1)...].prefix { $0.hasPrefix("    ") }
        func list(_ field: String) throws -> [String] {
            guard let line = block.first(where: { $0.hasPrefix("    \(field): [") }) else {
                throw PublicAPITests.Failure("the compile command of \(module) in \(url.path) has no \(field)")
            }
            return try JSONDecoder().decode([String].self, from: Data(line.dropFirst(field.count + 6).utf8))
        }
        return Command(inputs: try list("inputs"), arguments: try list("args"))
    }

    /// `module`, then the modules of this package it depends on, directly or not, by name
    /// (modules of other packages, such as Yams, are left out).
    func packageModules(from module: String) throws -> [String] {
        let sources = TestPaths.repo("Sources")
        var found: Set<String> = []
        var pending = [module]
        while let next = pending.popLast() {
            guard found.insert(next).inserted else { continue }
            for input in try compileCommand(of: next).inputs.map(URL.init(fileURLWithPath:))
            where input.pathExtension == "swiftmodule"
                && input.deletingLastPathComponent().lastPathComponent == "Modules"
            {
                let imported = input.deletingPathExtension().lastPathComponent
                if FileManager.default.fileExists(atPath: sources.appendingPathComponent(imported).path) {
                    pending.append(imported)
                }
            }
        }
        return [module] + found.subtracting([module]).sorted()
    }
}

/// What the tests read of a symbol graph file.
struct SymbolGraph: Decodable {
    struct Symbol: Decodable {
        struct Kind: Decodable { var identifier: String }
        struct Identifier: Decodable { var precise: String }
        struct Fragment: Decodable {
            var kind: String
            var spelling: String
            var preciseIdentifier: String?
        }
        var kind: Kind
        var identifier: Identifier
        var pathComponents: [String]
        var accessLevel: String
        var declarationFragments: [Fragment]?

        var isType: Bool {
            ["swift.struct", "swift.enum", "swift.class", "swift.protocol", "swift.typealias"].contains(
                kind.identifier)
        }

        /// The declaration as written, with the module of a typealias's type (`typealias Block
        /// = AlihCore.Block`).
        var declaration: String {
            (declarationFragments ?? []).map { fragment in
                guard kind.identifier == "swift.typealias", fragment.kind == "typeIdentifier",
                    let module = fragment.preciseIdentifier.flatMap(Self.module(ofUSR:))
                else { return fragment.spelling }
                return module + "." + fragment.spelling
            }.joined()
        }

        /// The module of a Swift USR (`s:8AlihCore5BlockV` → `AlihCore`).
        static func module(ofUSR usr: String) -> String? {
            guard let match = usr.prefixMatch(of: /s:(\d+)/), let length = Int(match.1) else { return nil }
            let name = usr[match.range.upperBound...].prefix(length)
            return name.count == length ? String(name) : nil
        }
    }

    struct Relationship: Decodable {
        var kind: String
        var source: String
        var target: String
        var targetFallback: String?
    }

    var symbols: [Symbol]
    var relationships: [Relationship]

    /// `symbols` as lines, members indented under their type, with each type's conformances;
    /// members of a type declared elsewhere under `extension Type`.
    func listing(of symbols: [Symbol]) -> String {
        let names = Dictionary(symbols.map { ($0.identifier.precise, $0.pathComponents.last!) }) { a, _ in a }
        var conformances: [String: [String]] = [:]
        for relationship in relationships where relationship.kind == "conformsTo" {
            let name = names[relationship.target] ?? relationship.targetFallback ?? relationship.target
            guard name != "Swift.SendableMetatype" else { continue }
            conformances[relationship.source, default: []].append(
                name.hasPrefix("Swift.") ? String(name.dropFirst(6)) : name)
        }
        let paths = Set(symbols.map(\.pathComponents))
        var lines: [String] = []
        var extensions = Set<[String]>()
        let sorted = symbols.sorted {
            $0.pathComponents == $1.pathComponents
                ? $0.declaration < $1.declaration : $0.pathComponents.lexicographicallyPrecedes($1.pathComponents)
        }
        for symbol in sorted {
            let parent = Array(symbol.pathComponents.dropLast())
            var depth = parent.count
            if !parent.isEmpty, !paths.contains(parent) {
                if extensions.insert(parent).inserted { lines.append("extension \(parent.joined(separator: "."))") }
                depth = 1
            }
            var line = String(repeating: "    ", count: depth) + symbol.declaration
            if let conformances = conformances[symbol.identifier.precise] {
                line += ": " + conformances.sorted().joined(separator: ", ")
            }
            lines.append(line)
        }
        return lines.joined(separator: "\n") + "\n"
    }
}
