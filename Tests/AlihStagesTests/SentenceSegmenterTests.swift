import AlihCore
import AlihTestSupport
import PropertyBased
import Testing

@testable import AlihStages

@Suite struct SentenceSegmenterTests {
    let segmenter: SentenceSegmenter

    init() throws { segmenter = try SentenceSegmenter() }

    func sentences(_ text: String) throws -> [String] {
        try segmenter.sentences(in: text[...]).map { String(text[$0]) }
    }

    /// Abbreviations that must not end a sentence, one per class (titles, honorifics, degrees,
    /// addresses, companies, references, months, initials).
    @Test(arguments: [
        ("Ia bertemu Bpk. ", "Bpk."), ("kata “Jl.", "Jl."), ("(S.H.  \n", "S.H."), ("«Z.", "Z."), ("", ""), ("   ", ""),
        ("satu dua", "dua"), ("é ñ.", "ñ."), ("“‘(", ""),
    ])
    func lastWordLeavesOutSpacesAndOpeningMarks(piece: String, word: String) {
        let bytes = Array(piece.utf8)
        #expect(bytes.withUnsafeBufferPointer { SentenceSegmenter.lastWord(of: 0..<$0.count, in: $0) } == word)
    }

    /// Trimming on bytes takes off exactly the leading and trailing White_Space scalars.
    @Test func trimmingTakesOffWhiteSpaceAtBothEnds() async {
        let pieces = [" ", "\n", "\u{A0}", "\u{3000}", "a", "é", "😀", ".", "\u{2029}", "\t"]
        await propertyCheck(count: 1_000, input: Gen.int(in: 0...(pieces.count - 1)).array(of: 0...10)) { picks in
            let text = picks.map { pieces[$0] }.joined()
            let bytes = Array(text.utf8)
            let scalars = Array(text.unicodeScalars)
            let first = scalars.firstIndex { !$0.properties.isWhitespace }
            let last = scalars.lastIndex { !$0.properties.isWhitespace }
            let expected = first.map { f in String(String.UnicodeScalarView(scalars[f...last!])) }
            let found = bytes.withUnsafeBufferPointer { SentenceSegmenter.trimmed(0..<$0.count, in: $0) }
            #expect(found.map { String(decoding: bytes[$0], as: UTF8.self) } == expected, "\(text.debugDescription)")
        }
    }

