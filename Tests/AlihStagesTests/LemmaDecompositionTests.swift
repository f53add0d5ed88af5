import AlihTestSupport
import Foundation
import Testing

@testable import AlihStages

/// The lemmatizer makes only the decompositions its ranking considers, walking prefix chains
/// depth first: on every word of the UD and Wikipedia data, that gives what making every
/// decomposition (with prefix chains as first written) and ranking them gives.
@Suite struct LemmaDecompositionTests {
    static let lemmatizer = try! IndonesianLemmatizer.installed()

    /// Prefix chains as first written: arrays concatenated level by level.
    static func referenceChains(of base: String, depth: Int, used: [String], reduced: Int) -> [(String, [String], Int)]
    {
        var chains: [(String, [String], Int)] = [(base, used, reduced)]
        guard depth < 3 else { return chains }
        for (rest, prefix, isReduced) in IndonesianPrefixes.strip(base) where rest.count >= 3 && !used.contains(prefix)
        {
            if ["di-", "ku-", "kau-"].contains(prefix), depth > 0 { continue }
            chains += referenceChains(
                of: rest, depth: depth + 1, used: used + [prefix], reduced: reduced + (isReduced ? 1 : 0))
        }
        return chains
    }

    static func described(_ decompositions: [IndonesianLemmatizer.Decomposition]) -> [String] {
        decompositions.map { "\($0.prefixes)|\($0.root)|\($0.suffix ?? "")|\($0.enclitics)|\($0.reduced)" }
    }

    @Test(.enabled(if: TestPaths.shared != nil, "\(TestPaths.sharedMissing)"))
    func confirmedDecompositionsRankAsAll() throws {
        let text = try TestPaths.sharedIndonesianText()!
        var tokenizer = try WordTokenizer()
        let words = Set(try tokenizer.words(in: text[...]).map { text[$0].lowercased() }).filter { !$0.contains("-") }
        #expect(words.count > 10_000)
        let lemmatizer = Self.lemmatizer
        for word in words.sorted() {
            let all = lemmatizer.decompositions(of: word)
            let confirmed = lemmatizer.decompositions(of: word, confirmedOnly: true)
            #expect(lemmatizer.rank(confirmed, of: word) == lemmatizer.rank(all, of: word), "\(word)")
            // The chains of the word itself (no suffix) are the reference's, in its order.
            var chains: [String] = []
            var used: [String] = []
            lemmatizer.forEachPrefixChain(of: word, depth: 0, used: &used, reduced: 0) {
                chains.append("\($1)|\($0)|\($2)")
            }
            #expect(
                chains == Self.referenceChains(of: word, depth: 0, used: [], reduced: 0).map { "\($1)|\($0)|\($2)" })
        }
    }
}
