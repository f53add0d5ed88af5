import AlihHunspell
import AlihTestSupport
import Foundation
import Testing

@testable import AlihStages

/// The lemmatizer's lexicon read from the dictionary's bytes (`RootLexicon.insert(listed:…)`)
/// is the one read word by word as Strings (`IndonesianLemmatizer.lexicon(of:adding:)`): the
/// same roots, proper nouns, lexicalised words and affix class counts.
@Suite struct RootLexiconTests {
    /// Whether the two lexicons say the same of `words`, each as written and lowercased.
    static func expectSame(_ read: RootLexicon, _ reference: RootLexicon, on words: some Sequence<String>) {
        for written in words {
            for word in [written, written.lowercased()] {
                #expect(read.contains(word) == reference.contains(word), "\(word)")
                #expect(read.isProperNoun(word) == reference.isProperNoun(word), "\(word)")
                #expect(read.isLexicalized(word) == reference.isLexicalized(word), "\(word)")
                #expect(read.affixClasses(of: word) == reference.affixClasses(of: word), "\(word)")
            }
        }
    }

    @Test func theInstalledDictionarysLexiconIsReadAsWordByWord() throws {
        let dictionary = try HunspellDictionary.installed()
        let lemmatizer = IndonesianLemmatizer(dictionary: dictionary)
        let reference = IndonesianLemmatizer.lexicon(
            of: dictionary.forEachListedEntry, adding: IndonesianLexicon.lexicalizedWords)
        var listed: [String] = []
        dictionary.forEachListedWord { listed.append($0) }
        #expect(listed.count > 25_000 && listed.contains { $0.first!.isUppercase })
        Self.expectSame(lemmatizer.lexicon, reference, on: listed + IndonesianLexicon.lexicalizedWords)
    }

    /// Capitals, a word listed twice (as a name and as a root), ISO-8859-1 letters, a word
    /// that starts with a non-ASCII capital or lowercase letter, a lexicalised word listed too.
    @Test func capitalsAccentsAndRepeatsAreReadAsWordByWord() throws {
        let folder = try ScratchFolder("root-lexicon")
        defer { folder.remove() }
        let words: [[UInt8]] = [
            Array("Jawa/AB".utf8), Array("jawa/C".utf8), Array("KOTA".utf8), Array("mUdah/XYZ".utf8),
            Array("caf".utf8) + [0xE9] + Array("/A".utf8), [0xC9] + Array("mile/AB".utf8),
            [0xE9] + Array("lan".utf8), Array("pasukan/AB".utf8), Array("\\/ab".utf8), Array("rumah\tpo:noun".utf8),
        ]
        var dic = Array("\(words.count)\n".utf8)
        for word in words { dic += word + [0x0A] }
        try Data("SET ISO8859-1\nTRY aeiou\n".utf8).write(to: URL(fileURLWithPath: folder.path("xx.aff")))
        try Data(dic).write(to: URL(fileURLWithPath: folder.path("xx.dic")))
        let dictionary = try HunspellDictionary(affixPath: folder.path("xx.aff"), dictionaryPath: folder.path("xx.dic"))
        let lemmatizer = IndonesianLemmatizer(dictionary: dictionary, extraRoots: ["pasukan", "perdana"])
        let reference = IndonesianLemmatizer.lexicon(of: dictionary.forEachListedEntry, adding: ["pasukan", "perdana"])
        let checked = ["Jawa", "KOTA", "mUdah", "café", "Émile", "élan", "pasukan", "perdana", "rumah", "/ab", "ab"]
        Self.expectSame(lemmatizer.lexicon, reference, on: checked)
        #expect(lemmatizer.lexicon.isProperNoun("jawa") && lemmatizer.lexicon.affixClasses(of: "jawa") == 2)
        #expect(lemmatizer.lexicon.isProperNoun("émile") && !lemmatizer.lexicon.isProperNoun("élan"))
        #expect(lemmatizer.lexicon.affixClasses(of: "mudah") == 3 && lemmatizer.lexicon.isProperNoun("kota"))
    }
}
