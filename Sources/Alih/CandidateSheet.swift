import AlihCore
import AlihFormats

/// A coverage report's candidates as a ready-to-fill glossary file: the glossary's own columns
/// (`GlossaryTSVFormat`, `GlossaryCSVFormat`) with the target left empty, for the
/// terminologist to fill in; once filled in, `alih glossary check` accepts it.
///
/// One row per candidate, best first, a source written once (case-insensitively). A phrase is
/// written in its most frequent form with a sentence-opening capital lowered (*Masker wajah* →
/// *masker wajah*); names and acronyms as written, and a source in capitals only (acronyms,
/// *PT RNI*) is marked case-sensitive. The comment says what it is, how often it occurred and
/// where first.
package enum CandidateSheet {
    package enum Format: Sendable {
        case tsv, csv

        /// The format a file name asks for, as for a glossary (`GlossaryFileFormat`): `.csv` is
        /// CSV; `.tsv`, `.txt`, `.tab`, `.utf8` TSV; nil for anything else (a `.json` or `.tbx`
        /// name would get a file that is not what it says).
        package init?(path: String) {
            switch try? GlossaryFileFormat(path: path) {
            case .csv: self = .csv
            case .tsv: self = .tsv
            case .tbx, nil: return nil
            }
        }

        /// What `--candidates` must be named.
        package static let names = ".tsv (OmegaT's columns; also .txt, .tab, .utf8) or .csv"
    }

    package static func write(
        _ candidates: [CoverageReport.Candidate], format: Format, sourceLanguage: String, targetLanguage: String
    ) -> String {
        var seen = Set<String>()
        var rows: [(source: String, note: String, caseSensitive: Bool)] = []
        for candidate in candidates {
            var source = candidate.text
            if candidate.kind == .phrase, let first = source.first, first.isUppercase {
                source = first.lowercased() + source.dropFirst()
            }
            guard !source.hasPrefix("#"), seen.insert(source.lowercased()).inserted else { continue }
            let letters = source.filter(\.isLetter)
            let note =
                "\(candidate.kind.rawValue), \(candidate.count)× in the articles, first in \(candidate.example.article) \(candidate.example.segment)"
            rows.append((clean(source), clean(note), !letters.isEmpty && letters.allSatisfy(\.isUppercase)))
        }
        switch format {
        case .tsv:
            var out = """
                # Candidate terms from alih coverage: fill in the targets (column 2), delete the rows you do not want
                # columns: source\ttarget\tcomment\tstatus\tpos\tcase_sensitive\tdnt\tdomain
                # languages: \(sourceLanguage) → \(targetLanguage)

                """
            for row in rows {
                out +=
                    [row.source, "", row.note, "preferred", "", row.caseSensitive ? "yes" : "no", "no", ""].joined(
                        separator: "\t") + "\n"
            }
            return out
        case .csv:
            return CSVTable.format(
                [GlossaryCSVFormat.columns]
                    + rows.map { row in
                        [row.source, "", "preferred", "", row.caseSensitive ? "yes" : "no", "no", "", row.note]
                    })
        }
    }

    /// Tabs and line breaks (which TSV cannot hold) as spaces.
    private static func clean(_ text: String) -> String {
        String(text.map { $0 == "\t" || $0.isNewline ? " " : $0 })
    }
}
