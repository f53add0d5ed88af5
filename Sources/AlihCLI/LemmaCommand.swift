import Alih
import AlihStages
import ArgumentParser

/// `alih lemma`: the morphology's debugging view.
struct LemmaCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "lemma",
        abstract: "Print the Indonesian lemma of words: word<TAB>lemma<TAB>how.",
        discussion: """
            Words come from the arguments, or one per line on standard input. `how` lists the \
            affixes stripped (outermost prefix first) and what confirmed the lemma: lexicon \
            (the word is a root), rules (affixes stripped, root in the lexicon), hunspell \
            (Hunspell's stemmer), clitics (only a clitic stripped, root unconfirmed) or \
            unchanged.
            """
    )

    @Argument(help: "Words to analyse (default: one per line on standard input).")
    var words: [String] = []

    func run() throws {
        let lemmatizer = try IndonesianLemmatizer.requireInstalled()
        Console.output(lemmatizer.table(of: words.isEmpty ? Console.inputLines() : words))
    }
}
