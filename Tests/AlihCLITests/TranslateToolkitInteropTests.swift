import AlihTestSupport
import Foundation
import Testing

/// translate-toolkit (Debian's `translate-toolkit`) as a real client of Alih's XLIFF 1.2: its
/// converters (`xliff2po`, `pomerge`, `po2xliff`) and its storage API, the way Weblate uses it.
/// Every route that can bring the translations back gives the article byte for byte; the one
/// that cannot (`po2xliff -t`) is refused with the route that can.
@Suite(
    .enabled(
        if: FileManager.default.isExecutableFile(atPath: "/usr/bin/pomerge"),
        "translate-toolkit is not installed (apt-get install translate-toolkit; .ci/setup does it)"))
struct TranslateToolkitInteropTests {
    let folder: URL
    /// What Alih sent out: XLIFF 1.2, targets prefilled with the sources.
    let sent: URL
    /// The same file translated into English.
    let translated: URL
    /// The article reimported from `translated`: what every route must give.
    let expected: String

    init() throws {
        folder = try AlihProcess.temporaryFolder()
        let example = try TranslatedExample(in: folder, translatedName: "berita.translated.xlf")
        (sent, translated) = (example.sent, example.translated)
        let article = folder.appendingPathComponent("expected.txt")
        let reimport = try AlihProcess.run(["reimport", translated.path, "-o", article.path, "-q"])
        #expect(reimport.status == 0, "\(reimport.stderr)")
        expected = try String(contentsOf: article, encoding: .utf8)
        #expect(expected.hasPrefix("Government Prepares Evacuation"))
    }

    /// Runs a tool; a failure's standard error is recorded as an issue.
    @discardableResult
    static func tool(_ path: String, _ arguments: [String]) throws -> Int32 {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: path)
        process.arguments = arguments
        process.standardOutput = FileHandle.nullDevice
        let errors = Pipe()
        process.standardError = errors
        try process.run()
        let message = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        if process.terminationStatus != 0 { Issue.record("\(path) failed: \(message)") }
        return process.terminationStatus
    }

    /// The reimported article of `file`, and the run.
    func reimport(_ file: URL, _ extra: [String] = []) throws -> (AlihProcess.Result, String?) {
        let article = folder.appendingPathComponent(file.deletingPathExtension().lastPathComponent + ".en.txt")
        let run = try AlihProcess.run(["reimport", file.path, "-o", article.path] + extra)
        return (run, try? String(contentsOf: article, encoding: .utf8))
    }

    /// Translators who work in PO: `xliff2po`, then `pomerge -t` back into Alih's file.
    @Test func xliff2poAndPomergeBringTheArticleBackExactly() throws {
        let po = folder.appendingPathComponent("berita.po")
        let merged = folder.appendingPathComponent("merged.xlf")
        #expect(try Self.tool("/usr/bin/xliff2po", [translated.path, po.path]) == 0)
        #expect(try Self.tool("/usr/bin/pomerge", ["-t", sent.path, "-i", po.path, "-o", merged.path]) == 0)
        let (run, article) = try reimport(merged)
        #expect(run.status == 0, "\(run.stderr)")
        #expect(article == expected)
    }

    /// `po2xliff -t` adds the PO's translations as a second <file>: refused, naming pomerge.
    @Test func po2xliffWithATemplateIsRefusedWithTheRouteThatWorks() throws {
        let po = folder.appendingPathComponent("berita.po")
        let converted = folder.appendingPathComponent("converted.xlf")
        #expect(try Self.tool("/usr/bin/xliff2po", [translated.path, po.path]) == 0)
        #expect(try Self.tool("/usr/bin/po2xliff", ["-t", sent.path, po.path, converted.path]) == 0)
        let (run, article) = try reimport(converted)
        #expect(run.status == 2)
        #expect(run.stderr.contains("[xliff.files]"))
        #expect(run.stderr.contains("po2xliff -t"))
        #expect(run.stderr.contains("pomerge -t"))
        #expect(article == nil)
    }

    /// The storage API as Weblate uses it: load, set targets, save. A unit it removes is named.
    @Test func theStorageAPIKeepsWhatAlihNeedsAndADeletedUnitIsNamed() throws {
        let script = folder.appendingPathComponent("fill-targets.py")
        try """
        import sys
        from translate.storage import factory
        sent, translated, output, remove = sys.argv[1], sys.argv[2], sys.argv[3], sys.argv[4]
        english = {unit.getid(): unit.target for unit in factory.getobject(translated).units}
        store = factory.getobject(sent)
        for unit in list(store.units):
            if unit.getid().split("\\x04")[-1] == remove:
                store.removeunit(unit)
            elif unit.getid() in english:
                unit.target = english[unit.getid()]
        store.savefile(output)

        """.write(to: script, atomically: true, encoding: .utf8)
        let whole = folder.appendingPathComponent("weblate.xlf")
        #expect(try Self.tool("/usr/bin/python3", [script.path, sent.path, translated.path, whole.path, "none"]) == 0)
        let (run, article) = try reimport(whole)
        #expect(run.status == 0, "\(run.stderr)")
        #expect(article == expected)

        let deleted = folder.appendingPathComponent("deleted.xlf")
        #expect(
            try Self.tool("/usr/bin/python3", [script.path, sent.path, translated.path, deleted.path, "b9-s2"]) == 0)
        let (refused, nothing) = try reimport(deleted)
        #expect(refused.status == 1)
        #expect(
            refused.stderr.contains("segment b9-s2 is missing from the end of unit b9, after b9-s1: it was deleted"),
            "\(refused.stderr)")
        #expect(!refused.stderr.contains("edited the source"))
        #expect(nothing == nil)
    }
}
