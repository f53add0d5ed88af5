import Alih
import AlihFormats
import ArgumentParser

/// `alih srx`: the pipeline's segmentation rules for a CAT tool.
struct SRXCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "srx",
        abstract: "Write Alih's sentence segmentation rules for a CAT tool (SRX 2.0).",
        discussion: """
            The rules are the pipeline's: its abbreviations, initials and ICU's sentence rules, \
            so that a CAT tool with sentence segmentation on cuts Alih's text where Alih does. \
            The file's opening comment says what the rules cannot express.

            OmegaT 3.6 cannot import SRX: write --format omegat to PROJECT/omegat/segmentation.conf \
            (project-specific rules). OmegaT 6.1 and later read SRX as PROJECT/omegat/segmentation.srx.
            """
    )

    @Option(
        name: .shortAndLong,
        help: ArgumentHelp("Where to write the rules (default: standard output).", valueName: "file"))
    var output: String?

    @Option(help: ArgumentHelp("SRX 2.0 (srx) or OmegaT's segmentation.conf (omegat).", valueName: "format"))
    var format: SegmentationRuleExport.Format = .srx

    @OptionGroup var pipelineOptions: PipelineOptions

    func run() throws {
        let export = try SegmentationRuleExport(pipeline: try pipelineOptions.load())
        let document = export.document(format)
        if let output, output != "-" {
            try export.write(document, to: output)
        } else {
            Console.output(document)
        }
    }
}
