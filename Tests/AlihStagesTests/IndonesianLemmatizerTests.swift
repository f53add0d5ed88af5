import AlihHunspell
import AlihStages
import Testing

@Suite struct IndonesianLemmatizerTests {
    static let lemmatizer = try! IndonesianLemmatizer.installed()

    /// Every affix class: meN- (all allomorphs), peN-, di-, ter-, ber-, ke-, se-, per-, -kan,
    /// -i, -an, confixes, clitics and particles, proclitics, reduplication.
    @Test(arguments: [
        ("memukul", "pukul"), ("membaca", "baca"), ("menarik", "tarik"), ("mendengar", "dengar"),
        ("menyetujui", "setuju"), ("mengatakan", "kata"), ("mengambil", "ambil"), ("menggali", "gali"),
        ("mengebom", "bom"), ("melihat", "lihat"), ("merasa", "rasa"), ("memproduksi", "produksi"),
        ("penarikan", "tarik"), ("pemukul", "pukul"), ("penjaga", "jaga"), ("pengiriman", "kirim"),
        ("dipukul", "pukul"), ("disetujui", "setuju"), ("terpukul", "pukul"), ("bermain", "main"),
        ("berenang", "renang"), ("berlatih", "latih"), ("bekerja", "kerja"), ("kekalahan", "kalah"),
        ("keamanan", "aman"), ("sebuah", "buah"), ("perbatasan", "batas"), ("pertahanan", "tahan"),
        ("berdatangan", "datang"), ("diperkirakan", "kira"), ("memperkenalkan", "kenal"),
        ("tentaranya", "tentara"), ("perbatasannya", "batas"), ("menyetujuinya", "setuju"),
        ("bukumu", "buku"), ("rumahku", "rumah"), ("pergilah", "pergi"), ("benarkah", "benar"),
        ("kubaca", "baca"), ("negara-negara", "negara"), ("berbulan-bulan", "bulan"),
        ("sayur-mayur", "sayur"), ("tolong-menolong", "tolong"), ("anak-anaknya", "anak"),
        ("kira2", "kira"),
    ])
    func affixesAreStripped(word: String, lemma: String) {
        #expect(Self.lemmatizer.lemma(word) == lemma, "\(word): \(Self.lemmatizer.analyze(word).explanation)")
    }

    /// Where two roots fit, the one the dictionary builds more forms of (*ukur*, not *kukur*);
    /// a listed verb in -kan is its base with -kan (*bicarakan*); memper- is one prefix
    /// (*mempelajari* is *ajar*, not *pelajar*); a lexicalised word stays whole (*pasukannya*).
    @Test(arguments: [
        ("mengukur", "ukur"), ("mengurus", "urus"), ("mengundang", "undang"), ("membicarakan", "bicara"),
        ("dibicarakan", "bicara"), ("disahkan", "sah"), ("membawakan", "bawa"), ("mempelajari", "ajar"),
        ("memperhatikan", "hati"), ("pasukannya", "pasukan"), ("menolak", "tolak"), ("memasak", "masak"),
    ])
    func ambiguousWordsGetTheRightRoot(word: String, lemma: String) {
        #expect(Self.lemmatizer.lemma(word) == lemma, "\(word): \(Self.lemmatizer.analyze(word).explanation)")
    }

    /// Real roots are not cut: the lexicon knows them, and lexicalised words (*merupakan* "is",
    /// *tertarik* "interested", *akhirnya* "finally").
    @Test(arguments: [
        "menteri", "pasukan", "penduduk", "berita", "perang", "tentara", "kemudian", "pertama", "peran", "merupakan",
        "tertarik", "akhirnya", "mulai", "terjadi",
    ])
    func rootsAreKept(word: String) {
        #expect(Self.lemmatizer.lemma(word) == word)
    }

    @Test func analysisExplainsItself() {
        let analysis = Self.lemmatizer.analyze("menyetujuinya")
        #expect(analysis.affixes == ["meN-", "-i", "-nya"])
        #expect(analysis.confirmed)
        #expect(analysis.explanation == "meN- -i -nya (rules)")
    }

    @Test func nonWordsAreLeftAlone() {
        #expect(Self.lemmatizer.lemma("2024") == "2024")
        #expect(Self.lemmatizer.lemma("Nagorno-Karabakh") == "nagorno-karabakh")
        #expect(Self.lemmatizer.analyze("xq").source == .unchanged)
    }

    /// The coverage candidates keep what they need of each word: their analyses are the cached
    /// ones, and are not kept.
    @Test func uncachedAnalysisIsTheAnalysisAndKeepsNothing() throws {
        let lemmatizer = IndonesianLemmatizer(dictionary: try HunspellDictionary.installed())
        let words = ["menyetujuinya", "perbatasannya", "tentaranya", "xq", "pemerintahan"]
        let uncached = words.map { lemmatizer.uncachedAnalysis(lowercased: $0) }
        #expect(lemmatizer.cachedAnalyses == 0)
        #expect(uncached == words.map { lemmatizer.analyze(lowercased: $0) })
        #expect(lemmatizer.cachedAnalyses == words.count)
        #expect(words.map { lemmatizer.uncachedAnalysis(lowercased: $0) } == uncached)
        // Words analysed through their parts (`kira2`, `anak-anaknya`) are the same either way.
        for word in ["kira2", "anak-anaknya", "berbulan-bulan"] {
            #expect(lemmatizer.uncachedAnalysis(lowercased: word) == lemmatizer.analyze(lowercased: word))
        }
    }

    /// A large text's analyses are let go once it is matched; the words analyse as before.
    @Test func forgottenAnalysesAreMadeAgainAlike() throws {
        let lemmatizer = IndonesianLemmatizer(dictionary: try HunspellDictionary.installed())
        let words = ["menyetujuinya", "perbatasannya", "tentaranya", "kira2"]
        let before = words.map { lemmatizer.analyze(lowercased: $0) }
        #expect(lemmatizer.cachedAnalyses >= words.count)
        lemmatizer.forgetAnalyses()
        #expect(lemmatizer.cachedAnalyses == 0)
        #expect(words.map { lemmatizer.analyze(lowercased: $0) } == before)
    }

    @Test func caseIsFolded() {
        #expect(Self.lemmatizer.lemma("Tentaranya") == "tentara")
    }
}