    /// The ASCII shortcut agrees with Unicode's White_Space on every ASCII scalar.
    @Test func whitespaceShortcutAgreesWithUnicode() {
        for value in 0..<0x80 {
            let scalar = Unicode.Scalar(UInt8(value))
            #expect(
                SentenceSegmenter.isWhitespace(scalar) == scalar.properties.isWhitespace,
                "U+\(String(value, radix: 16))")
        }
        #expect(
            SentenceSegmenter.isWhitespace("\u{A0}") && SentenceSegmenter.isWhitespace("\u{2029}")
                && !SentenceSegmenter.isWhitespace("é"))
    }

    @Test(arguments: [
        "Menurut Bpk. Joko Widodo, rapat itu penting.",
        "Rapat dipimpin Bp. Ahmad dan Ibu Sari.",
        "Surat itu dari Sdr. Budi dan Sdri. Ani.",
        "Tamu kehormatan Tn. Lim dan Ny. Lim datang.",
        "Nn. Sari membuka acara.",
        "Hal itu dikatakan Dr. Rizal kepada wartawan.",
        "Pasien ditangani dr. Andi di rumah sakit.",
        "Menurut Prof. Dr. Hasan, data itu benar.",
        "Proyek itu dipimpin Ir. Bambang Sutrisno.",
        "Ketua panitia Drs. Made Arta dan Dra. Lestari hadir.",
        "Rombongan H. Sulaiman dan Hj. Aminah berangkat.",
        "Pengajian dipimpin K.H. Mustofa Bisri di pondok.",
        "Acara itu dihadiri Mr. Smith dan Ms. Jones.",
        "Kuasa hukumnya, Yudhistira, S.H. menolak tuduhan itu.",
        "Dosen itu, Rina Putri, M.Si. menjelaskan hasilnya.",
        "Gelar Ph.D. diraihnya dari Leiden.",
        "Kantornya di Jl. Merdeka Barat No. 12, Kec. Gambir.",
        "Warga Gg. Mawar di Kab. Bogor mengungsi.",
        "Lokasinya di RT. 05 RW. 03 Kel. Cempaka Putih.",
        "Saham PT. Angkasa Nusantara Tbk. naik.",
        "Kontrak dengan CV. Maju Jaya ditandatangani.",
        "Lihat hlm. 5 dan Vol. 2 laporan itu.",
        "Rapat tgl. 10 Mei pk. 15.00 WIB dibatalkan.",
        "Hubungi Telp. 021-555 atau Fax. 021-556 untuk info.",
        "Rapat dilanjutkan s.d. Jumat a.n. direktur.",
        "Laporan itu terbit Jan. 2024 dan diperbarui Des. 2024.",
        "Pernyataan Adnan Z. Amin dibacakan kemarin.",
        "Mantan presiden Susilo B. Yudhoyono hadir.",
        "Buah, sayur, dll. akan dibagikan besok.",
        "Peneliti Prof. Lestari dkk. yang menulis laporan itu.",
    ])
    func abbreviationDoesNotEndTheSentence(_ text: String) throws {
        #expect(try sentences(text) == [text])
    }

    @Test(arguments: [
        ("Mereka membawa beras, gula, dll. Keluarga korban menerimanya.", 2),
        ("Barang disita, buku, dsb. Polisi masih menyelidiki.", 2),
        ("Dia lahir pada tahun 1990-an. Kota itu berubah.", 2),
        ("Dasarnya dekrit no. Setelah itu semuanya berubah.", 2),
        ("Rusia setuju. Armenia menyambutnya! Apa berikutnya? Belum jelas.", 4),
    ])
    func sentenceEndsAreKept(text: String, count: Int) throws {
        #expect(try sentences(text).count == count)
    }

    /// After an abbreviation that closes a name or phrase, or an initial, a word that starts
    /// sentences (after any opening quote) starts the next sentence; the cases.
    @Test(arguments: [
        (
            "Saham itu dibeli Itochu Corp. “Jumlah itu besar,” katanya.",
            ["Saham itu dibeli Itochu Corp.", "“Jumlah itu besar,” katanya."]
        ),
        (
            "Polis itu dari Tokio Marine Insurance Co. Sedangkan yang lain dari Allianz.",
            ["Polis itu dari Tokio Marine Insurance Co.", "Sedangkan yang lain dari Allianz."]
        ),
        (
            "Saham PT Bank Permata Tbk. Namun manajemen menolak.",
            ["Saham PT Bank Permata Tbk.", "Namun manajemen menolak."]
        ),
        (
            "Hal itu dikatakan Yudhistira, S.H. Menurut dia, gugatan itu lemah.",
            ["Hal itu dikatakan Yudhistira, S.H.", "Menurut dia, gugatan itu lemah."]
        ),
        (
            "Ia lahir pada 12 Des. Setelah itu keluarganya pindah.",
            ["Ia lahir pada 12 Des.", "Setelah itu keluarganya pindah."]
        ),
        (
            "Hanya ada satu serotipe influenza B. Karena itu kekebalan lebih mudah didapat.",
            ["Hanya ada satu serotipe influenza B.", "Karena itu kekebalan lebih mudah didapat."]
        ),
        (
            "Kota itu hancur pada Perang Dunia I. Setelah perang, kota itu dibangun kembali.",
            ["Kota itu hancur pada Perang Dunia I.", "Setelah perang, kota itu dibangun kembali."]
        ),
    ])
    func aSentenceStarterEndsTheSentenceAfterANameEnding(text: String, expected: [String]) throws {
        #expect(try sentences(text) == expected)
    }

    /// Two sentences joined by a period without a space, as text copied from web pages has them,
    /// are two segments; abbreviations, domains, product names and initials are not.
    @Test(arguments: [
        ("Angka kematian.Masa inkubasi lima hari.", ["Angka kematian.", "Masa inkubasi lima hari."]),
        (
            "Kasus pertama di Tiongkok.Dalam laporan itu ada dua.",
            ["Kasus pertama di Tiongkok.", "Dalam laporan itu ada dua."]
        ),
        ("Mereka membeli beras, gula, dll.Kemudian pulang.", ["Mereka membeli beras, gula, dll.", "Kemudian pulang."]),
        ("Ia pulang.Lalu pergi.Sesudah itu tidur.", ["Ia pulang.", "Lalu pergi.", "Sesudah itu tidur."]),
        ("Ia bertemu Bpk.Budi di Jl.Merdeka.", ["Ia bertemu Bpk.Budi di Jl.Merdeka."]),
        ("Saham Itochu Corp.Namun naik.", ["Saham Itochu Corp.Namun naik."]),
        ("Berita dari Kompas.Com dan detik.Net hari ini.", ["Berita dari Kompas.Com dan detik.Net hari ini."]),
        ("Harga iPhone.Naik lagi.", ["Harga iPhone.Naik lagi."]), ("Pakai Node.Js saja.", ["Pakai Node.Js saja."]),
        ("Di U.S.A.Kemudian pulang.", ["Di U.S.A.Kemudian pulang."]),
        ("Buka www.situs.Com sekarang.", ["Buka www.situs.Com sekarang."]),
        ("Angka dua.Tiga.", ["Angka dua.", "Tiga."]), ("Ia kembali.LALU pergi.", ["Ia kembali.LALU pergi."]),
    ])
    func sentencesJoinedByAPeriodAreSplit(text: String, expected: [String]) throws {
        #expect(try sentences(text) == expected)
    }

    /// The two segments of a joined pair abut: no whitespace is lost or invented between them.
    @Test func joinedSentencesAbut() throws {
        let segmenter = try SentenceSegmenter()
        let text = "Angka kematian.Masa inkubasi lima hari."
        let ranges = try segmenter.sentences(in: text[...])
        #expect(ranges.count == 2)
        #expect(ranges[0].upperBound == ranges[1].lowerBound)
    }

    /// Before other words they stay non-terminal; titles and addresses, and a pipeline's own
    /// non-terminal abbreviations, stay non-terminal before anything.
    @Test func otherwiseTheAbbreviationStaysInsideTheSentence() throws {
        for text in [
            "Saham Itochu Corp. Jepang naik tajam.", "Saham PT. Namun Jaya naik.",
            "Rapat dipimpin Dr. Setiawan dan Prof. Pada Sihombing.", "Pernyataan Adnan Z. Amin dibacakan.",
            "Surat dari Itochu Corp. “jumlahnya” dikirim.", "Kantornya di Jl. Sebagai Raya No. 5.",
            "Saham Itochu Corp. NAMUN naik.", "Saham Itochu Corp. Namunya naik.",
        ] {
            #expect(try sentences(text) == [text])
        }
        let strict = try SentenceSegmenter(options: SegmentationOptions(addNonTerminal: ["Corp."]))
        let text = "Saham itu dibeli Itochu Corp. Sedangkan yang lain tidak."
        #expect(try strict.sentences(in: text[...]).count == 1)
        #expect(try sentences(text).count == 2)
    }

    /// Inside a quotation a sentence ends where the next starts with a capital, as UD's gold
    /// has it (`“A. B.” kata dia.`: the attribution stays with the last quoted sentence).
    @Test(arguments: [
        (
            "“Kami siap. Semua tim bekerja.” kata Budi.",
            ["“Kami siap.", "Semua tim bekerja.” kata Budi."]
        ),
        (
            "\"Kami siap! Apa kalian siap?\" tanya Budi. Semua diam.",
            ["\"Kami siap!", "Apa kalian siap?\" tanya Budi.", "Semua diam."]
        ),
        (
            "“Saya minum vitamin C. Namun tetap sakit,” katanya.",
            ["“Saya minum vitamin C.", "Namun tetap sakit,” katanya."]
        ),
    ])
    func aQuotationIsSplitAtItsSentenceEnds(text: String, expected: [String]) throws {
        #expect(try sentences(text) == expected)
    }

    /// They end in a letter and a period, after which ICU does not break before a capital
    /// without a space (`Corp.Namun`): the exported rules rely on it.
    @Test func theAbbreviationsThatMayEndASentenceEndInALetterAndAPeriod() {
        for abbreviation in IndonesianAbbreviations.mayEndSentence {
            #expect(abbreviation.hasSuffix(".") && abbreviation.dropLast().last?.isLetter == true, "\(abbreviation)")
            #expect(segmenter.mayEndSentence.contains(abbreviation), "\(abbreviation)")
        }
    }

    @Test(arguments: [
        ("Namun itu", true), ("“Namun, itu", true), ("(Sedangkan", true), ("Jumlah", true), ("Namunya", false),
        ("Namun\u{301}", false), ("Namun2", false), ("NAMUN", false), ("namun", false), ("”Namun", false),
        ("Namun-namun", true), ("", false), ("“", false),
    ])
    func aSentenceStarterIsAWholeListedWordAfterOpeningMarks(text: String, starts: Bool) {
        let bytes = Array(text.utf8)
        #expect(bytes.withUnsafeBufferPointer { SentenceSegmenter.startsSentence(at: 0, in: $0) } == starts)
    }

    @Test func datesTimesAndNumbersDoNotSplit() throws {
        let text = "Hal itu terjadi Jumat (10/5/2024). Rapat pukul 15.00 WIB dihadiri 3.000 orang, naik 2,5 persen."
        #expect(
            try sentences(text) == [
                "Hal itu terjadi Jumat (10/5/2024).", "Rapat pukul 15.00 WIB dihadiri 3.000 orang, naik 2,5 persen.",
            ])
    }

    @Test func datelineSentenceIsOneSegment() throws {
        let text = "JAKARTA - Pemerintah menyiapkan evakuasi. Warga diminta tenang."
        #expect(try sentences(text) == ["JAKARTA - Pemerintah menyiapkan evakuasi.", "Warga diminta tenang."])
    }

    @Test func closingQuotesStayWithTheirSentence() throws {
        let text = "“Kami siap. Semua tim bekerja sejak pagi,” kata Budi. Dia pergi."
        #expect(try sentences(text) == ["“Kami siap.", "Semua tim bekerja sejak pagi,” kata Budi.", "Dia pergi."])
    }

    @Test func questionWithLowercaseAttributionIsOneSentence() throws {
        let text = "“Siapa yang bertanggung jawab?” tanya Budi. Tidak ada jawaban."
        #expect(try sentences(text) == ["“Siapa yang bertanggung jawab?” tanya Budi.", "Tidak ada jawaban."])
    }

    @Test func aLineBreakIsAlwaysABoundary() throws {
        let text = "Tahap pertama: 500 orang\nTahap kedua dr.\nTahap ketiga"
        #expect(try sentences(text) == ["Tahap pertama: 500 orang", "Tahap kedua dr.", "Tahap ketiga"])
    }

    @Test func pipelineAdditionsAreHonoured() throws {
        let text = "Rapat dipimpin Kadis. Hartono hari ini."
        #expect(try sentences(text).count == 2)
        let custom = try SentenceSegmenter(options: SegmentationOptions(addNonTerminal: ["Kadis."]))
        #expect(try custom.sentences(in: text[...]).count == 1)
        let removed = try SentenceSegmenter(options: SegmentationOptions(remove: ["Bpk."]))
        #expect(try removed.sentences(in: "Kata Bpk. Joko itu.").count == 2)
    }

    @Test func runGivesSegmentsStableIds() throws {
        var document = Document(sourceName: "t", text: "Satu. Dua.\n\nTiga.")
        var diagnostics: [Diagnostic] = []
        try ParagraphSplitter().run(on: &document, diagnostics: &diagnostics)
        try segmenter.run(on: &document, diagnostics: &diagnostics)
        #expect(document.blocks.flatMap { $0.segments.map(\.id) } == ["b1-s1", "b1-s2", "b2-s1"])
    }

    /// A large document's blocks go to several threads: the segments are the ones one thread finds.
    @Test func severalWorkersFindTheSameSegments() async throws {
        let normalizer = TextNormalizer()
        await propertyCheck(count: 20, input: ArticleText.generator(maxFragments: 3_000)) { raw in
            var document = Document(
                sourceName: "t",
                text: raw + String(repeating: "Satu. Dua.\n\n", count: 2 * SentenceSegmenter.blocksPerWorker))
            var diagnostics: [Diagnostic] = []
            try normalizer.run(on: &document, diagnostics: &diagnostics)
            try ParagraphSplitter().run(on: &document, diagnostics: &diagnostics)
            var alone = document
            var together = document
            try segmenter.run(on: &alone, workers: 1)
            try segmenter.run(on: &together, workers: 3)
            #expect(alone.blocks == together.blocks)
        }
    }

    /// Segments plus the whitespace between them give back the block exactly, and no
    /// segment starts or ends with whitespace.
    @Test func segmentsTileTheBlock() async {
        let normalizer = TextNormalizer()
        await propertyCheck(count: 400, input: ArticleText.generator()) { raw in
            var document = Document(sourceName: "t", text: raw)
            var diagnostics: [Diagnostic] = []
            try normalizer.run(on: &document, diagnostics: &diagnostics)
            try ParagraphSplitter().run(on: &document, diagnostics: &diagnostics)
            try segmenter.run(on: &document, diagnostics: &diagnostics)
            for block in document.blocks {
                var cursor = block.range.lowerBound
                var rebuilt = ""
                for segment in block.segments {
                    let gap = document.text(cursor..<segment.range.lowerBound)
                    let gapIsWhitespace = gap.allSatisfy { $0.isWhitespace }
                    #expect(gapIsWhitespace)
                    let text = document.text(segment.range)
                    #expect(!text.isEmpty && !text.first!.isWhitespace && !text.last!.isWhitespace)
                    rebuilt += gap + text
                    cursor = segment.range.upperBound
                }
                rebuilt += document.text(cursor..<block.range.upperBound)
                #expect(Array(rebuilt.utf8) == Array(document.text(of: block).utf8))
            }
        }
    }
}
