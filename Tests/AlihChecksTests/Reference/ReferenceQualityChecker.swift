// The QA code as it was before the checks were made fast (commit f9eb01a), kept as the oracle
// the differential tests compare the current code against. Do not change it.

import AlihCore
import AlihStages

@testable import AlihChecks

/// Runs the QA checks over every translatable segment of a translated file.
///
/// Glossary terms are found in each source with the same matcher `alih extract` uses, so the
/// terminology check sees inflected forms. Untranslated segments get only the `untranslated`
/// finding; the other checks look at segments that have a target.
struct ReferenceQualityChecker: Sendable {
    var checks: [any SegmentCheck]
    let matcher: GlossaryMatcher?

    /// The default checks (`state` only with `requireFinal`), minus `disabled` ids.
    init(
        matcher: GlossaryMatcher? = nil, requireFinal: Bool = false, disabled: Set<String> = [],
        extra: [any SegmentCheck] = []
    ) {
        var checks: [any SegmentCheck] =
            [
                ReferenceUntranslatedCheck(), ReferenceIdenticalCheck(), ReferenceTerminologyCheck(),
                ReferenceNumbersCheck(), ReferenceTagsCheck(), ReferenceWhitespaceCheck(),
                ReferencePunctuationCheck(), ReferenceLengthCheck(),
            ] + extra
        if requireFinal { checks.append(ReferenceStateCheck()) }
        self.checks = checks.filter { !disabled.contains($0.id) }
        self.matcher = matcher
    }

    /// Ids of the checks that run.
    var ids: [String] { checks.map(\.id) }

    func check(_ document: TranslatedDocument) throws -> [QAFinding] {
        var tokenizer = try WordTokenizer(locale: document.sourceLanguage.isEmpty ? "id" : document.sourceLanguage)
        var findings: [QAFinding] = []
        for unit in document.units where unit.translate {
            for segment in unit.segments {
                var terms: [(match: TermMatch, entry: GlossaryEntry, text: String)] = []
                if let matcher {
                    terms = try matcher.matches(in: segment.source[...], tokenizer: &tokenizer).map { match in
                        (match, matcher.glossary.entries[match.entryIndex], String(segment.source[match.range]))
                    }
                }
                let context = CheckContext(document: document, unit: unit, terms: terms)
                let untranslated = (segment.target ?? "").allSatisfy(\.isWhitespace)
                for check in checks where !untranslated || check.id == "untranslated" {
                    findings += check.check(segment, in: context)
                }
            }
        }
        return findings
    }
}
