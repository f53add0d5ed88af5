import AlihCore

/// Rebuilds the translated article from a translated XLIFF file, and checks the file against
/// what Alih sent out.
///
/// The languages are checked against the extraction record, every unit's source against the
/// checksum written at extraction (so an edited
/// or mangled source is caught with its unit id and line), and the sources and whitespace of all
/// units together against the checksum of the whole normalized article (so a lost or added unit
/// is caught). Translations are joined with the original whitespace and block separators.
/// Boilerplate units are dropped from the translated article by default (`.drop`) or kept in
/// the source language (`.keep`); with `.keep`, merging a file whose targets are copies of the
/// sources gives back the normalized article byte for byte.
public struct ArticleMerger: Sendable {
    public enum Boilerplate: String, Sendable, CaseIterable {
        case keep, drop
    }

    public var boilerplate: Boilerplate
    /// Use the source where a translation is missing (otherwise missing translations are errors).
    public var keepSourceForMissing: Bool

    public init(boilerplate: Boilerplate = .drop, keepSourceForMissing: Bool = false) {
        self.boilerplate = boilerplate
        self.keepSourceForMissing = keepSourceForMissing
    }

    /// The outcome of a merge: the article and what was found on the way.
    public struct Result: Sendable {
        public var text: String
        public var diagnostics: [Diagnostic]
        public var units: Int
        public var segments: Int
        public var translated: Int
        public var missing: Int
        public var boilerplateUnits: Int

        /// Whether anything stands in the way of writing the article.
        public var hasErrors: Bool { diagnostics.contains { $0.severity == .error } }
    }

    public func merge(_ document: TranslatedDocument, file: String) -> Result {
        merge(document, file: file, workers: ParallelChunks.defaultWorkers)
    }

    /// Units per thread at least: a large file's units are checked on several cores.
    static let unitsPerWorker = 20_000

    /// What one unit gives, whatever the others: its checks, and the bytes of its text in the
    /// article (to make room for the article at once).
    struct UnitOutcome: Sendable {
        var body: [TranslatedPiece]
        var trailing: String
        var renderedBytes = 0
        var diagnostics: [Diagnostic] = []
        var segments = 0, translated = 0, missing = 0
    }

    /// `merge`, with the units of a large file checked on `workers` threads; the result is the
    /// same whatever the number. The article is written in one pass over the units, straight
    /// into its own storage.
    package func merge(_ document: TranslatedDocument, file: String, workers: Int) -> Result {
        var diagnostics: [Diagnostic] = []
        var text = ""
        var pending = ""
        var wroteAny = false
        var segments = 0
        var translated = 0
        var missing = 0
        var chrome = 0
        // The article's source, hashed as the units go by (never held whole).
        var wholeSource = SHA256()

        if document.record["source-checksum"] == nil {
            diagnostics.append(
                Diagnostic(
                    .warning, code: "reimport.no-record",
                    "the file carries no Alih extraction record; its sources cannot be checked",
                    at: SourceLocation(file: file), hint: "reimport files extracted with `alih extract`"))
        }
        for (key, found) in [
            ("source-language", document.sourceLanguage), ("target-language", document.targetLanguage),
        ] {
            if let sent = document.record[key], !found.isEmpty, sent.lowercased() != found.lowercased() {
                diagnostics.append(
                    Diagnostic(
                        .error, code: "reimport.language",
                        "the file's \(key.replacingOccurrences(of: "-", with: " ")) is '\(found)', but '\(sent)' was sent out",
                        at: SourceLocation(file: file),
                        hint: "check that this is the translation of the file Alih extracted"))
            }
        }
        let units = document.units
        let outcomes = ParallelChunks.map(count: units.count, minimumChunk: Self.unitsPerWorker, workers: workers) {
            chunk in
            chunk.map { outcome(of: units[$0], file: file) }
        }
        text.reserveCapacity(outcomes.joined().reduce(0) { $0 + $1.renderedBytes + $1.trailing.utf8.count })
        for (unit, outcome) in zip(units, outcomes.joined()) {
            for piece in outcome.body { wholeSource.update(piece.source.utf8) }
            wholeSource.update(outcome.trailing.utf8)
            diagnostics += outcome.diagnostics
            segments += outcome.segments
            translated += outcome.translated
            missing += outcome.missing
            if !unit.translate {
                chrome += 1
                if boilerplate == .drop {
                    pending = Self.stronger(pending, outcome.trailing)
                    continue
                }
            }
            if wroteAny { text += pending }
            render(outcome.body, translate: unit.translate, into: &text)
            wroteAny = true
            pending = outcome.trailing
        }
        text += pending
        if let expected = document.record["source-checksum"], document.record["boilerplate"] != "dropped",
            wholeSource.finalizeChecksum() != expected
        {
            diagnostics.append(
                Diagnostic(
                    .error, code: "reimport.article-changed",
                    "the units in the file do not add up to the article that was sent out (a unit was lost, added or reordered)",
                    at: SourceLocation(file: file), hint: "reimport the complete file the CAT tool exported"))
        }
        if let expected = document.record["unit-ids"],
            ExtractionRecord.unitIDsChecksum(document.units.map(\.id)) != expected
        {
            // Alih numbers units b1, b2, … in order: name the first id that does not fit.
            var previous = 0
            let stranger = document.units.first { unit in
                guard unit.id.hasPrefix("b"), let number = Int(unit.id.dropFirst()), number > previous else {
                    return true
                }
                previous = number
                return false
            }
            diagnostics.append(
                Diagnostic(
                    .error, code: "reimport.unit-ids",
                    stranger.map { "unit \($0.id) was not sent out: the file's units are not the ones Alih extracted" }
                        ?? "the file's units are not the ones Alih extracted (one was added, lost or renamed)",
                    at: SourceLocation(file: file, line: stranger?.line, unitID: stranger?.id),
                    hint: "reimport the complete file the CAT tool exported, without added or renamed units"))
        }
        return Result(
            text: text, diagnostics: diagnostics, units: document.units.count, segments: segments,
            translated: translated, missing: missing, boilerplateUnits: chrome)
    }

