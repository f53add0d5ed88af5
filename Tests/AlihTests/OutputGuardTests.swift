import AlihCore
import AlihTestSupport
import Foundation
import Testing

@testable import Alih

@Suite struct OutputGuardTests {
    /// The code `OutputGuard.check` refuses with, nil when it lets the files through.
    func refusal(inputs: [OutputGuard.File], outputs: [OutputGuard.File]) -> String? {
        do {
            try OutputGuard.check(inputs: inputs, outputs: outputs)
            return nil
        } catch {
            return error.diagnostic.code
        }
    }

    /// An output is an input however it is spelled: as given, through `.` or `..`, or a link.
    @Test func anOutputThatIsAnInputIsRefusedHoweverSpelled() throws {
        let scratch = try ScratchFolder("output-guard")
        defer { scratch.remove() }
        try FileManager.default.createDirectory(atPath: scratch.path("sub"), withIntermediateDirectories: true)
        try "Artikel.\n".write(toFile: scratch.path("a.txt"), atomically: true, encoding: .utf8)
        try FileManager.default.createSymbolicLink(atPath: scratch.path("link.txt"), withDestinationPath: "a.txt")
        let input = scratch.path("a.txt")
        for output in [input, scratch.path("./a.txt"), scratch.path("sub/../a.txt"), scratch.path("link.txt")] {
            #expect(
                refusal(inputs: [("article", input)], outputs: [("XLIFF", output)]) == "output.is-input", "\(output)")
        }
        #expect(refusal(inputs: [("article", input)], outputs: [("XLIFF", scratch.path("a.xlf"))]) == nil)
    }

    /// Two outputs not written yet are one file when their folder and name are.
    @Test func twoOutputsToOneFileAreRefused() throws {
        let scratch = try ScratchFolder("output-guard")
        defer { scratch.remove() }
        try FileManager.default.createDirectory(atPath: scratch.path("sub"), withIntermediateDirectories: true)
        #expect(
            refusal(inputs: [], outputs: [("XLIFF", scratch.path("x.xlf")), ("report", scratch.path("sub/../x.xlf"))])
                == "output.twice")
        #expect(
            refusal(inputs: [], outputs: [("XLIFF", scratch.path("x.xlf")), ("report", scratch.path("x.json"))]) == nil)
    }

    /// Standard output, devices and inputs that do not exist are never in the way.
    @Test func streamsDevicesAndMissingInputsPass() throws {
        let scratch = try ScratchFolder("output-guard")
        defer { scratch.remove() }
        #expect(
            refusal(
                inputs: [("article", "-"), ("glossary", scratch.path("missing.tsv")), ("memory", nil)],
                outputs: [("XLIFF", "-"), ("report", "/dev/null"), ("TBX file", "/dev/null"), ("x", nil)]) == nil)
    }
}
