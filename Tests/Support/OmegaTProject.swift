import Foundation

/// A minimal OmegaT 3.6 project (Debian's `omegat`) run headless, for tests that use OmegaT as
/// a real client: source files in, OmegaT's segments out.
///
/// OmegaT only accepts a folder as a project when it has both `omegat.project` and an
/// `omegat/` folder. Each run starts a JVM (about 2 s): put many cases into one project.
public struct OmegaTProject: Sendable {
    public static let executable = "/usr/bin/omegat"

    /// Whether OmegaT is installed, for `.enabled(if: OmegaTProject.isInstalled, "\(OmegaTProject.notInstalled)")`.
    public static var isInstalled: Bool { FileManager.default.isExecutableFile(atPath: executable) }

    public static let notInstalled = "OmegaT is not installed (apt-get install omegat; .ci/setup does it)"

    /// The project folder.
    public let url: URL

    /// A new project in a folder of its own: source language `id`, target `en`, OmegaT's
    /// sentence segmentation on or off. Without `segmentationRules` OmegaT uses its default rules;
    /// with them (a `segmentation.conf`), the project's own.
    public init(sentenceSegmentation: Bool, segmentationRules: String? = nil) throws {
        url = try ScratchFolder("omegat").url
        for folder in ["source", "target", "tm/auto", "glossary", "omegat", "config"] {
            try FileManager.default.createDirectory(
                at: url.appendingPathComponent(folder), withIntermediateDirectories: true)
        }
        let settings = """
            <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
            <omegat>
              <project version="1.0">
                <source_dir>__DEFAULT__</source_dir>
                <target_dir>__DEFAULT__</target_dir>
                <tm_dir>__DEFAULT__</tm_dir>
                <glossary_dir>__DEFAULT__</glossary_dir>
                <glossary_file>__DEFAULT__</glossary_file>
                <dictionary_dir>__DEFAULT__</dictionary_dir>
                <source_lang>id</source_lang>
                <target_lang>en</target_lang>
                <sentence_seg>\(sentenceSegmentation)</sentence_seg>
                <remove_tags>false</remove_tags>
              </project>
            </omegat>

            """
        try Data(settings.utf8).write(to: url.appendingPathComponent("omegat.project"))
        if let segmentationRules {
            try Data(segmentationRules.utf8).write(to: url.appendingPathComponent("omegat/segmentation.conf"))
        }
    }

    /// The path of `name` in the project.
    public func path(_ name: String) -> String { url.appendingPathComponent(name).path }

    /// Writes `text` as `source/NAME`. A `.utf8` file goes through OmegaT's text filter as
    /// UTF-8, one paragraph a line.
    public func addSource(_ name: String, text: String) throws {
        try Data(text.utf8).write(to: url.appendingPathComponent("source/\(name)"))
    }

    /// Runs OmegaT on the project in `mode` (`console-translate`, …) with its configuration in
    /// the project's `config/` folder; returns the exit status.
    public func run(mode: String, _ arguments: [String] = []) throws -> Int32 {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: Self.executable)
        process.arguments =
            [url.path, "--mode=\(mode)"] + arguments + [
                "--config-dir=\(path("config"))", "--disable-project-locking",
            ]
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        process.waitUntilExit()
        return process.terminationStatus
    }

    /// Every segment OmegaT makes of the project's sources (each once: OmegaT's pseudo-translated
    /// TMX holds a segment text once however often it occurs); nil when OmegaT fails.
    public func segments() throws -> Set<String>? {
        let tmx = url.appendingPathComponent("pseudo.tmx")
        let status = try run(
            mode: "console-createpseudotranslatetmx",
            ["--pseudotranslatetmx=\(tmx.path)", "--pseudotranslatetype=equal"])
        guard status == 0 else { return nil }
        return Set(try Self.elements("seg", in: String(contentsOf: tmx, encoding: .utf8)))
    }

    /// The text of every `<NAME>…</NAME>` (TMX from OmegaT has no nested markup here).
    public static func elements(_ name: String, in xml: String) throws -> [String] {
        let regex = try NSRegularExpression(pattern: "<\(name)>(.*?)</\(name)>", options: [.dotMatchesLineSeparators])
        let range = NSRange(xml.startIndex..., in: xml)
        return regex.matches(in: xml, range: range).compactMap { match in
            Range(match.range(at: 1), in: xml).map {
                String(xml[$0]).replacingOccurrences(of: "&quot;", with: "\"").replacingOccurrences(
                    of: "&lt;", with: "<"
                )
                .replacingOccurrences(of: "&gt;", with: ">").replacingOccurrences(of: "&amp;", with: "&")
            }
        }
    }

    /// OmegaT's copy of the SRX 2.0 schema (`schemas/srx20.xsd` in its jar, with the `xml.xsd`
    /// it imports), unpacked into `folder` with the import pointing at the local copy; nil
    /// when the jar or `unzip` is missing.
    public static func srxSchema(in folder: URL) throws -> URL? {
        let jar = "/usr/share/omegat/OmegaT.jar"
        guard FileManager.default.fileExists(atPath: jar),
            FileManager.default.isExecutableFile(atPath: "/usr/bin/unzip")
        else { return nil }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/unzip")
        process.arguments = ["-o", "-q", jar, "schemas/srx20.xsd", "schemas/xml.xsd", "-d", folder.path]
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else { return nil }
        let schema = folder.appendingPathComponent("schemas/srx20.xsd")
        let text = try String(contentsOf: schema, encoding: .utf8).replacingOccurrences(
            of: #"schemaLocation="http://www.w3.org/2001/xml.xsd""#, with: #"schemaLocation="xml.xsd""#)
        try Data(text.utf8).write(to: schema)
        return schema
    }
}
