import AlihTestSupport
import Foundation
import Testing

/// OmegaT 3.6 (Debian's `omegat`) as a real client of Alih's XLIFF 1.2: with sentence
/// segmentation off, every translatable trans-unit is one OmegaT segment, and chrome
/// (`translate="no"`) is none. Skipped with a message where OmegaT is not installed.
@Suite struct OmegaTInteropTests {
    static let omegat = "/usr/bin/omegat"

    /// A minimal OmegaT project around one source file. OmegaT only accepts a folder as a
    /// project when it has both `omegat.project` and an `omegat/` folder.
    static func makeProject(with xliff: URL) throws -> URL {
        let project = try AlihProcess.temporaryFolder()
        for folder in ["source", "target", "tm/auto", "glossary", "omegat", "config"] {
            try FileManager.default.createDirectory(at: project.appendingPathComponent(folder), withIntermediateDirectories: true)
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
                <sentence_seg>false</sentence_seg>
                <remove_tags>false</remove_tags>
              </project>
            </omegat>

            """
        try Data(settings.utf8).write(to: project.appendingPathComponent("omegat.project"))
        try FileManager.default.copyItem(at: xliff, to: project.appendingPathComponent("source/berita.xlf"))
        return project
    }

    static func runOmegaT(_ arguments: [String]) throws -> Int32 {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: omegat)
        process.arguments = arguments
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        process.waitUntilExit()
        return process.terminationStatus
    }

    @Test func oneOmegaTSegmentPerTranslatableTransUnit() throws {
        guard FileManager.default.isExecutableFile(atPath: Self.omegat) else {
            print("skipped: OmegaT is not installed (apt-get install omegat; .ci/setup does it)")
            return
        }
        let folder = try AlihProcess.temporaryFolder()
        let xliff = folder.appendingPathComponent("berita.xlf")
        let extract = try AlihProcess.run(["extract", "Examples/berita-contoh.txt", "--xliff", "1.2", "--prefill-targets", "-o", xliff.path, "-q"])
        #expect(extract.status == 0)
        let project = try Self.makeProject(with: xliff)
        let config = project.appendingPathComponent("config").path
        let tmx = project.appendingPathComponent("pseudo.tmx")
        let status = try Self.runOmegaT([
            project.path, "--mode=console-createpseudotranslatetmx", "--pseudotranslatetmx=\(tmx.path)",
            "--pseudotranslatetype=equal", "--config-dir=\(config)", "--disable-project-locking",
        ])
        #expect(status == 0)

        let segments = Set(try Self.elements("seg", in: String(contentsOf: tmx, encoding: .utf8)))
        let expected = try AlihProcess.run(["segment", "Examples/berita-contoh.txt", "--content-only"]).stdout
            .split(separator: "\n").map(String.init)
        #expect(segments == Set(expected))
        #expect(segments.count == 37)

        // Console translation writes the file back with the chrome untouched.
        #expect(try Self.runOmegaT([project.path, "--mode=console-translate", "--config-dir=\(config)", "--disable-project-locking"]) == 0)
        let written = try String(contentsOf: project.appendingPathComponent("target/berita.xlf"), encoding: .utf8)
        #expect(written.contains("SCROLL TO CONTINUE WITH CONTENT"))
        let sent = try String(contentsOf: xliff, encoding: .utf8)
        #expect(written.components(separatedBy: "<trans-unit ").count == sent.components(separatedBy: "<trans-unit ").count)
    }

    /// The text of every `<NAME>…</NAME>` (TMX from OmegaT has no nested markup here).
    static func elements(_ name: String, in xml: String) throws -> [String] {
        let regex = try NSRegularExpression(pattern: "<\(name)>(.*?)</\(name)>", options: [.dotMatchesLineSeparators])
        let range = NSRange(xml.startIndex..., in: xml)
        return regex.matches(in: xml, range: range).compactMap { match in
            Range(match.range(at: 1), in: xml).map {
                String(xml[$0]).replacingOccurrences(of: "&quot;", with: "\"").replacingOccurrences(of: "&lt;", with: "<")
                    .replacingOccurrences(of: "&gt;", with: ">").replacingOccurrences(of: "&amp;", with: "&")
            }
        }
    }
}
