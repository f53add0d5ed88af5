import AlihStages

extension IndonesianLemmatizer {
    /// `word<TAB>lemma<TAB>how` for each of `words`, a line each: what `alih lemma` prints
    /// (`how` as `Analysis.explanation` gives it).
    package func table(of words: [String]) -> String {
        words.map { word in
            let analysis = analyze(word)
            return "\(word)\t\(analysis.lemma)\t\(analysis.explanation)\n"
        }.joined()
    }
}
