import AlihChecks
import AlihCore
import Testing

@Suite struct PunctuationCheckTests {
    func messages(_ source: String, _ target: String) -> [String] {
        SegmentCheckHarness.findings(PunctuationCheck(), source: source, target: target).map(\.message)
    }

    /// A different sentence-final mark, or one missing on either side.
    @Test(arguments: [
        ("Dia datang.", "Did he come?", "the source ends with '.', the target with '?'"),
        ("Dia datang.", "He came", "the source ends with '.', the target with no final mark"),
        ("Dia datang", "He came.", "the source ends with no final mark, the target with '.'"),
        ("Awas!", "Watch out.", "the source ends with '!', the target with '.'"),
        ("Katanya:", "He said.", "the source ends with ':', the target with '.'"),
        ("“Siapa?”", "\"Who.\"", "the source ends with '?', the target with '.'"),
        ("Dia datang.\r\n", "He came\r\n", "the source ends with '.', the target with no final mark"),
        ("Kafe\u{0301}.", "Cafe\u{0301}!", "the source ends with '.', the target with '!'"),
    ])
    func reportsADifferentFinalMark(source: String, target: String, message: String) {
        #expect(messages(source, target) == [message])
    }

    /// The same mark, after closing quotes, brackets and whitespace; `…` counts as `.`.
    @Test(arguments: [
        ("Dia datang.", "He came."),
        ("Dia datang…", "He came."),
        ("“Dia datang.”", "\"He came.\""),
        ("(Lihat peta.)", "(See the map.)"),
        ("[Catatan.] ", "[Note.]\n"),
        ("Kata dia, ‘begitu.’", "He said, 'so.'"),
        ("Judul", "Title"),
        ("Harga:", "Price:"),
        ("Benarkah? »", "Really? »"),
    ])
    func acceptsTheSameFinalMark(source: String, target: String) {
        #expect(messages(source, target).isEmpty)
    }

    @Test func findsNothingWithoutTarget() {
        #expect(SegmentCheckHarness.findings(PunctuationCheck(), source: "Dia datang.", target: nil).isEmpty)
        #expect(SegmentCheckHarness.findings(PunctuationCheck(), source: "Dia datang.", target: "").isEmpty)
    }
}
