import AlihCore
import AlihTestSupport

/// Translation pairs for the memory benchmarks, made from real sentences: three quarters of the
/// sentences as they are, a one-word variant of every sentence, then halves of two sentences
/// joined, until there are `count` distinct sources (shuffled); targets are the source's words
/// reversed after a marker, so every pair is distinct.
struct MemoryPopulation {
    let sentences: [String]
    private let vocabulary: [String]
    var random: SplitMix64

    init(sentences: [String], seed: UInt64 = 7) {
        self.sentences = sentences
        vocabulary = sentences.flatMap { $0.split(separator: " ").map(String.init) }
        random = SplitMix64(seed: seed)
    }

    mutating func pick(_ bound: Int) -> Int { Int(random.next() % UInt64(bound)) }

    /// `sentence` with `changes` words replaced by words of other sentences.
    mutating func variant(_ sentence: String, changes: Int) -> String {
        var words = sentence.split(separator: " ").map(String.init)
        for _ in 0..<changes { words[pick(words.count)] = vocabulary[pick(vocabulary.count)] }
        return words.joined(separator: " ")
    }

    /// `count` pairs with distinct sources, id → en.
    mutating func pairs(count: Int) -> [TranslationPair] {
        var sources: [String] = []
        var usedSources = Set<String>()
        func add(_ source: String) {
            if sources.count < count, usedSources.insert(source).inserted { sources.append(source) }
        }
        for (n, sentence) in sentences.enumerated() where n % 4 != 0 { add(sentence) }
        for sentence in sentences { add(variant(sentence, changes: 1)) }
        while sources.count < count {
            let a = sentences[pick(sentences.count)].split(separator: " ")
            let b = sentences[pick(sentences.count)].split(separator: " ")
            add((a.prefix(a.count / 2) + b.suffix(b.count - b.count / 2)).joined(separator: " "))
        }
        sources.shuffle(using: &random)
        return sources.enumerated().map { n, source in
            TranslationPair(
                source: source, target: "[en \(n)] " + source.split(separator: " ").reversed().joined(separator: " "),
                sourceLanguage: "id", targetLanguage: "en")
        }
    }

    /// About `bytes` of text to look up: sentences with one or two words changed (fuzzy matches,
    /// few exact ones), five to a paragraph.
    mutating func query(bytes: Int) -> String {
        var query = ""
        while query.utf8.count < bytes {
            query +=
                (0..<5).map { _ in variant(sentences[pick(sentences.count)], changes: 1 + pick(2)) }
                .joined(separator: " ") + "\n\n"
        }
        return query
    }
}