    /// Checks one unit against its checksum and counts its segments: translated, and missing
    /// (an error unless `keepSourceForMissing`); `render` writes its text.
    func outcome(of unit: TranslatedUnit, file: String) -> UnitOutcome {
        let (body, trailing) = Self.split(unit)
        var outcome = UnitOutcome(body: body, trailing: trailing)
        var source = SHA256()
        for piece in body { source.update(piece.source.utf8) }
        if let checksum = unit.checksum, checksum != source.finalizeChecksum() {
            outcome.diagnostics.append(
                Diagnostic(
                    .error, code: "reimport.source-changed",
                    "the source text of unit \(unit.id) is not what was sent out",
                    at: SourceLocation(file: file, line: unit.line, unitID: unit.id),
                    hint: "the CAT tool or a person edited the source; translate the original file or extract again"))
        }
        if !unit.translate && boilerplate == .drop { return outcome }
        for piece in body {
            switch piece {
            case .ignorable(let source, let target):
                outcome.renderedBytes += (target ?? source).utf8.count
            case .segment(let segment):
                guard unit.translate else {
                    outcome.renderedBytes += segment.source.utf8.count
                    continue
                }
                outcome.segments += 1
                if let target = segment.target, !target.isEmpty {
                    outcome.translated += 1
                    outcome.renderedBytes += target.utf8.count
                } else {
                    outcome.missing += 1
                    outcome.renderedBytes += segment.source.utf8.count
                    if !keepSourceForMissing {
                        outcome.diagnostics.append(
                            Diagnostic(
                                .error, code: "reimport.missing-translation",
                                "segment \(segment.id) has no translation",
                                at: SourceLocation(file: file, line: segment.line, unitID: segment.id),
                                hint: "translate it, or reimport with --keep-source-for-missing to keep the Indonesian")
                        )
                    }
                }
            }
        }
        return outcome
    }

    /// Writes a unit's text: targets where there are, sources for boilerplate and missing ones.
    func render(_ body: [TranslatedPiece], translate: Bool, into text: inout String) {
        for piece in body {
            switch piece {
            case .ignorable(let source, let target):
                text += target ?? source
            case .segment(let segment):
                if translate, let target = segment.target, !target.isEmpty {
                    text += target
                } else {
                    text += segment.source
                }
            }
        }
    }

    /// A unit's pieces and the whitespace after it (its separator). Alih's files mark the
    /// separator; for others, the whitespace after the last segment is taken as the separator.
    static func split(_ unit: TranslatedUnit) -> (body: [TranslatedPiece], trailing: String) {
        if !unit.separator.isEmpty { return (unit.pieces, unit.separator) }
        guard let last = unit.pieces.lastIndex(where: { if case .segment = $0 { true } else { false } }) else {
            return ([], unit.pieces.map(\.source).joined() + unit.separator)
        }
        let trailing = unit.pieces[(last + 1)...].map(\.source).joined() + unit.separator
        return (Array(unit.pieces[...last]), trailing)
    }

    /// The separator that keeps the most structure: more line breaks win (a paragraph break
    /// over a line break over a space).
    static func stronger(_ a: String, _ b: String) -> String {
        let lines = (a.filter { $0 == "\n" }.count, b.filter { $0 == "\n" }.count)
        if lines.0 != lines.1 { return lines.0 > lines.1 ? a : b }
        return a.count >= b.count ? a : b
    }
}
