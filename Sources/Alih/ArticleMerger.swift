import AlihCore

#if canImport(Glibc)
    import Glibc
#endif

/// Rebuilds the translated article from a translated XLIFF file, and checks the file against
/// what Alih sent out.
///
/// The languages are checked against the extraction record, every unit's source against the
/// checksum written at extraction (so an edited or mangled source is caught with its unit id and
/// line), the unit ids against the record's (so a lost, added or reordered unit is caught and
/// named), and the sources and whitespace of all units together against the checksum of the
/// whole normalized article. Translations are joined with the original whitespace and block
/// separators. Where a check fails, the merge names the cause it can prove: a missing segment or
/// unit by its id, separators a tool removed, rather than only that the text differs.
///
/// Whitespace a CAT tool moved into a segment or dropped between two (`UnitWhitespaceRepair`) is
/// put back when the unit's checksum proves the text the same.
///
/// A file without the extraction record (a foreign file) is merged as well as it can be: units
/// are joined as blocks (with a blank line where the file does not say what separates them),
/// every doubt about its structure that Alih's ids can show is an error, and what cannot be
/// checked is listed in `Result.unchecked`.
///
/// A target identical to its source is still Indonesian, unless the segment needs no
/// translation (no lowercase letter: numbers, codes, acronyms) or the translator confirmed it
/// (`final`, `reviewed`, `signed-off`, or 1.2 `approved="yes"`): like a missing translation it
/// is an error unless `keepSourceForMissing`.
///
/// Boilerplate units are dropped from the translated article by default (`.drop`) or kept in
/// the source language (`.keep`); a repeated paragraph's unit (`repeats`) is written as the
/// unit it repeats was, whichever. With `.keep` and `keepSourceForMissing`, merging a file whose
/// targets are copies of the sources gives back the normalized article byte for byte.
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
        /// Segments whose target is a copy of their source, not confirmed (still Indonesian).
        public var untranslated: Int
        public var boilerplateUnits: Int
        /// Units whose whitespace a CAT tool had moved or dropped, put back (their checksums
        /// prove the text the same).
        public var repairedUnits: Int
        /// Units whose sentences a CAT tool split or joined differently from Alih's (their
        /// checksums prove the text the same; they are merged by unit).
        public var resegmentedUnits: Int
        /// What could not be checked, in words (for a file without the extraction record).
        public var unchecked: [String]

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
        var segments = 0, translated = 0, missing = 0, untranslated = 0
        /// Whether the unit's whitespace was put back, proven by its checksum.
        var repaired = false
        /// Whether its sentences are not Alih's, its text proven by its checksum.
        var resegmented = false
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
        var untranslated = 0
        var chrome = 0
        var repaired = 0
        var resegmented = 0
        var unchecked: [String] = []
        // The article's source, hashed as the units go by (never held whole).
        var wholeSource = SHA256()
        let hasRecord = document.record["source-checksum"] != nil

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
        let marksSentences = document.xliffVersion == "1.2"
        let codes = document.hasCodeMarkers
        let spaced = Self.spacesSentences(document.targetLanguage)
        let outcomes = ParallelChunks.map(count: units.count, minimumChunk: Self.unitsPerWorker, workers: workers) {
            chunk in
            chunk.map { outcome(of: units[$0], file: file, marksSentences: marksSentences, codes: codes) }
        }
        text.reserveCapacity(outcomes.joined().reduce(0) { $0 + $1.renderedBytes + $1.trailing.utf8.count })
        // Units (but the last) with nothing after them: what separated them from the next is lost.
        var withoutSeparator: [TranslatedUnit] = []
        // The text written for each unit a repeated paragraph repeats, by unit id.
        let repeated = Set(units.indices.lazy.compactMap { units[$0].repeats })
        var repeatedText: [String: String] = [:]
        func merge(_ outcome: UnitOutcome, of unit: TranslatedUnit, at index: Int) {
            Self.hashSources(of: outcome.body, codes: codes, into: &wholeSource)
            wholeSource.update(outcome.trailing.utf8)
            diagnostics += outcome.diagnostics
            segments += outcome.segments
            translated += outcome.translated
            missing += outcome.missing
            untranslated += outcome.untranslated
            if outcome.repaired { repaired += 1 }
            if outcome.resegmented { resegmented += 1 }
            var trailing = outcome.trailing
            if trailing.isEmpty, index < units.count - 1 {
                withoutSeparator.append(unit)
                trailing = Self.unknownSeparator
            }
            let original = unit.repeats.flatMap { repeatedText[$0] }
            if !unit.translate && unit.repeats == nil {
                chrome += 1
                if boilerplate == .drop {
                    pending = Self.stronger(pending, trailing)
                    return
                }
            }
            if wroteAny { text += pending }
            if let original {
                text += original
            } else if repeated.contains(unit.id) {
                var written = ""
                render(outcome.body, translate: unit.translate, spaced: spaced, into: &written)
                repeatedText[unit.id] = written
                text += written
            } else {
                render(outcome.body, translate: unit.translate, spaced: spaced, into: &text)
            }
            wroteAny = true
            pending = trailing
        }
        // Units and outcomes are read in place, by index: iterated, each unit, outcome and piece
        // would be copied (its strings retained and released again, beside the threads that
        // check the same segments).
        var index = 0
        for chunk in outcomes {
            for k in chunk.indices {
                merge(chunk[k], of: units[index], at: index)
                index += 1
            }
        }
        text += pending

        let unitFindings = diagnostics.contains { Self.unitLevelCodes.contains($0.code) }
        var structural = unitFindings
        if let finding = Self.separatorFinding(withoutSeparator, of: document, file: file) {
            diagnostics.append(finding)
            structural = true
        } else if !withoutSeparator.isEmpty {
            unchecked.append(
                "the paragraph breaks after \(counted(withoutSeparator.count, "unit")) (the file does not say what "
                    + "separates them from the next; joined with a blank line)")
        }
        if hasRecord {
            if let expected = document.record["unit-ids"],
                let finding = Self.unitIDFinding(units, expected: expected, record: document.record, file: file)
            {
                diagnostics.append(finding)
                structural = true
            }
            if !structural, let expected = document.record["source-checksum"],
                document.record["boilerplate"] != "dropped",
                wholeSource.finalizeChecksum() != expected
            {
                diagnostics.append(
                    Diagnostic(
                        .error, code: "reimport.article-changed",
                        "the units in the file do not add up to the article that was sent out (the whitespace between them, or a unit, was changed)",
                        at: SourceLocation(file: file), hint: "reimport the complete file the CAT tool exported"))
            }
        } else {
            let (finding, notChecked) = Self.foreignUnitFinding(document.units, file: file)
            if let finding { diagnostics.append(finding) }
            unchecked.append(notChecked)
            let withoutChecksum = document.units.count { $0.checksum == nil }
            if withoutChecksum > 0 {
                unchecked.append(
                    "the source text of \(counted(withoutChecksum, "unit")) against what was sent out (no checksums)"
                )
            }
        }
        return Result(
            text: text, diagnostics: diagnostics, units: document.units.count, segments: segments,
            translated: translated, missing: missing, untranslated: untranslated, boilerplateUnits: chrome,
            repairedUnits: repaired, resegmentedUnits: resegmented, unchecked: unchecked)
    }

    /// What joins two blocks when the file does not say: a blank line, a paragraph break.
    static let unknownSeparator = "\n\n"

    /// The codes of findings about one unit's structure or source: when there is one, the
    /// article's checksum failing says nothing more.
    static let unitLevelCodes: Set<String> = [
        "reimport.source-changed", "reimport.segment-missing", "reimport.segment-order",
    ]

    /// The error for units that lost their separators, in a file with the extraction record;
    /// nil when none did, or the file has no record (the separators are then unchecked).
    static func separatorFinding(_ units: [TranslatedUnit], of document: TranslatedDocument, file: String)
        -> Diagnostic?
    {
        guard let first = units.first, document.record["source-checksum"] != nil else { return nil }
        let others = units.count > 1 ? " and \(counted(units.count - 1, "other"))" : ""
        if document.xliffVersion == "1.2", units.allSatisfy({ $0.checksum == nil }) {
            return Diagnostic(
                .error, code: "reimport.context-missing",
                "\(counted(units.count, "group")) of \(document.units.count) lost the <context-group purpose=\"x-alih-merge\"> "
                    + "Alih wrote in each (the block's separator and source checksum), first \(first.id): the paragraph "
                    + "breaks between the blocks are not in the file",
                at: SourceLocation(file: file, line: first.line, unitID: first.id),
                hint: "export the file from the CAT tool with its context groups kept; --force joins the blocks with a "
                    + "blank line (their sources then go unchecked)")
        }
        return Diagnostic(
            .error, code: "reimport.separator-missing",
            "unit \(first.id)\(others) lost the whitespace Alih sent after \(units.count == 1 ? "it" : "them") "
                + "(the `-sep` ignorable, or the x-alih-separator context): the paragraph breaks are not in the file",
            at: SourceLocation(file: file, line: first.line, unitID: first.id),
            hint: "export the file from the CAT tool with ignorables kept; --force joins the blocks with a blank line")
    }

    /// The error naming how the units differ from those sent out (`expected`, the checksum of
    /// their ids), or nil when they are the same.
    static func unitIDFinding(_ units: [TranslatedUnit], expected: String, record: [String: String], file: String)
        -> Diagnostic?
    {
        guard ExtractionRecord.unitIDsChecksum(units.indices.lazy.map { units[$0].id }) != expected else { return nil }
        func finding(_ message: String, at unit: TranslatedUnit?) -> Diagnostic {
            Diagnostic(
                .error, code: "reimport.unit-ids", message,
                at: SourceLocation(file: file, line: unit?.line, unitID: unit?.id),
                hint: "reimport the complete file the CAT tool exported, without added, deleted or reordered units")
        }
        var previous = 0
        var gaps: [(after: Int, before: Int, unit: TranslatedUnit)] = []
        for unit in units {
            guard let number = BlockIDs.unitNumber(unit.id) else {
                return finding(
                    "unit \(unit.id) was not sent out: the file's units are not the ones Alih extracted", at: unit)
            }
            guard number > previous else {
                return finding(
                    "unit \(unit.id) comes after b\(previous): the units were reordered (Alih sent them out in order)",
                    at: unit)
            }
            if number > previous + 1 { gaps.append((previous, number, unit)) }
            previous = number
        }
        let keptBoilerplate = record["boilerplate"] != "dropped"
        if keptBoilerplate, let gap = gaps.first {
            let missing = gap.before - gap.after - 1
            let named = missing == 1 ? "unit b\(gap.after + 1) is" : "units b\(gap.after + 1)–b\(gap.before - 1) are"
            let more = gaps.count > 1 ? " (and units after \(gaps[1].unit.id) too)" : ""
            return finding(
                "\(named) missing from the file, before \(gap.unit.id)\(more): deleted after extraction", at: gap.unit)
        }
        // Units lost at the end: the ids sent out may be these and a run of the next ones.
        var hash = SHA256()
        for unit in units { hash.update(unit.id.utf8 + [UInt8(ascii: "\n")]) }
        for lost in 1...200 {
            hash.update("b\(previous + lost)\n".utf8)
            var candidate = hash
            if candidate.finalizeChecksum() == expected {
                let named =
                    lost == 1
                    ? "unit b\(previous + 1) is" : "the last \(lost) units (b\(previous + 1)–b\(previous + lost)) are"
                return finding("\(named) missing from the end of the file: it was cut short", at: units.last)
            }
        }
        return finding(
            keptBoilerplate
                ? "the file's units are not the ones Alih extracted (one was added or renamed)"
                : "a unit was lost or added (the file was extracted with its boilerplate left out, so gaps in the "
                    + "ids are expected and which unit cannot be told)",
            at: nil)
    }

    /// For a file without the extraction record: the error for units out of Alih's order or
    /// missing between others (when the ids are Alih's), and what could not be checked.
    static func foreignUnitFinding(_ units: [TranslatedUnit], file: String) -> (Diagnostic?, String) {
        var previous = 0
        var gap: (after: Int, unit: TranslatedUnit)?
        for unit in units {
            guard let number = BlockIDs.unitNumber(unit.id) else {
                return (nil, "the order and completeness of the units (their ids are not Alih's)")
            }
            if number <= previous {
                let finding = Diagnostic(
                    .error, code: "reimport.unit-ids",
                    "unit \(unit.id) comes after b\(previous): the units were reordered (Alih numbers them in order)",
                    at: SourceLocation(file: file, line: unit.line, unitID: unit.id),
                    hint:
                        "reimport the file as the CAT tool exported it, units in their order; --force writes it as it is"
                )
                return (finding, "whether units after the last one were lost")
            }
            if number > previous + 1, gap == nil { gap = (previous, unit) }
            previous = number
        }
        let notChecked = "whether units after the last one (\(units.last?.id ?? "none")) were lost"
        guard let gap, let before = BlockIDs.unitNumber(gap.unit.id) else { return (nil, notChecked) }
        let named = before - gap.after == 2 ? "unit b\(gap.after + 1) is" : "units b\(gap.after + 1)–b\(before - 1) are"
        let finding = Diagnostic(
            .error, code: "reimport.unit-ids",
            "\(named) missing from the file, before \(gap.unit.id): deleted, or left out at extraction as boilerplate",
            at: SourceLocation(file: file, line: gap.unit.line, unitID: gap.unit.id),
            hint: "reimport the complete file; if the gap is boilerplate left out at extraction, --force writes it")
        return (finding, notChecked)
    }

    /// Checks one unit against its checksum and counts its segments: translated, missing and
    /// still in Indonesian (errors unless `keepSourceForMissing`); `render` writes its text.
    /// `marksSentences`: the file is XLIFF 1.2, where a tool may mark the sentences it split a
    /// target into (`<mrk mtype="seg">`).
    /// `codes`: the file's texts carry inline code markers (`InlineCodeMarker`), which the
    /// checksums leave out.
    func outcome(of sent: TranslatedUnit, file: String, marksSentences: Bool = false, codes: Bool = false)
        -> UnitOutcome
    {
        var unit = sent
        var (body, trailing) = Self.split(unit)
        var sourceMatches: Bool?
        var repaired = false
        if let checksum = unit.checksum {
            sourceMatches = Self.sourceChecksum(of: body, codes: codes) == checksum
            if sourceMatches == false {
                let moved = UnitWhitespaceRepair.movedOut(unit)
                for candidate in [moved, UnitWhitespaceRepair.spaced(moved ?? unit)] {
                    guard let candidate else { continue }
                    let layout = Self.split(candidate)
                    if Self.sourceChecksum(of: layout.body, codes: codes) == checksum {
                        (unit, body, trailing) = (candidate, layout.body, layout.trailing)
                        sourceMatches = true
                        repaired = true
                        break
                    }
                }
            }
        } else {
            // Without a checksum nothing proves the text the same: the layout is put back all
            // the same, and the unit's source goes unchecked.
            if let moved = UnitWhitespaceRepair.movedOut(unit) { unit = moved }
            if let spaced = UnitWhitespaceRepair.spaced(unit) { unit = spaced }
            (body, trailing) = Self.split(unit)
        }
        var outcome = UnitOutcome(body: body, trailing: trailing)
        outcome.repaired = repaired
        // Whether the segments are the sentences Alih sent: as many as it sent (counted without
        // copying them: this runs for every unit of a large file), and then, where the count
        // differs or says nothing, by their ids.
        var count = 0
        for index in unit.pieces.indices { if case .segment = unit.pieces[index] { count += 1 } }
        var inAlihOrder = count == (unit.sentSegments ?? 1)
        if !inAlihOrder || sourceMatches != true {
            var number = 0
            inAlihOrder = unit.segments.allSatisfy { segment in
                number += 1
                return BlockIDs.segmentNumber(segment.id, in: unit.id) == number
            }
        }
        let splitInTarget = marksSentences && unit.segments.contains { $0.targetSentenceMarks > 1 }
        if sourceMatches == true {
            outcome.resegmented = count > 0 && (!inAlihOrder || splitInTarget || count != (unit.sentSegments ?? count))
        } else if !inAlihOrder || sourceMatches == false,
            let finding = Self.segmentFinding(
                unit, segments: unit.segments, sourceChanged: sourceMatches == false, file: file)
        {
            outcome.diagnostics.append(finding)
        } else if sourceMatches == false {
            outcome.diagnostics.append(
                Diagnostic(
                    .error, code: "reimport.source-changed",
                    "the source text of unit \(unit.id) is not what was sent out",
                    at: SourceLocation(file: file, line: unit.line, unitID: unit.id),
                    hint: "the CAT tool or a person edited the source, or deleted its last segment; translate the "
                        + "original file or extract again"))
        }
        if !unit.translate && boilerplate == .drop { return outcome }
        for index in body.indices {
            switch body[index] {
            case .ignorable(let source, let target):
                outcome.renderedBytes += (target ?? source).utf8.count
            case .segment(let segment):
                guard unit.translate else {
                    outcome.renderedBytes += segment.source.utf8.count
                    continue
                }
                outcome.segments += 1
                if let target = segment.target, !target.isEmpty, !Self.isStillSource(segment, target: target) {
                    outcome.translated += 1
                    outcome.renderedBytes += target.utf8.count
                    if codes, let finding = Self.codeFinding(segment, target: target, file: file) {
                        outcome.diagnostics.append(finding)
                    }
                    continue
                }
                // No translation, or the source copied: the Indonesian stays, an error unless kept.
                let copied = !(segment.target ?? "").isEmpty
                if copied { outcome.untranslated += 1 } else { outcome.missing += 1 }
                outcome.renderedBytes += segment.source.utf8.count
                if !keepSourceForMissing {
                    outcome.diagnostics.append(
                        Diagnostic(
                            .error, code: copied ? "reimport.untranslated" : "reimport.missing-translation",
                            copied
                                ? "segment \(segment.id) is still in Indonesian (its target is a copy of its source)"
                                : "segment \(segment.id) has no translation",
                            at: SourceLocation(file: file, line: segment.line, unitID: segment.id),
                            hint: copied
                                ? "translate it; if it is right as it is, confirm it in the CAT tool (state final), or "
                                    + "reimport with --keep-source-for-missing"
                                : "translate it, or reimport with --keep-source-for-missing to keep the Indonesian"))
                }
            }
        }
        return outcome
    }

    /// The error for a target whose inline codes are not its source's (a code deleted, added,
    /// or a pair's end put before its start), naming the first; nil when they are the same.
    static func codeFinding(_ segment: TranslatedSegment, target: String, file: String) -> Diagnostic? {
        func codes(_ text: String) -> [(kind: InlineCode.Kind, id: Int)] {
            guard InlineCodeMarker.hasMarkers(text) else { return [] }
            return text.unicodeScalars.compactMap(InlineCodeMarker.code)
        }
        let sent = codes(segment.source)
        let back = codes(target)
        func name(_ code: (kind: InlineCode.Kind, id: Int)) -> String {
            switch code.kind {
            case .opening: "the start of code \(code.id)"
            case .closing: "the end of code \(code.id)"
            case .standalone: "code \(code.id)"
            }
        }
        func count(_ list: [(kind: InlineCode.Kind, id: Int)]) -> [String: Int] {
            list.reduce(into: [:]) { $0[name($1), default: 0] += 1 }
        }
        let sentCounts = count(sent)
        let backCounts = count(back)
        var problem: String?
        if let missing = sent.first(where: { (backCounts[name($0)] ?? 0) < sentCounts[name($0)]! }) {
            problem = "\(name(missing)) of the source is missing from the translation"
        } else if let extra = back.first(where: { (sentCounts[name($0)] ?? 0) < backCounts[name($0)]! }) {
            problem = "the translation has \(name(extra)), which the source does not have"
        } else {
            var opened: Set<Int> = []
            for code in back {
                if code.kind == .opening { opened.insert(code.id) }
                if code.kind == .closing && !opened.contains(code.id) {
                    problem = "\(name(code)) comes before its start in the translation"
                    break
                }
            }
        }
        guard let problem else { return nil }
        return Diagnostic(
            .error, code: "reimport.inline-code",
            "segment \(segment.id): \(problem) (the page's markup there: a link, bold text, a line break …)",
            at: SourceLocation(file: file, line: segment.line, unitID: segment.id),
            hint: "put the tags back in the CAT tool as they were in the source; --force writes the page without them")
    }

    /// The checksum of a unit's source as Alih computes it at extraction: of its pieces' sources
    /// without the separator after it (`body`, as `split` gives it).
    static func sourceChecksum(of body: [TranslatedPiece], codes: Bool = false) -> String {
        var source = SHA256()
        hashSources(of: body, codes: codes, into: &source)
        return source.finalizeChecksum()
    }

    /// Adds the sources of `body`'s pieces to `hash` (without the code markers, with `codes`).
    /// The pieces are read in place: a piece taken out of the array is a copy of the segment.
    static func hashSources(of body: [TranslatedPiece], codes: Bool, into hash: inout SHA256) {
        for index in body.indices {
            let source = body[index].source
            hash.update(codes ? InlineCodeMarker.plain(source).utf8 : source.utf8)
        }
    }

    /// The error naming a segment that is missing or out of order in a unit whose segments are
    /// numbered as Alih numbers them, or one whose segments are all gone; nil when none is.
    static func segmentFinding(
        _ unit: TranslatedUnit, segments: [TranslatedSegment], sourceChanged: Bool, file: String
    ) -> Diagnostic? {
        let location = SourceLocation(file: file, line: unit.line, unitID: unit.id)
        if segments.isEmpty {
            guard sourceChanged else { return nil }
            return Diagnostic(
                .error, code: "reimport.segment-missing",
                "unit \(unit.id) has no segments left: its segments (trans-units) were deleted", at: location,
                hint: "reimport the complete file the CAT tool exported")
        }
        let numbers = segments.map { BlockIDs.segmentNumber($0.id, in: unit.id) }
        guard !numbers.contains(nil) else { return nil }
        var expected = 1
        for (segment, number) in zip(segments, numbers.map { $0! }) {
            if number < expected {
                return Diagnostic(
                    .error, code: "reimport.segment-order",
                    "segment \(segment.id) comes after \(BlockIDs.segmentID(unit: unit.id, number: expected - 1)) in "
                        + "unit \(unit.id): its segments were reordered",
                    at: SourceLocation(file: file, line: segment.line, unitID: segment.id),
                    hint: "reimport the file as the CAT tool exported it, segments in their order")
            }
            if number > expected {
                let missing = BlockIDs.segmentID(unit: unit.id, number: expected)
                return Diagnostic(
                    .error, code: "reimport.segment-missing",
                    "segment \(missing) is missing from unit \(unit.id), before \(segment.id): "
                        + (sourceChanged
                            ? "it was deleted"
                            : "it was deleted or joined to another (the unit has no checksum to tell)"),
                    at: SourceLocation(file: file, line: segment.line, unitID: segment.id),
                    hint: "reimport the complete file the CAT tool exported")
            }
            expected = number + 1
        }
        if sourceChanged, let sent = unit.sentSegments, sent >= expected {
            let missing = BlockIDs.segmentID(unit: unit.id, number: expected)
            let last = segments.last!
            return Diagnostic(
                .error, code: "reimport.segment-missing",
                "segment \(missing)\(sent > expected ? " (and what followed it)" : "") is missing from the end of unit "
                    + "\(unit.id), after \(last.id): it was deleted (Alih sent \(sent) segments)",
                at: SourceLocation(file: file, line: last.line, unitID: last.id),
                hint: "reimport the complete file the CAT tool exported")
        }
        return nil
    }

    /// Whether `target` is a copy of the segment's source that nobody confirmed, in a segment
    /// that needs translating (it has a lowercase letter: not a number, code or acronym).
    static func isStillSource(_ segment: TranslatedSegment, target: String) -> Bool {
        let sourceBytes = segment.source.utf8.count
        let targetBytes = target.utf8.count
        let copied =
            targetBytes == sourceBytes
            ? sameBytes(target, segment.source)
            : targetBytes > sourceBytes && targetBytes <= sourceBytes + 8
                && sameBytes(target.splitAtWhitespaceEdges().core, segment.source)
        guard copied else { return false }
        if segment.approved || ["final", "reviewed", "signed-off"].contains(segment.state ?? "") { return false }
        return hasLowercaseLetter(segment.source)
    }

    /// Whether two strings have the same UTF-8 bytes (compared at once where both are
    /// contiguous, as strings read from a file are).
    static func sameBytes(_ a: String, _ b: String) -> Bool {
        let compared = a.utf8.withContiguousStorageIfAvailable { x in
            b.utf8.withContiguousStorageIfAvailable { y in
                x.count == y.count && (x.isEmpty || memcmp(x.baseAddress!, y.baseAddress!, x.count) == 0)
            }
        }
        return (compared ?? nil) ?? a.utf8.elementsEqual(b.utf8)
    }

    /// Whether `text` has a lowercase letter: an ASCII one found in its bytes, or else any.
    static func hasLowercaseLetter(_ text: String) -> Bool {
        var ascii = true
        for byte in text.utf8 {
            if byte >= UInt8(ascii: "a") && byte <= UInt8(ascii: "z") { return true }
            if byte >= 0x80 { ascii = false }
        }
        return !ascii && text.unicodeScalars.contains { $0.properties.isLowercase }
    }

    /// Writes a unit's text: targets where there are, sources for boilerplate and missing ones.
    ///
    /// Two sentences the source joined without a space (`… kematian.Masa …`, as text copied
    /// from web pages has them) are two segments with nothing between them; when both are
    /// translated (targets that are not copies of their sources) and the first ends a sentence,
    /// one space is put between the translations if the target language is `spaced`
    /// (`spacesSentences`): the source's flaw is not the translation's. Sources given back as
    /// targets give back the source exactly.
    func render(_ body: [TranslatedPiece], translate: Bool, spaced: Bool = true, into text: inout String) {
        var previousTarget: String? = nil
        for index in body.indices {
            switch body[index] {
            case .ignorable(let source, let target):
                text += target ?? source
                previousTarget = nil
            case .segment(let segment):
                if translate, let target = segment.target, !target.isEmpty {
                    let translated = !Self.sameBytes(target, segment.source)
                    if spaced, translated, let previousTarget, Self.endsSentence(previousTarget),
                        let first = target.unicodeScalars.first, !first.properties.isWhitespace
                    {
                        text += " "
                    }
                    text += target
                    previousTarget = translated ? target : nil
                } else {
                    text += segment.source
                    previousTarget = nil
                }
            }
        }
    }

    /// Whether `text` ends a sentence: a final `.`, `!`, `?` or `…`, perhaps followed by
    /// closing quotes and brackets.
    static func endsSentence(_ text: String) -> Bool {
        for scalar in text.unicodeScalars.reversed() {
            switch scalar {
            case ".", "!", "?", "…": return true
            case "\"", "'", "\u{201D}", "\u{2019}", ")", "]", "\u{BB}": continue
            default: return false
            }
        }
        return false
    }

    /// Whether a language puts a space between sentences (not Chinese, Japanese, Thai, Lao,
    /// Khmer or Burmese), by its BCP 47 tag's language.
    static func spacesSentences(_ language: String) -> Bool {
        let primary = language.split(separator: "-").first.map { $0.lowercased() } ?? ""
        return !["zh", "ja", "th", "lo", "km", "my"].contains(primary)
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
