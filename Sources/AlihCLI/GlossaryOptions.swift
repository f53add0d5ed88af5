import Alih
import ArgumentParser

/// The glossary option shared by the commands that recognise terms.
struct GlossaryOptions: ParsableArguments {
    @Option(
        name: [.customShort("g"), .long],
        help: ArgumentHelp(
            "Glossary to recognise (TSV as OmegaT writes it, CSV with a header, or TBX).", valueName: "file"))
    var glossary: String?

    /// The glossary, with its warnings printed; nil when none was given.
    func load(sourceLanguage: String, targetLanguage: String, quiet: Bool) throws -> Glossary? {
        try Self.load(glossary, sourceLanguage: sourceLanguage, targetLanguage: targetLanguage, quiet: quiet)
    }

    static func load(_ path: String?, sourceLanguage: String, targetLanguage: String, quiet: Bool) throws -> Glossary? {
        guard let path else { return nil }
        // The morphology the glossary is compiled with loads while the file is read.
        IndonesianLemmatizer.preload()
        let (loaded, warnings) = try GlossaryFile.read(
            path: path, sourceLanguage: sourceLanguage, targetLanguage: targetLanguage)
        if !quiet { for warning in warnings { Console.error(warning.description) } }
        return loaded
    }
}
