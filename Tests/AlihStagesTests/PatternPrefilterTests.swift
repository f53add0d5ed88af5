import AlihCore
import AlihICU
import PropertyBased
import Testing

@testable import AlihStages

@Suite struct PatternPrefilterTests {
    /// What each shipped rule requires of a line: at its start, at its end, to be the whole line,
    /// or anywhere. Every
    /// pattern rule has one (a rule without one would send every line of every article to ICU).
    @Test(arguments: [
        ("loading", ["loading"], "start"), ("font-size-widget", ["A"], "start"),
        ("photo-credit", ["Foto", "FOTO", "Photo"], "anywhere"),
        ("video-teaser", ["simak", "tonton", "saksikan", "lihat"], "start"),
        ("read-also", ["Baca", "BACA", "baca", "Lihat", "LIHAT", "lihat", "Simak", "SIMAK", "simak"], "start"),
        (
            "video-player",
            ["embed", "share", "bagikan", "salin tautan", "copy link", "play", "replay", "putar ulang"], "whole"
        ),
        (
            "page-control",
            [
                "tutup", "minimalkan", "atas", "kembali ke atas", "ke atas", "muat lebih banyak",
                "tampilkan lebih banyak", "lihat foto", "lihat video", "lihat semua", "lihat selengkapnya",
                "baca selengkapnya", "selengkapnya",
                "lanjutkan membaca", "halaman selanjutnya", "halaman berikutnya", "halaman sebelumnya", "selanjutnya",
                "berikutnya", "sebelumnya", "tulis komentar", "beri komentar", "berikan komentar",
                "tambahkan komentar", "lihat komentar", "lihat semua komentar", "tampilkan komentar", "kirim komentar",
                "bagikan artikel ini", "bagikan berita ini", "close", "back to top", "load more", "see all",
                "read more",
                "next", "previous", "share this article",
            ], "whole"
        ),
        ("video-timestamp", ["0", "1", "2", "3", "4", "5", "6", "7", "8", "9"], "start"),
        (
            "engagement-count",
            [
                "komentar", "comments", "comment", "tanggapan", "kali dibaca", "x dibaca", "views", "view", "dilihat",
                "pembaca", "shares", "share", "dibagikan",
            ], "end"
        ),
        (
            "read-count", ["dibaca", "dilihat", "views", "view", "komentar", "comments", "comment", "tanggapan"],
            "start"
        ),
        ("pagination", ["halaman", "hal.", "page"], "start"),
        ("tags", ["tags", "tag", "tag terkait", "topik", "kata kunci", "keywords", "keyword"], "start"),
        ("click-prompt", ["klik", "click", "ketuk", "sentuh"], "start"),
        (
            "media-unavailable",
            [
                "no compatible source", "no media source", "no source", "your browser does not support",
                "media tidak tersedia", "video tidak tersedia", "video belum tersedia", "video tidak dapat diputar",
            ], "start"
        ),
        ("scroll-prompt", ["scroll", "gulir"], "start"),
        (
            "advertisement",
            [
                "advertisement", "iklan", "ads", "sponsored", "sponsored content", "advertorial", "konten bersponsor",
                "konten promosi",
            ],
            "whole"
        ),
        (
            "promo",
            [
                "Dapatkan berita", "Dapatkan update", "Dapatkan notifikasi", "Ikuti berita", "Ikuti kanal",
                "Ikuti saluran", "Follow berita", "Follow us", "Simak breaking news", "Simak berita pilihan",
                "Simak berita terkini", "Simak berita lainnya", "Gabung di grup", "Gabung di kanal",
                "Gabung di saluran", "Gabung di channel", "Gabung ke grup", "Gabung ke kanal", "Gabung ke saluran",
                "Gabung ke channel",
            ], "start"
        ),
        (
            "channel-promo",
            [
                "baca", "ikuti", "simak", "dapatkan", "download", "unduh", "mari", "yuk", "ayo", "gabung", "bergabung",
                "follow", "subscribe", "langganan", "berlangganan",
            ], "start"
        ),
        ("copyright", ["Copyright", "Hak cipta"], "start"),
        (
            "credit",
            [
                "penulis", "editor", "pewarta", "reporter", "red", "redaktur", "penyunting", "kontributor",
                "fotografer", "videografer", "produser", "penerjemah", "sumber",
            ], "start"
        ),
        ("author-initials", ["("], "start"), ("trailing-initials", [")"], "end"), ("short-photo-credit", [")"], "end"),
        (
            "byline",
            [
                ".com", ".co.id", ".or.id", ".go.id", ".net", "detikNews", "detikcom", "detikinet", "detikFinance",
                "detikSport", "detikHealth", "detikTravel", "detikOto", "detikHot", "detikFood", "Antara", "ANTARA",
                "Antaranews", "Kompas", "KOMPAS", "Liputan6", "Okezone", "Republika", "REPUBLIKA", "Tempo", "TEMPO",
                "Tribunnews", "CNN Indonesia", "Kumparan", "kumparan", "VIVA", "Viva",
            ], "end"
        ),
        ("photo-rights", ["hak cipta foto", "hak cipta gambar", "sumber foto", "sumber gambar"], "start"),
        (
            "photo-agency", ["getty images", "reuters", "afp", "ap photo", "antara foto", "shutterstock", "istimewa"],
            "start"
        ),
        (
            "newsroom-photo-credit",
            [
                "antara", "ant", "republika", "kompas.com", "kompas", "detikcom", "detik", "tribunnews", "tribun",
                "tempo", "kumparan", "okezone", "liputan6.com", "liputan6", "cnn indonesia", "jawapos", "kontan",
                "bisnis", "dok.", "dok", "humas",
            ], "start"
        ),
        ("copyright-year", ["Copyright"], "start"), ("documentation-credit", ["Dok."], "start"),
        ("dated-teaser", [")"], "end"),
        ("menu-bar", [" |"], "anywhere"), ("breadcrumb", [" > ", " » ", " › "], "anywhere"),
        (
            "site-links",
            [
                "tentang kami", "ketentuan penggunaan", "kebijakan privasi", "pedoman media siber", "hubungi kami",
                "kontak kami", "info iklan", "karir", "redaksi", "disclaimer", "syarat dan ketentuan", "privacy policy",
                "terms of use", "about us", "contact us", "sitemap", "rss",
            ], "whole"
        ),
        (
            "stray-punctuation",
            ["\"", "“", "”", "'", "‘", "’", "-", "–", "—", "*", "***", "#", "|", "/", "·", "•", "…"], "whole"
        ),
        (
            "campaign-banner",
            [
                "IKUTI", "FOLLOW", "DAFTAR", "DAFTARKAN", "DOWNLOAD", "UNDUH", "KLIK", "SUBSCRIBE", "SAKSIKAN",
                "TONTON",
                "DAPATKAN", "GABUNG", "GABUNGLAH", "YUK", "AYO", "JANGAN LEWATKAN",
            ], "start"
        ),
        ("hashtags", ["#"], "start"),
        (
            "credit-label",
            [
                "penulis", "editor", "pewarta", "reporter", "redaktur", "penyunting", "kontributor", "fotografer",
                "videografer", "author",
            ], "whole"
        ),
        ("credit-value", [":"], "start"),
        (
            "related-articles",
            [
                "Berita Terkait", "Artikel Terkait", "Topik Terkait", "Video Terkait", "Foto Terkait",
                "Foto Video Terkait",
                "Foto dan Video Terkait", "Rekomendasi", "Berita Terkini", "Berita Lainnya", "Terpopuler", "Infografis",
                "Baca Juga", "Lihat Juga", "Simak Juga", "Pilihan Editor", "Pilihan Redaksi", "Berita Pilihan",
                "Video Pilihan", "Foto Pilihan", "Berita Terpopuler", "Berita Populer", "Berita Terbaru",
                "Artikel Lainnya",
                "Artikel Terbaru", "Jangan Lewatkan", "Populer", "Terbaru", "Terkini", "Trending",
            ], "start"
        ),
        ("syndication", ["artikel", "berita", "tulisan", "konten"], "start"),
        ("reporter-credit", ["Laporan", "LAPORAN"], "start"),
        (
            "labelled-teaser",
            [
                "Pilihan Editor", "Pilihan Redaksi", "Berita Pilihan", "Artikel Pilihan", "Berita Terkait",
                "Artikel Terkait", "Berita Lainnya", "Berita Terkini", "Terpopuler", "Berita Terpopuler",
                "Berita Populer", "Berita Terbaru", "Artikel Lainnya", "Artikel Terbaru", "Video Pilihan",
                "Video Terkait",
                "Jangan Lewatkan",
            ], "start"
        ),
    ])
    func shippedRules(id: String, alternatives: [String], anchor: String) throws {
        // "anywhere": the requirement is not anchored.
        let rule = try #require(PipelineDefinition.newsArticle.boilerplate.rules.first { $0.id == id })
        let pattern = try #require(rule.pattern)
        let prefilter = try #require(PatternPrefilter(pattern: pattern, caseInsensitive: rule.caseInsensitive))
        #expect(prefilter.alternatives == alternatives.map { Array($0.utf8) })
        #expect(prefilter.atLineStart == (anchor == "start" || anchor == "whole"))
        #expect(prefilter.atLineEnd == (anchor == "end" || anchor == "whole"))
        #expect(prefilter.wholeLine == (anchor == "whole"))
    }

