import Alih
import AlihStages
import ArgumentParser
import Foundation

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
        let input =
            words.isEmpty
            ? String(decoding: FileHandle.standardInput.readDataToEndOfFile(), as: UTF8.self)
                .split(whereSeparator: \.isNewline).map { $0.trimmingCharacters(in: .whitespaces) }.filter {
                    !$0.isEmpty
                }
            : words
        var out = ""
        for word in input {
            let analysis = lemmatizer.analyze(word)
            out += "\(word)\t\(analysis.lemma)\t\(analysis.explanation)\n"
        }
        Console.output(out)
    }
}
