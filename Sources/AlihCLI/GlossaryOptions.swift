import Alih
import ArgumentParser

/// The glossary option shared by the commands that recognise terms.
struct GlossaryOptions: ParsableArguments {
    @Option(
        name: [.customShort("g"), .long],
        help: ArgumentHelp(
            "Glossary to recognise (TSV as OmegaT writes it, CSV with a header, or TBX).", valueName: "file"))
    var glossary: String?
}
