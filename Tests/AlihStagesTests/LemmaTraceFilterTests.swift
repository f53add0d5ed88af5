import AlihTestSupport
import Foundation
import Testing

@testable import AlihStages

/// `LemmaTraceFilter` only ever rules out lemmas a word cannot have.
@Suite struct LemmaTraceFilterTests {
    static let lemmatizer = try! IndonesianLemmatizer.installed()

    static func may(_ filter: LemmaTraceFilter, _ word: String) -> Bool {
        word.withContiguousUTF8 { filter.mayHaveLemma($0) }
    }

    /// Affixed forms of roots, as news writes them: every lemma the lemmatizer finds for the
    /// form passes the filter of that lemma.
    static let forms: [String] = AffixedForms.forms(of: [
        "pukul", "tarik", "setuju", "kata", "batas", "ajar", "perintah", "sapu", "tulis", "syarat", "kirim",
        "bom", "lihat", "ubah", "rasa", "beri", "alam", "nama", "jalan", "ganti", "mati", "perlu", "ukur", "bicara",
    ])

    @Test func theLemmaOfEveryAffixedFormPasses() {
        for form in Self.forms {
            let analysis = Self.lemmatizer.analyze(form)
            for lemma in analysis.lemmas {
                #expect(
                    Self.may(LemmaTraceFilter(lemmas: [lemma]), form), "\(form) → \(lemma) (\(analysis.explanation))")
            }
        }
    }

    /// Every word of the UD sentences and the Wikipedia articles: its lemmas pass.
    @Test(.enabled(if: TestPaths.shared != nil, "\(TestPaths.sharedMissing)"))
    func theLemmaOfEveryRealWordPasses() throws {
        let text = try TestPaths.sharedIndonesianText()!
        var tokenizer = try WordTokenizer()
        let words = Set(try tokenizer.words(in: text[...]).map { text[$0].lowercased() })
        var ruledOut = 0
        let sample = LemmaTraceFilter(lemmas: ["pukul", "setuju", "batas", "kata", "ikan", "dan", "as"])
        for word in words {
            for lemma in Self.lemmatizer.analyze(word).lemmas {
                #expect(Self.may(LemmaTraceFilter(lemmas: [lemma]), word), "\(word) → \(lemma)")
            }
            if !Self.may(sample, word) { ruledOut += 1 }
        }
        #expect(words.count > 10_000)
        // And it does rule out: most words cannot have one of seven given lemmas.
        #expect(ruledOut * 10 > words.count * 9)
    }

    @Test(arguments: [
        ("pukul", "memukulnya", true), ("pukul", "pukulan", true), ("pukul", "memukau", false),
        ("tarik", "menarik", true),
        ("setuju", "menyetujui", true), ("kata", "mengatakan", true), ("syarat", "penyaratan", true),
        ("dan", "badan", true),
        ("dan", "sedangkan", false), ("as", "as", true), ("as", "kelas", false), ("as", "as-nya", true),
        ("ikan", "memberikan", true),
        ("kira", "kira2", true), ("bom", "mengebom", true),
    ])
    func traces(lemma: String, word: String, may: Bool) {
        #expect(Self.may(LemmaTraceFilter(lemmas: [lemma]), word) == may)
    }

    /// A lemma of two characters written in more than 15 bytes (a letter with a run of
    /// combining marks, as a mangled glossary cell can hold) is taken, not a crash, and the
    /// words it may be the lemma of pass.
    @Test func aShortLemmaOfManyBytesLetsItsWordsThrough() {
        let lemma = "a" + String(repeating: "\u{301}", count: 10) + "b"
        #expect(lemma.count == 2 && lemma.utf8.count > 15)
        let filter = LemmaTraceFilter(lemmas: [lemma, "pukul"])
        #expect(Self.may(filter, lemma))
        #expect(Self.may(filter, "memukulnya"))
    }
}
