import Foundation

/// Validates XML against the official schemas in `../shared/schemas` with xmllint, the way the
/// schemas' README says (run from that folder, `--nonet`).
public enum SchemaValidator {
    public enum Schema: String, Sendable {
        case xliff21 = "xliff-2/2.1/xliff_2.1_with_modules.xsd"
        case xliff12Strict = "xliff-1.2/xliff-core-1.2-strict.xsd"
        /// TBX v3 core structure (RELAX NG).
        case tbxCore = "tbx/TBXcoreStructV03.rng"
        /// TMX 1.4 (DTD).
        case tmx14 = "tmx/tmx14.dtd"

        var xmllintFlag: String {
            switch self {
            case .tbxCore: "--relaxng"
            case .tmx14: "--dtdvalid"
            default: "--schema"
            }
        }
    }

    /// The outcome: whether it validated and what xmllint said.
    public struct Result: Sendable {
        public var valid: Bool
        public var output: String
    }

    /// Whether xmllint is installed (`libxml2-utils`).
    public static var xmllintAvailable: Bool {
        FileManager.default.isExecutableFile(atPath: "/usr/bin/xmllint")
    }

    /// Whether ``validate(_:against:)`` can run: `../shared/schemas` is there and xmllint is installed.
    public static var isAvailable: Bool { TestPaths.isSharedAvailable && xmllintAvailable }

    /// Why a schema validation is skipped: for `.enabled(if: SchemaValidator.isAvailable, "\(SchemaValidator.unavailable)")`.
    public static var unavailable: String {
        TestPaths.isSharedAvailable
            ? "xmllint is not installed (apt-get install libxml2-utils; .ci/setup does it)" : TestPaths.sharedMissing
    }

    /// Validates `xml` against `schema`; nil when `../shared` is absent (see ``isAvailable``).
    public static func validate(_ xml: String, against schema: Schema) throws -> Result? {
        guard let shared = TestPaths.shared else { return nil }
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("alih-\(UUID().uuidString).xml")
        try xml.write(to: file, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(at: file) }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/xmllint")
        process.arguments = ["--noout", "--nonet", schema.xmllintFlag, schema.rawValue, file.path]
        process.currentDirectoryURL = shared.appendingPathComponent("schemas")
        let pipe = Pipe()
        process.standardError = pipe
        process.standardOutput = pipe
        try process.run()
        let output = String(decoding: pipe.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        return Result(valid: process.terminationStatus == 0, output: output)
    }
}
