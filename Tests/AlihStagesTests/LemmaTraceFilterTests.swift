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

    /// What the filter of `lemmas` must say of `word`, worked out by brute force from its
    /// definition: a piece of the word (trimmed of hyphens, without a final `2`, or a half
    /// between hyphens) is a short lemma, or has one of a longer lemma's traces followed by a
    /// run of up to three suffixes.
    static func bruteForceMay(_ lemmas: [String], _ word: String) -> Bool {
        let suffixes = ["kan", "an", "i", "nya", "ku", "mu", "lah", "kah", "tah", "pun"].map { Array($0.utf8) }
        func isSuffixRun(_ rest: ArraySlice<UInt8>, _ count: Int) -> Bool {
            if rest.isEmpty { return true }
            return count > 0
                && suffixes.contains { rest.starts(with: $0) && isSuffixRun(rest.dropFirst($0.count), count - 1) }
        }
        let traces = lemmas.filter { $0.count > 2 }.flatMap(LemmaTraceFilter.traces).map { Array($0.utf8) }
        let short = Set(lemmas.filter { $0.count <= 2 }.map { Array($0.utf8) })
        func mayPiece(_ piece: ArraySlice<UInt8>) -> Bool {
            if short.contains(Array(piece)) { return true }
            for trace in traces where trace.count <= piece.count {
                for start in piece.startIndex...(piece.endIndex - trace.count)
                where piece[start..<(start + trace.count)].elementsEqual(trace)
                    && isSuffixRun(piece[(start + trace.count)...], 3)
                {
                    return true
                }
            }
            return false
        }
        let bytes = Array(word.utf8)
        var trimmed = bytes[...]
        while trimmed.first == UInt8(ascii: "-") { trimmed = trimmed.dropFirst() }
        while trimmed.last == UInt8(ascii: "-") { trimmed = trimmed.dropLast() }
        if mayPiece(trimmed) || (trimmed.last == UInt8(ascii: "2") && mayPiece(trimmed.dropLast())) { return true }
        return trimmed.split(separator: UInt8(ascii: "-")).contains { mayPiece($0) }
    }

    /// A filter of many lemmas (every 80th root of the dictionary, with short and accented
    /// ones) says of every form of them, and of other real words, what its definition says:
    /// its automaton's failure links find traces that start inside another's prefix.
    @Test func aFilterOfManyLemmasSaysWhatItsDefinitionSays() throws {
        var listed: [String] = []
        Self.lemmatizer.dictionary!.forEachListedWord { listed.append($0.lowercased()) }
        let lemmas =
            Array(Set(listed.sorted().enumerated().filter { $0.offset % 80 == 0 }.map(\.element)))
            + ["di", "as", "ikan", "kan", "café", "élan", "setuju", "tarik", "syarat", "anak"]
        let filter = LemmaTraceFilter(lemmas: lemmas)
        let words =
            AffixedForms.forms(of: Array(lemmas.prefix(30)), affixes: AffixedForms.common)
            + Self.forms + ["kafé-kafé", "dikirimkannya", "menganakkan", "kira2", "-as-", "badan", "sedangkan"]
        var passed = 0
        for word in words {
            let expected = Self.bruteForceMay(lemmas, word)
            #expect(Self.may(filter, word) == expected, "\(word)")
            if expected { passed += 1 }
        }
        #expect(passed > 100 && passed < words.count)
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
