// swift-tools-version: 6.1
import Foundation
import PackageDescription

let package = Package(
    name: "Alih",
    products: [
        .library(name: "Alih", targets: ["Alih"]),
        .executable(name: "alih", targets: ["AlihCLI"]),
        .executable(name: "alih-bench", targets: ["AlihBenchmarks"]),
        .executable(name: "alih-library-example", targets: ["AlihLibraryExample"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", exact: "1.8.2"),
        .package(url: "https://github.com/jpsim/Yams", exact: "6.2.2"),
        .package(url: "https://github.com/x-sheep/swift-property-based", exact: "2.0.1"),
    ],
    targets: [
        // ICU from the system (`libicu-dev`). Only the C shim includes its headers.
        .systemLibrary(
            name: "CICU",
            pkgConfig: "icu-uc icu-i18n",
            providers: [.apt(["libicu-dev"])]
        ),
        // Plain-C facade over ICU: opaque handles and `alih_` functions, no ICU type in its header.
        .target(name: "CAlihICU", dependencies: ["CICU"]),
        // The one Swift module that talks to the shim.
        .target(name: "AlihICU", dependencies: ["CAlihICU"]),
        // Hunspell from the system (`libhunspell-dev`), seen only by its Swift wrapper.
        .systemLibrary(
            name: "CHunspell",
            pkgConfig: "hunspell",
            providers: [.apt(["libhunspell-dev"])]
        ),
        // The one Swift module that talks to Hunspell (root lexicon and stemmer for Indonesian).
        .target(name: "AlihHunspell", dependencies: ["CHunspell"]),
        // SQLite from the system (`libsqlite3-dev`), seen only by the translation memory module.
        .systemLibrary(
            name: "CSQLite",
            pkgConfig: "sqlite3",
            providers: [.apt(["libsqlite3-dev"])]
        ),
        // The translation memory: an SQLite file (WAL), exact and fuzzy lookup.
        .target(name: "AlihMemory", dependencies: ["AlihCore", "CSQLite"]),
        // libpq, PostgreSQL's C client (Debian's `libpq5`), opened with dlopen when a PostgreSQL
        // memory is first used: linked, it would load twenty-odd libraries into every command.
        .target(name: "CAlihLibPQ"),
        // The translation memory in a PostgreSQL database, shared by a team.
        .target(name: "AlihPostgreSQL", dependencies: ["AlihCore", "AlihMemory", "CAlihLibPQ"]),
        // libxml2 from the system (`libxml2-dev`; FoundationXML links the same library), seen
        // only by the streaming XML module.
        .systemLibrary(
            name: "CLibXML2",
            pkgConfig: "libxml-2.0",
            providers: [.apt(["libxml2-dev"])]
        ),
        // The one Swift module that talks to libxml2: a hardened streaming (SAX2 push) parser.
        .target(name: "AlihXML", dependencies: ["CLibXML2"]),
        // Gumbo, Google's HTML5 parser in C (`libgumbo-dev`), seen only by the HTML module.
        .systemLibrary(
            name: "CGumbo",
            pkgConfig: "gumbo",
            providers: [.apt(["libgumbo-dev"])]
        ),
        // The one Swift module that talks to Gumbo: an HTML page as a tree of values with
        // source positions.
        .target(name: "AlihHTML", dependencies: ["CGumbo"]),
        // Document model, stage protocol, diagnostics, pipeline definition model.
        .target(name: "AlihCore", dependencies: ["CAlihSHA256"]),
        // SHA-256's compression function in C: x86-64 SHA instructions when the CPU has them.
        .target(name: "CAlihSHA256"),
        // Stages: normalize, boilerplate, segment. Never imports formats.
        .target(name: "AlihStages", dependencies: ["AlihCore", "AlihICU", "AlihHunspell"]),
        // Formats: text reader, XLIFF writers, pipeline file, reports. Never imports stages.
        .target(
            name: "AlihFormats",
            dependencies: ["AlihCore", "AlihXML", "AlihHTML", .product(name: "Yams", package: "Yams")]),
        // QA checks on translated segments, one per file. Uses stages (the glossary matcher),
        // never formats.
        .target(name: "AlihChecks", dependencies: ["AlihCore", "AlihStages"]),
        // The library users import: wires stages and formats into jobs.
        .target(
            name: "Alih",
            dependencies: ["AlihCore", "AlihStages", "AlihFormats", "AlihChecks", "AlihMemory", "AlihPostgreSQL"]),
        // The thin command-line tool.
        .executableTarget(
            name: "AlihCLI",
            dependencies: [
                "Alih", "AlihCore", "AlihStages", "AlihFormats",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ],
            // A release build links the Swift runtime and Foundation into the binary: each
            // command starts about 10 ms sooner and holds about 6 MB less memory than with them
            // loaded as shared libraries (their relocations are private, dirty pages).
            swiftSettings: [.unsafeFlags(["-static-stdlib"], .when(platforms: [.linux], configuration: .release))],
            linkerSettings: [.unsafeFlags(["-static-stdlib"], .when(platforms: [.linux], configuration: .release))]
        ),
        // The benchmark (`swift run -c release alih-bench`): speed figures, never unit tests.
        .executableTarget(
            name: "AlihBenchmarks",
            dependencies: [
                "Alih", "AlihCore", "AlihStages", "AlihFormats", "AlihChecks", "AlihHunspell", "AlihMemory",
                "AlihPostgreSQL", "AlihTestSupport",
            ]
        ),
        // The README's library example as a program that imports only `Alih` (built by the tests).
        .executableTarget(name: "AlihLibraryExample", dependencies: ["Alih"], path: "Examples/LibraryExample"),
        // Helpers shared by the test targets (paths, schema validation, generators).
        .target(
            name: "AlihTestSupport",
            dependencies: [.product(name: "PropertyBased", package: "swift-property-based")],
            path: "Tests/Support"
        ),
        .testTarget(name: "AlihICUTests", dependencies: ["AlihICU"]),
        .testTarget(name: "AlihXMLTests", dependencies: ["AlihXML"]),
        .testTarget(name: "AlihHTMLTests", dependencies: ["AlihHTML", "AlihTestSupport"]),
        .testTarget(
            name: "AlihChecksTests",
            dependencies: [
                "AlihChecks", "AlihTestSupport", .product(name: "PropertyBased", package: "swift-property-based"),
            ],
            exclude: ["Fixtures"]
        ),
        .testTarget(name: "AlihMemoryTests", dependencies: ["AlihMemory", "AlihTestSupport"]),
        .testTarget(name: "AlihPostgreSQLTests", dependencies: ["AlihPostgreSQL", "AlihMemory", "AlihTestSupport"]),
        .testTarget(name: "AlihHunspellTests", dependencies: ["AlihHunspell"]),
        .testTarget(
            name: "AlihCoreTests",
            dependencies: [
                "AlihCore", "CAlihSHA256", "AlihTestSupport",
                .product(name: "PropertyBased", package: "swift-property-based"),
            ]
        ),
        .testTarget(
            name: "AlihStagesTests",
            dependencies: [
                "AlihStages", "AlihTestSupport", .product(name: "PropertyBased", package: "swift-property-based"),
            ],
            exclude: ["Fixtures"]
        ),
        .testTarget(
            name: "AlihFormatsTests",
            dependencies: [
                "AlihFormats", "AlihTestSupport", .product(name: "PropertyBased", package: "swift-property-based"),
            ]
        ),
        .testTarget(
            name: "AlihTests",
            dependencies: [
                "Alih", "AlihCore", "AlihStages", "AlihFormats", "AlihHTML", "AlihTestSupport",
                .product(name: "PropertyBased", package: "swift-property-based"),
            ],
            exclude: ["Golden", "Fixtures"]
        ),
        .testTarget(
            name: "AlihCLITests", dependencies: ["AlihCLI", "AlihLibraryExample", "AlihTestSupport"],
            exclude: ["Golden"]
        ),
    ]
)

// libFuzzer targets, only when fuzzing (`bash .ci/fuzz` sets ALIH_FUZZ=1): normal builds, tests
// and CI never see them. Each defines `LLVMFuzzerTestOneInput` and no `main` (libFuzzer's).
if ProcessInfo.processInfo.environment["ALIH_FUZZ"] == "1" {
    let fuzzSettings: [SwiftSetting] = [.unsafeFlags(["-parse-as-library"])]
    package.targets += [
        .executableTarget(
            name: "FuzzXLIFFReader", dependencies: ["AlihCore", "AlihFormats"], swiftSettings: fuzzSettings),
        .executableTarget(name: "FuzzTMXReader", dependencies: ["AlihFormats"], swiftSettings: fuzzSettings),
        .executableTarget(name: "FuzzTBXReader", dependencies: ["AlihFormats"], swiftSettings: fuzzSettings),
        .executableTarget(name: "FuzzGlossaryTable", dependencies: ["AlihFormats"], swiftSettings: fuzzSettings),
        .executableTarget(name: "FuzzHTMLArticleText", dependencies: ["AlihFormats"], swiftSettings: fuzzSettings),
        .executableTarget(
            name: "FuzzArticlePipeline", dependencies: ["Alih", "AlihStages", "AlihFormats"],
            swiftSettings: fuzzSettings),
    ]
}
