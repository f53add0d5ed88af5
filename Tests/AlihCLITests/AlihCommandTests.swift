import AlihTestSupport
import Foundation
import Testing

@Suite struct AlihCommandTests {
    /// An unknown or misspelt option is what is reported, before what the command's own checks
    /// would say of the arguments without it (ArgumentParser validates first).
    @Test(arguments: [
        (["coverage", "Examples/berita-contoh.txt", "--glosary", "Glossaries/id-en-news.tsv"], "'--glosary'"),
        (["coverage", "Examples/berita-contoh.txt", "--bogus"], "Unknown option '--bogus'"),
        (["reimport", "a.xlf", "--bogus", "x", "-o", "y.txt"], "Unknown option '--bogus'"),
        (["extract", "Examples/berita-contoh.txt", "--fuzzy-threshold", "2", "--bogus"], "Unknown option '--bogus'"),
    ])
    func anUnknownOptionIsReportedFirst(arguments: [String], expected: String) throws {
        let result = try AlihProcess.run(arguments)
        #expect(result.status == 2)
        #expect(result.stderr.contains(expected), "\(result.stderr)")
    }

    /// Without an unknown option, the command's own check is reported as before.
    @Test func aValidationErrorIsStillReported() throws {
        let result = try AlihProcess.run(["coverage", "Examples/berita-contoh.txt"])
        #expect(result.status == 2)
        #expect(result.stderr.contains("Coverage needs a glossary"), "\(result.stderr)")
    }
}