    @Test func everyShippedPatternRuleHasAPrefilter() {
        for rule in PipelineDefinition.newsArticle.boilerplate.rules {
            guard let pattern = rule.pattern else { continue }
            #expect(PatternPrefilter(pattern: pattern, caseInsensitive: rule.caseInsensitive) != nil, "\(rule.id)")
        }
    }

    @Test(arguments: [
        (#"\(ist\)$"#, true, "Foto itu (ist)", true), (#"\(ist\)$"#, true, "Foto itu (IST)\u{2028}", true),
        (#"\(ist\)$"#, true, "Foto (ist) itu", false), (#"[a-z]/[a-z]\)$"#, false, "kata dia. (nis/har)", true),
        (#"[a-z]/[a-z]\)$"#, false, "kata dia.", false),
    ])
    func aRunBeforeTheFinalDollarMustEndTheLine(pattern: String, caseInsensitive: Bool, line: String, passes: Bool)
        throws
    {
        let prefilter = try #require(PatternPrefilter(pattern: pattern, caseInsensitive: caseInsensitive))
        #expect(prefilter.atLineEnd)
        #expect(Array(line.utf8).withUnsafeBufferPointer { prefilter.mayMatch($0) } == passes)
    }

    /// A literal anywhere is looked for by its rarest byte (the bar of `" |"`, not its space),
    /// wherever that byte stands in it and wherever the literal stands in the line.
    @Test(arguments: [
        (#"[a-z]+ \|[a-z]"#, " |", "a |b", true), (#"[a-z]+ \|[a-z]"#, " |", " |", true),
        (#"[a-z]+ \|[a-z]"#, " |", "ab |", true),
        (#"[a-z]+ \|[a-z]"#, " |", "a| b", false), (#"[a-z]+ \|[a-z]"#, " |", "|", false),
        (#"[a-z]+ \|[a-z]"#, " |", "a b c", false),
        (#"[a-z]+( > | » )[a-z]"#, " > ", "Home > News", true), (#"[a-z]+( > | » )[a-z]"#, " > ", "Home >News", false),
        (#"[a-z]+( > | » )[a-z]"#, " > ", "A » B", true), (#"[a-z]+( > | » )[a-z]"#, " > ", "A »B »", false),
        (#"[a-z]+ab1[a-z]"#, "ab1", "xxab1", true), (#"[a-z]+ab1[a-z]"#, "ab1", "1ab", false),
        (#"[a-z]+ab1[a-z]"#, "ab1", "ab", false),
    ])
    func aLiteralAnywhereIsFoundByItsRarestByte(pattern: String, literal: String, line: String, passes: Bool)
        throws
    {
        let prefilter = try #require(PatternPrefilter(pattern: pattern, caseInsensitive: false))
        #expect(prefilter.alternatives.first == Array(literal.utf8))
        #expect(!prefilter.atLineStart && !prefilter.atLineEnd)
        #expect(Array(line.utf8).withUnsafeBufferPointer { prefilter.mayMatch($0) } == passes)
    }

    /// Patterns it does not fully understand, or that require nothing selective, get none.
    @Test(arguments: [
        "Foto|Photo",  // top-level alternation
        "(?i)foto",  // inline flags
        "(?x) f o t o",  // free spacing
        #"\Qfoto\E"#,  // quoting
        #"(ab)\1"#,  // back reference
        "a?b*c{0,2}",  // nothing required
        #"\d+\s\w"#,  // classes only
        "x.y",  // one scalar on each side of a wildcard
        #"\u00A0Kata"#,  // letters after an escape go with it: safe, if less selective
        #"\pLFoto"#,
    ])
    func noPrefilter(pattern: String) {
        #expect(PatternPrefilter(pattern: pattern, caseInsensitive: false) == nil)
    }

    @Test(arguments: [
        // Escapes with letters or digits after them never leave those as literals.
        (#"Foto\x41bc"#, false, ["Foto"], false),
        (#"\x{41}Berita"#, false, ["Berita"], false),
        // Quantifiers: the scalar before them is optional or ends the run.
        ("^Bacaa?x", false, ["Baca"], true),
        ("^a+bcd", false, ["a"], true),
        ("xyz+", false, ["xy"], false),
        ("(Foto|Photo)?Kredit", false, ["Kredit"], false),
        ("(Foto|Photo)+", false, ["Foto", "Photo"], false),
        // Brackets inside classes and groups do not end them early.
        (#"[(]Foto"#, false, ["Foto"], false),
        (#"(a[)]b)Kredit"#, false, ["Kredit"], false),
        (#"[[a]\]]Dok"#, false, ["Dok"], false),
        // Escaped punctuation is literal; non-ASCII literals only when case matters.
        (#"\(c\) Hak"#, false, ["(c) Hak"], false),
        ("©Hak cipta", false, ["©Hak cipta"], false),
        ("Hak cipta ©", true, ["Hak cipta "], false),
    ])
    func derived(pattern: String, caseInsensitive: Bool, alternatives: [String], atLineStart: Bool) throws {
        let prefilter = try #require(PatternPrefilter(pattern: pattern, caseInsensitive: caseInsensitive))
        #expect(prefilter.alternatives == alternatives.map { Array($0.utf8) })
        #expect(prefilter.atLineStart == atLineStart)
    }

    /// The one thing that matters: a prefilter never rules out a line its pattern matches.
    /// Lines are built from the patterns' own literals, their case variants and the characters
    /// ICU folds specially (ß, ſ, KELVIN SIGN), so that matches are frequent.
    @Test func neverRulesOutAMatch() async throws {
        let patterns: [(String, Bool)] =
            PipelineDefinition.newsArticle.boilerplate.rules.compactMap { rule in
                rule.pattern.map { ($0, rule.caseInsensitive) }
            } + [
                ("(?<!\\S)(Foto|Photo)\\s*/", false), ("^Baca\\s+juga", true), ("ss", true), ("Stra(ss|ß)e", true),
                ("^kredit", true), ("Dok\\.", false), ("^(Berita|Kabar) Terkait$", true), ("a+b?c", false),
                ("\\(ist\\)$", true), ("[a-z]/[a-z]\\)$", false), ("^A.*ss$", true), ("x(\\.com|Kompas)$", true),
                ("^(A|ss|\\(ist\\))$", true), ("^Kompas$", false),
            ]
        let compiled = try patterns.map { pattern, caseInsensitive in
            (
                try LineMatcher(pattern, caseInsensitive: caseInsensitive),
                PatternPrefilter(pattern: pattern, caseInsensitive: caseInsensitive), pattern
            )
        }
        let fragments = [
            "Foto", "FOTO", "foto", "Photo", "/", " ", "  ", "Reuters", "Baca", "BACA", "juga", ":", "loading", "...",
            "…",
            "ß", "ſ", "\u{212A}", "ss", "SS", "Straße", "Strasse", "(c)", "©", "Copyright", "Hak cipta", "(ant/abc)",
            "(", ")",
            "Kredit", "kredit", "Dok.", "Berita", "Kabar", "Terkait", "A", "a", "b", "c", "é",
            "Dapatkan berita terkini", "x",
            "ﬆ", "İ", "“", "—", "ǰ", "(ist)", "(IST)", "(13.12.2019)", "12:30", "Kompas", ".com", "KOMPAS", "\u{2028}",
            "\u{85}", "\r", "\u{0B}",
        ]
        await propertyCheck(count: 2_000, input: Gen.int(in: 0...(fragments.count - 1)).array(of: 0...8)) { picks in
            let line = picks.map { fragments[$0] }.joined()
            for (matcher, prefilter, pattern) in compiled {
                guard let prefilter, matcher.firstMatch(in: line[...]) != nil else { continue }
                let passes = Array(line.utf8).withUnsafeBufferPointer { prefilter.mayMatch($0) }
                #expect(passes, "\(pattern) matches '\(line)' but its prefilter rules it out")
            }
        }
    }

    @Test func caseInsensitiveLetsLinesThatFoldToASCIIThrough() throws {
        let prefilter = try #require(PatternPrefilter(pattern: "strasse", caseInsensitive: true))
        func passes(_ line: String) -> Bool { Array(line.utf8).withUnsafeBufferPointer { prefilter.mayMatch($0) } }
        #expect(passes("Di STRASSE itu"))
        #expect(passes("Di Straße itu"))  // ICU folds ß to ss
        #expect(passes("Di ﬆrasse itu"))  // and the ligature to st
        #expect(!passes("Di jalan itu"))
        #expect(!passes("Di jalan “itu” — é"))  // other non-ASCII cannot fold into the literal
    }

    /// The characters that fold to something with ASCII in it are exactly those ICU folds so:
    /// every scalar Unicode says changes when case-folded or case-mapped (`ǰ` folds to `j` and
    /// a combining caron without changing when folded) is folded by ICU and checked.
    @Test func theCharactersFoldingToASCIIAreICUs() throws {
        var found: Set<UInt32> = []
        for value in UInt32(0x80)...0x10FFFF {
            guard let scalar = Unicode.Scalar(value),
                scalar.properties.changesWhenCaseFolded || scalar.properties.changesWhenCaseMapped
            else { continue }
            if try UnicodeTransforms.foldCase(String(scalar)).unicodeScalars.contains(where: \.isASCII) {
                found.insert(value)
            }
        }
        #expect(found == PatternPrefilter.foldingToASCII)
    }
}
