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
            entry("bulan", "month", pos: "noun"),
            entry("diri", "self"),
            entry("juru bicara", "spokesperson"),
            entry("pasukan", "troops"),
            entry("pemerintah", "government"),
            entry("ajar", "teach"),
            entry("belajar", "study"),
            entry("kerja", "work", pos: "verb"),
            entry("menyebut", "mention"),
            entry("perbatasan", "border"),
            entry("Kementerian", "ministry"),
        ])

    static func entry(
        _ source: String, _ target: String, pos: String? = nil, caseSensitive: Bool = false, dnt: Bool = false
    ) -> GlossaryEntry {
        GlossaryEntry(
            id: source, source: source, translations: [GlossaryTranslation(target)], partOfSpeech: pos,
            caseSensitive: caseSensitive, doNotTranslate: dnt)
    }

    static let matcher = try! GlossaryMatcher(glossary: glossary, lemmatizer: lemmatizer)

    /// Entries of the words of the defects found by hand on real sentences (issue 16): roots
    /// beside their derivations, with their parts of speech.
    static let derivations = Glossary(
        name: "derivations",
        entries: [
            entry("alas", "base", pos: "noun"), entry("alasan", "reason", pos: "noun"),
            entry("bagian", "part", pos: "noun"), entry("mati", "die", pos: "verb"),
            entry("kematian", "death", pos: "noun"), entry("perlu", "need", pos: "verb"),
            entry("memerlukan", "require", pos: "verb"), entry("perintah", "order", pos: "noun"),
            entry("pemerintahan", "government", pos: "noun"), entry("tanda", "sign", pos: "noun"),
            entry("pukul", "at", pos: "phrase"), entry("datar", "flat", pos: "adj"),
            entry("ukur", "measure", pos: "verb"),
            entry("bicara", "speak", pos: "verb"), entry("pelajar", "student", pos: "noun"),
            entry("juli", "July", pos: "propn"), entry("salam", "greeting", pos: "noun"),
            entry("tahun ini", "this year", pos: "adv"), entry("tahun", "year", pos: "noun"),
            entry("mata", "eye", pos: "noun"), entry("mata-mata", "spy", pos: "noun"),
            entry("menyatakan", "stated", pos: "verb"), entry("mengakui", "admitted", pos: "verb"),
            entry("membayangkan", "imagine", pos: "verb"), entry("membunuh", "kill", pos: "verb"),
            entry("obat", "medicine", pos: "noun"), entry("rokok", "cigarette", pos: "noun"),
            entry("banding", "appeal", pos: "noun"), entry("triliun", "trillion", pos: "num"),
            entry("terbuka", "open", pos: "adj"), entry("besar", "big", pos: "adj"), entry("tangkap", "catch"),
            entry("pejabat", "official", pos: "noun"), entry("menurut", "according to", pos: "phrase"),
            entry("hari", "day", pos: "noun"), entry("hukum", "law", pos: "noun"),
            entry("menarik", "pull", pos: "verb"),
            entry("depan", "front", pos: "noun"),
        ])

    static let derivationsMatcher = try! GlossaryMatcher(glossary: derivations, lemmatizer: lemmatizer)

    func matches(_ text: String, in matcher: GlossaryMatcher = Self.matcher) throws -> [String] {
        var tokenizer = try WordTokenizer()
        return try matcher.matches(in: text[...], tokenizer: &tokenizer).map {
            "\(text[$0.range])=\(matcher.glossary.entries[$0.entryIndex].source)/\($0.tier.rawValue)"
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
        ("Dewan Setujui Usul Pemerintah", ["Setujui=setuju/inflected", "Pemerintah=pemerintah/case"]),
        ("Kata Menteri Menyetujui.", ["Menteri=menteri/case"]),
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

    /// The derived entry a word is an inflection of (a clitic, a voice, a reduplication added)
    /// beats the root it is derived from.
    @Test(arguments: [
        ("Alasannya sederhana.", ["Alasannya=alasan/inflected"]),
        ("Bagian-bagian kapal itu rusak.", ["Bagian-bagian=bagian/inflected"]),
        ("Kematiannya mengejutkan banyak orang.", ["Kematiannya=kematian/inflected"]),
        ("Dana yang diperlukan besar.", ["diperlukan=memerlukan/inflected", "besar=besar/exact"]),
        ("Proyek ini memerlukannya.", ["memerlukannya=memerlukan/inflected"]),
        ("Ia mengkritik pemerintahannya.", ["pemerintahannya=pemerintahan/inflected"]),
        ("Kapal itu tanpa alas.", ["alas=alas/exact"]),
        ("Ia perlu istirahat.", ["perlu=perlu/exact"]),
    ])
    func aDerivedEntryBeatsTheRoot(text: String, expected: [String]) throws {
        let actual = try matches(text, in: Self.derivationsMatcher)
        #expect(actual == expected)
    }

    /// A root entry matches what its part of speech makes forms of it (`TermWordClass`), not
    /// the nouns and verbs derived from it.
    @Test(arguments: [
        ("Penanda jalan itu hilang.", []),
        ("Polisi menyelidiki pemukulannya.", []),
        ("Dataran tinggi Dieng.", []),
        ("Tanah itu datar dan terdatar di sana.", ["datar=datar/exact", "terdatar=datar/inflected"]),
        ("Ia diukur dan mengukurnya.", ["diukur=ukur/inflected", "mengukurnya=ukur/inflected"]),
        ("Mereka membicarakan dan dibicarakan.", ["membicarakan=bicara/inflected", "dibicarakan=bicara/inflected"]),
        ("Pengobatan dan obat-obatan.", ["obat-obatan=obat/inflected"]),
        ("Ia merokok dan perokok berat.", []),
        ("Harga itu dibandingkan tahun lalu.", ["tahun=tahun/exact"]),
        ("Utang triliunan rupiah.", ["triliunan=triliun/inflected"]),
        ("Jalan terbesar dan sebesar itu.", ["terbesar=besar/inflected"]),
        (
            "Ia ditangkap lalu tertangkap dan kutangkap.",
            [
                "ditangkap=tangkap/inflected", "tertangkap=tangkap/inflected", "kutangkap=tangkap/inflected",
            ]
        ),
        ("Jabatan pejabat dan pejabatnya.", ["pejabat=pejabat/exact", "pejabatnya=pejabat/inflected"]),
        ("Pukul 10 ia dipukul dan terpukul.", ["Pukul=pukul/case"]),
    ])
    func aRootMatchesTheFormsItsClassAccepts(text: String, expected: [String]) throws {
        let actual = try matches(text, in: Self.derivationsMatcher)
        #expect(actual == expected)
    }

    /// The prepositions *di* and *ke* written together with a root are its inflections where
    /// the dictionary knows no such word; se- "one" is one, *sehari-hari* "daily" is not; a
    /// word the lexicon lists in its own right (*tertarik*) is no form of a derived entry.
    @Test(arguments: [
        ("Ditahun 2003 ia lahir.", ["Ditahun=tahun/inflected"]),
        ("Ia dihukum.", []),
        ("Beberapa tahun kedepan.", ["tahun=tahun/exact", "kedepan=depan/inflected"]),
        ("Dua kali sehari.", ["sehari=hari/inflected"]),
        ("Kehidupan sehari-hari.", []),
        ("Ia tertarik pada seni.", []),
        ("Pasukan ditarik.", ["ditarik=menarik/inflected"]),
    ])
    func gluedPrepositionsAndLexicalisedWords(text: String, expected: [String]) throws {
        let actual = try matches(text, in: Self.derivationsMatcher)
        #expect(actual == expected)
    }

    /// Names inside a sentence are not derivations; a longer word is not its root's term.
    @Test(arguments: [
        ("Ia mengukur suhu.", ["mengukur=ukur/inflected"]),
        ("Sebuah kapal bernama Julian tiba pada bulan Juli.", ["Juli=juli/case"]),
        ("Desa Salaman di Magelang.", []),
        ("Salaman disampaikan.", []),
        ("Laporan tahunan ini selesai tahun ini.", ["tahun ini=tahun ini/exact"]),
        ("Mereka mempelajari laporan para pelajar.", ["pelajar=pelajar/exact"]),
    ])
    func lemmasAndNamesAreRight(text: String, expected: [String]) throws {
        let actual = try matches(text, in: Self.derivationsMatcher)
        #expect(actual == expected)
    }

    /// A reduplicated entry matches only reduplications; a single word's entry matches its
    /// reduplication (a plural) unless the reduplicated entry is there.
    @Test(arguments: [
        ("Mata kanannya terluka.", ["Mata=mata/case"]),
        ("Ia mata-mata Rusia.", ["mata-mata=mata-mata/exact"]),
        ("Polisi menemukan mata-matanya.", ["mata-matanya=mata-mata/inflected"]),
        ("Tahun-tahun berlalu.", ["Tahun-tahun=tahun/inflected"]),
    ])
    func reduplicatedEntriesMatchOnlyReduplications(text: String, expected: [String]) throws {
        let actual = try matches(text, in: Self.derivationsMatcher)
        #expect(actual == expected)
    }

    /// Function words (reporting verbs among them) match a derived entry they are a form of in
    /// the same voice.
    @Test(arguments: [
        ("Ia dinyatakan positif.", ["dinyatakan=menyatakan/inflected"]),
        ("Hal itu diakui pemerintah.", ["diakui=mengakui/inflected"]),
        ("Menurutnya, itu benar.", ["Menurutnya=menurut/inflected"]),
        ("Mereka menyatakannya.", ["menyatakannya=menyatakan/inflected"]),
    ])
    func functionWordsMatchTheirEntriesForms(text: String, expected: [String]) throws {
        let actual = try matches(text, in: Self.derivationsMatcher)
        #expect(actual == expected)
    }

    /// The bare object voice and the ter- passive are voices of a derived verb.
    @Test(arguments: [
        ("Kesalahan yang ia akui.", ["akui=mengakui/inflected"]),
        ("Hal yang kami bayangkan.", ["bayangkan=membayangkan/inflected"]),
        ("Dua orang terbunuh.", ["terbunuh=membunuh/inflected"]),
        ("Ia dibunuh, bukan membunuh.", ["dibunuh=membunuh/inflected", "membunuh=membunuh/exact"]),
        ("Ia bunuh diri.", []),
    ])
    func bareAndTerVoicesMatchDerivedVerbs(text: String, expected: [String]) throws {
        let actual = try matches(text, in: Self.derivationsMatcher)
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
