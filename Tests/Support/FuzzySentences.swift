/// Deterministic Indonesian-looking sentences over a small vocabulary, for translation memory
/// tests: sources share many words, so fuzzy candidates tie on shared words, similarity and
/// use count, and common words have more than 200 candidates.
public struct FuzzySentences {
    /// Twenty content words and four stop words (`di`, `yang`, `dan`, `ke`).
    public static let vocabulary = [
        "harga", "beras", "naik", "turun", "pasar", "induk", "presiden", "menteri", "rusia", "armenia",
        "moskow", "rabu", "kamis", "malam", "banjir", "jakarta", "warga", "sekolah", "covid", "vaksin",
        "di", "yang", "dan", "ke",
    ]
    /// The stop words of `vocabulary`, as a memory's index leaves them out.
    public static let stopWords: Set<String> = ["di", "yang", "dan", "ke"]

    private var state: UInt64

    public init(seed: UInt64) { state = seed &* 0x9E37_79B9_7F4A_7C15 }

    /// A number below `bound`.
    public mutating func next(_ bound: Int) -> Int {
        state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
        return Int(state >> 33) % bound
    }

    /// A sentence of `words` words, capitalised, with a full stop.
    public mutating func sentence(words: Int) -> String {
        let text = (0..<words).map { _ in Self.vocabulary[next(Self.vocabulary.count)] }.joined(separator: " ")
        return text.prefix(1).uppercased() + text.dropFirst() + "."
    }
}
