import AlihCore
import AlihStages

/// Runs the QA checks over every translatable segment of a translated file.
///
/// Glossary terms are found in each source with the same matcher `alih extract` uses, so the
/// terminology check sees inflected forms. Untranslated segments get only the `untranslated`
/// finding; the other checks look at segments that have a target.
package struct QualityChecker: Sendable {
    package var checks: [any SegmentCheck]
    package let matcher: GlossaryMatcher?

    /// The default checks (`state` only with `requireFinal`), minus `disabled` ids.
    package init(
        matcher: GlossaryMatcher? = nil, requireFinal: Bool = false, disabled: Set<String> = [],
        extra: [any SegmentCheck] = []
    ) {
        var checks: [any SegmentCheck] =
            [
                UntranslatedCheck(), IdenticalCheck(), TerminologyCheck(), NumbersCheck(), TagsCheck(),
                WhitespaceCheck(),
                PunctuationCheck(), LengthCheck(),
            ] + extra
        if requireFinal { checks.append(StateCheck()) }
        self.checks = checks.filter { !disabled.contains($0.id) }
        self.matcher = matcher
    }

    /// Ids of the checks that run.
    package var ids: [String] { checks.map(\.id) }

    /// The findings for every translatable segment, in document order. A large document is
    /// checked on all cores, in runs of segments whose findings are joined in order.
    package func check(_ document: TranslatedDocument) throws -> [QAFinding] {
        try check(document, workers: ParallelChunks.defaultWorkers)
    }

    /// Segments below which a run is not worth a thread of its own.
    static let segmentsPerChunk = 2_000

    func check(_ document: TranslatedDocument, workers: Int, segmentsPerChunk: Int = Self.segmentsPerChunk) throws
        -> [QAFinding]
    {
        let locale = document.sourceLanguage.isEmpty ? "id" : document.sourceLanguage
        _ = try WordTokenizer(locale: locale)  // a locale ICU cannot break fails here, with a glossary or without
        // Where each segment is: the unit's index in the document and the piece's in the unit.
        // (Read in place, by index: iterated, each unit and piece would be copied.)
        var places: [(unit: Int, piece: Int)] = []
        let units = document.units
        for u in units.indices where units[u].translate {
            for p in units[u].pieces.indices {
                if case .segment = units[u].pieces[p] { places.append((u, p)) }
            }
        }
        // An untranslated segment gets only the `untranslated` check.
        let untranslatedChecks = checks.filter { $0.id == "untranslated" }
        let runs = try ParallelChunks.map(count: places.count, minimumChunk: segmentsPerChunk, workers: workers) {
            [places, untranslatedChecks] range throws -> [QAFinding] in
            // The glossary's terms are found by a scanner of the matcher's pool, which keeps what
            // it learns of each word form from one segment to the next.
            func findings(
                scanner: TermScanner?, checks: UnsafeBufferPointer<any SegmentCheck>,
                untranslatedChecks: UnsafeBufferPointer<any SegmentCheck>
            ) throws -> [QAFinding] {
                var findings: [QAFinding] = []
                guard let first = places[range].first else { return findings }
                // Room for the findings a run usually has (one or two a segment): grown from
                // empty, the array was copied and its new pages touched at each doubling.
                findings.reserveCapacity(2 * range.count)
                // One context for the run, its unit changed when the segments' unit does: made per
                // segment, it copied the document and the unit each time, and the cores contend
                // for the reference counts they share.
                var context = CheckContext(document: document, unit: document.units[first.unit])
                var contextUnit = first.unit
                for (unitIndex, pieceIndex) in places[range] {
                    if unitIndex != contextUnit {
                        context.unit = document.units[unitIndex]
                        contextUnit = unitIndex
                    }
                    guard case .segment(let segment) = document.units[unitIndex].pieces[pieceIndex] else { continue }
                    if let scanner {
                        context.terms = try scanner.matches(in: segment.source[...]).map { match in
                            (
                                match, scanner.matcher.glossary.entries[match.entryIndex],
                                String(segment.source[match.range])
                            )
                        }
                    }
                    let untranslated = (segment.target ?? "").isBlank
                    let run = untranslated ? untranslatedChecks : checks
                    for k in run.indices {
                        let found = run[k].check(segment, in: context)
                        if !found.isEmpty { findings += found }
                    }
                }
                return findings
            }
            // The checks are called in place: iterated, each was copied out of its array and
            // destroyed again, per segment.
            func findings(scanner: TermScanner?) throws -> [QAFinding] {
                try checks.withUnsafeBufferPointer { checks in
                    try untranslatedChecks.withUnsafeBufferPointer { untranslatedChecks in
                        try findings(scanner: scanner, checks: checks, untranslatedChecks: untranslatedChecks)
                    }
                }
            }
            if let matcher { return try matcher.withScanner { try findings(scanner: $0) } }
            return try findings(scanner: nil)
        }
        return Self.joined(runs)
    }

    /// The runs' findings in one array, moved rather than copied: a copy retains a finding's
    /// strings (which the segments share) and freeing the runs releases them again, all on the
    /// calling thread. Each moved-out place is filled with a finding of literals, which costs
    /// nothing to free with its run, and each run is freed as soon as it is moved: the joined
    /// array's pages are touched as it fills, so the findings are held about once, not twice.
    static func joined(_ runs: consuming [[QAFinding]]) -> [QAFinding] {
        if runs.count == 1 { return runs[0] }
        let total = runs.reduce(0) { $0 + $1.count }
        let filler = QAFinding(check: "", severity: .warning, message: "", segmentID: "")
        return [QAFinding](unsafeUninitializedCapacity: total) { buffer, initialized in
            for index in runs.indices {
                runs[index].withUnsafeMutableBufferPointer { run in
                    guard let start = run.baseAddress, !run.isEmpty else { return }
                    (buffer.baseAddress! + initialized).moveInitialize(from: start, count: run.count)
                    start.initialize(repeating: filler, count: run.count)
                    initialized += run.count
                }
                runs[index] = []
            }
        }
    }
}
