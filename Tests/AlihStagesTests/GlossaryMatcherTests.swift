import AlihCore
import AlihStages
import Testing

@Suite struct GlossaryMatcherTests {
    static let lemmatizer = try! IndonesianLemmatizer.installed()

    static let glossary = Glossary(
        name: "test",
        entries: [
            entry("tentara", "troops"),
            entry("penjaga perbatasan", "border guard"),
            entry("setuju", "agree"),
            entry("penarikan", "withdrawal"),
            entry("tarik", "pull"),
            entry("Perdana Menteri", "Prime Minister"),
            entry("menteri", "minister"),
            entry("MA", "Supreme Court", caseSensitive: true),
            entry("KPK", "KPK", caseSensitive: true, dnt: true),
            entry("negara", "country"),
            entry("bulan", "month"),
            entry("diri", "self"),
            entry("juru bicara", "spokesperson"),
            entry("pasukan", "troops"),
            entry("pemerintah", "government"),
            entry("ajar", "teach"),
            entry("belajar", "study"),
            entry("kerja", "work"),
            entry("menyebut", "mention"),
            entry("perbatasan", "border"),
            entry("Kementerian", "ministry"),
        ])

    static func entry(_ source: String, _ target: String, caseSensitive: Bool = false, dnt: Bool = false)
        -> GlossaryEntry
    {
        GlossaryEntry(
            id: source, source: source, translations: [GlossaryTranslation(target)], caseSensitive: caseSensitive,
            doNotTranslate: dnt)
    }

    static let matcher = try! GlossaryMatcher(glossary: glossary, lemmatizer: lemmatizer)

    func matches(_ text: String) throws -> [String] {
        var tokenizer = try WordTokenizer()
        return try Self.matcher.matches(in: text[...], tokenizer: &tokenizer).map {
            "\(text[$0.range])=\(Self.glossary.entries[$0.entryIndex].source)/\($0.tier.rawValue)"
        }
    }

    @Test(arguments: [
        ("Rusia menarik tentaranya.", ["menarik=tarik/inflected", "tentaranya=tentara/inflected"]),
        ("Tentara itu pergi.", ["Tentara=tentara/case"]),
        ("Ada tentara di sana.", ["tentara=tentara/exact"]),
        (
            "penjaga perbatasannya ditarik",
            ["penjaga perbatasannya=penjaga perbatasan/inflected", "ditarik=tarik/inflected"]
        ),
        ("Mereka menyetujuinya kemarin.", ["menyetujuinya=setuju/inflected"]),
        ("Usul itu disetujui dan mereka menyetujui.", ["disetujui=setuju/inflected", "menyetujui=setuju/inflected"]),
        ("penarikan pasukan", ["penarikan=penarikan/exact", "pasukan=pasukan/exact"]),
        ("mereka menarik diri", ["menarik=tarik/inflected", "diri=diri/exact"]),
        ("Perdana Menteri Armenia", ["Perdana Menteri=Perdana Menteri/exact"]),
        ("kata menteri itu", ["menteri=menteri/exact"]),
        ("para menterinya", ["menterinya=menteri/inflected"]),
        ("Putusan MA final.", ["MA=MA/exact"]),
        ("Ma ma ma.", []),
        ("Penyidik KPK-nya datang.", ["KPK-nya=KPK/inflected"]),
        ("kpk", []),
        ("negara-negara tetangga", ["negara-negara=negara/inflected"]),
        ("berbulan-bulan lamanya", ["berbulan-bulan=bulan/inflected"]),
        ("Warga Kediri mengungsi.", []),
        ("kata juru bicaranya", ["juru bicaranya=juru bicara/inflected"]),
        ("Pemerintah Armenia setuju.", ["Pemerintah=pemerintah/case", "setuju=setuju/exact"]),
        ("mereka belajar", ["belajar=belajar/exact"]),
        ("mereka bekerja keras", ["bekerja=kerja/inflected"]),
        ("kami mengajar", ["mengajar=ajar/inflected"]),
        ("perjanjian tersebut", []),
        ("rapat terbatas di perbatasan", ["perbatasan=perbatasan/exact"]),
        ("para menteri", ["menteri=menteri/exact"]),
        ("Kementerian Luar Negeri", ["Kementerian=Kementerian/exact"]),
        ("penarikan itu ditarik", ["penarikan=penarikan/exact", "ditarik=tarik/inflected"]),
    ])
    func matching(text: String, expected: [String]) throws {
        let actual = try matches(text)
        #expect(actual == expected)
    }

    @Test func matchesAreRangesIntoTheText() throws {
        let text = "Kata juru bicara Kremlin."
        var tokenizer = try WordTokenizer()
        let found = try Self.matcher.matches(in: text[...], tokenizer: &tokenizer)
        #expect(found.count == 1)
        #expect(text[found[0].range] == "juru bicara")
    }

    @Test func entriesWithoutWordsNeverMatch() throws {
        let glossary = Glossary(name: "g", entries: [Self.entry("&", "and"), Self.entry("dan", "and")])
        let matcher = try GlossaryMatcher(glossary: glossary, lemmatizer: Self.lemmatizer)
        #expect(matcher.unmatchableEntries == [0])
    }
}
