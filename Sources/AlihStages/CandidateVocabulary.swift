import Synchronization

/// The strings a coverage run counts by — word forms, their lowercase, lemmas, names — each given
/// a small integer id once, so that candidates are counted by ids, not strings; and the finder's
/// scanners, which keep what they learnt of each word form from one article to the next.
///
/// Ids follow `String` equality (canonically equivalent spellings share one, `InternedStrings`),
/// as the dictionaries keyed by strings did. A lemma is counted as a token, `id * 2 + 1` when it is
/// general vocabulary (`TermLikeness.isGeneralWord`), `id * 2` otherwise, so that whether a
/// single-word phrase may be reported is read from the token itself. Shared by the threads of
/// a run; each string is looked up under the lock once per scanner.
///
/// It also keeps what was worked out of a string once for all scanners (`fact`): a lowercase
/// word's lemma token, whether it is an ordinary word, what a name is — the morphology's work
/// is done once per string whichever thread meets it first, and kept in a few bytes (not as the
/// lemmatizer's cached analysis).
package final class CandidateVocabulary: Sendable {
    private struct Table {
        var strings = InternedStrings()
        /// By `Fact`, each indexed by string id (shorter when the last ids have none yet).
        var facts = [[Int32]](repeating: [], count: Fact.allCases.count)
    }

    /// What is kept of a string (-1 before it is worked out).
    package enum Fact: Int, Sendable, CaseIterable {
        /// Of a lowercase word: its lemma's id × 2, + 1 when the lexicon confirms it
        /// (`IndonesianLemmatizer.uncachedLemma`).
        case analysis
        /// Of a lowercase word: the token of its lemma, or -2 when the lemma is a stop word.
        case lemma
        /// Of a lowercase word: 1 when it is an ordinary word (`IndonesianLemmatizer.isOrdinaryWord`), else 0.
        case ordinary
        /// Of a name as written: 1 when it is well known (`TermLikeness.isWellKnownName`), else 0.
        case wellKnown
        /// Of a name as written: 1 when it is never a candidate (`TermCandidateFinder.isNeverATerm`), else 0.
        case neverATerm
        /// Of a string: its lowercase's id.
        case lowercase
    }

    private let table = Mutex(Table())
    private let scanners = Mutex<[CandidateScanner]>([])
    private let work = Mutex(Work())

    /// How much per-word work a run did (for tests: it grows with the distinct words, not with
    /// the text read).
    package struct Work: Sendable, Equatable {
        /// Word forms a scanner met for the first time and worked out.
        package var formsWorkedOut = 0
        /// Facts worked out (`fact`), each once per string.
        package var factsWorkedOut = 0
    }

    /// The per-word work done so far.
    package var workDone: Work { work.withLock { $0 } }

    /// Counts a word form a scanner worked out.
    func countFormWorkedOut() { work.withLock { $0.formsWorkedOut += 1 } }

    package init() {}

    /// The `fact` of string `id`, worked out by `compute` (outside the lock) the first time.
    package func fact(_ fact: Fact, of id: Int32, _ compute: () -> Int32) -> Int32 {
        let known = table.withLock { table in
            Int(id) < table.facts[fact.rawValue].count ? table.facts[fact.rawValue][Int(id)] : -1
        }
        if known != -1 { return known }
        let value = compute()
        work.withLock { $0.factsWorkedOut += 1 }
        table.withLock { table in
            let missing = Int(id) + 1 - table.facts[fact.rawValue].count
            if missing > 0 { table.facts[fact.rawValue].append(contentsOf: repeatElement(-1, count: missing)) }
            table.facts[fact.rawValue][Int(id)] = value
        }
        return value
    }

    /// The id of `string`, given one if it has none.
    package func id(_ string: String) -> Int32 {
        table.withLock { $0.strings.id(string) }
    }

    /// The ids of `strings`, under the lock once.
    package func ids(_ strings: [String]) -> [Int32] {
        table.withLock { table in strings.map { table.strings.id($0) } }
    }

    /// The id of `string` if it has one.
    package func existingID(_ string: String) -> Int32? { table.withLock { $0.strings.existingID(string) } }

    /// The string of `id`.
    package func string(_ id: Int32) -> String { table.withLock { $0.strings.string(id) } }

    /// The strings of `ids`, under the lock once.
    package func strings(_ ids: [Int32]) -> [String] {
        table.withLock { table in ids.map { table.strings.string($0) } }
    }

    /// Every string so far, indexed by id (a copy that later ids do not change).
    package func strings() -> [String] {
        table.withLock { table in (0..<Int32(table.strings.count)).map { table.strings.string($0) } }
    }

    /// The lemma token of a lemma's id.
    package static func token(lemma id: Int32, general: Bool) -> Int32 { id &* 2 &+ (general ? 1 : 0) }

    /// The id of the lemma a token stands for.
    package static func lemma(ofToken token: Int32) -> Int32 { token >> 1 }

    /// Whether the lemma a token stands for is general vocabulary.
    package static func isGeneral(token: Int32) -> Bool { token & 1 == 1 }

    /// Lets the pooled scanners go (and what they know of the word forms they met): for the end
    /// of a run, before its report is made.
    package func releaseScanners() { scanners.withLock { $0 = [] } }

    /// Runs `body` with a scanner of `finder`'s from the pool (made when none is free) and puts it
    /// back afterwards.
    func withScanner<R>(for finder: TermCandidateFinder, _ body: (CandidateScanner) throws -> R) throws -> R {
        let scanner =
            try scanners.withLock { $0.popLast() }
            ?? CandidateScanner(lemmatizer: finder.lemmatizer, likeness: finder.termLikeness)
        defer { scanners.withLock { $0.append(scanner) } }
        return try body(scanner)
    }
}
