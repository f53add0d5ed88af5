import Alih
import ArgumentParser

/// The glossary options shared by the commands that recognise terms.
struct GlossaryOptions: ParsableArguments {
    @Option(
        name: [.customShort("g"), .long],
        help: ArgumentHelp(
            "Glossary to recognise (TSV as OmegaT writes it, CSV with a header, or TBX).", valueName: "file"))
    var glossary: String?

    @Option(
        name: .customLong("skip-term"),
        help: ArgumentHelp(
            "Leave this glossary entry (its source term) out for these articles; repeatable. Extract records it for the QA.",
            valueName: "term"))
    var skippedTerms: [String] = []

    /// For the commands that read articles: terms to skip need the glossary given with them
    /// (`check` and `reimport` may use the one the file was extracted with instead).
    func requireGlossaryForSkippedTerms() throws {
        if !skippedTerms.isEmpty && glossary == nil { throw ValidationError("--skip-term needs a glossary (-g FILE).") }
    }
}
