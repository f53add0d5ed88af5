import AlihCore
import AlihStages

/// Computes a `CoverageReport` article by article: each processed document is added, its
/// figures are made at once, and it can then be released — what is kept is compact (each
/// article's figures as ids and counts, the total's distinct runs of content words, names and
/// entry uses, and the segments candidates' examples come from), so memory does not hold every
/// document and the work grows linearly with the input.
///
/// **An article's figures depend on that article only**: a phrase is one of its candidates
/// when it occurs at least `minimumPhraseCount` times in the article, whatever else is in the
/// batch. **The total** judges phrases by their count over all articles, so a phrase seen once
/// in each of several articles is a candidate of the total but of none of them, and the total's
/// missing places are not the sum of the articles'.
///
/// An article's part (`prepare`) needs nothing of the others and can run on any thread
/// (`CoverageRun` prepares articles on the cores); adding it (`add(_:)`) is done in order.
package struct CoverageAnalysis: Sendable {
    /// One article's figures and the candidate places reported in it (for the HTML view).
    package struct Article: Sendable {
        package var coverage: CoverageReport.Coverage
        /// Names, acronyms and the reported phrases not inside a longer reported one, in text order.
        package var candidates: [TermCandidateFinder.Occurrence]
    }

    package let glossary: Glossary
    package let finder: TermCandidateFinder
    package let minimumPhraseCount: Int

    private var results: CoverageResults
    /// The one article's candidates and missing places while there is one (the total's then).
    private var onlyArticle: (candidates: [CoverageResults.Candidate], missing: Int)?
    private var totalUses = GlossaryUseTally()
    private var totalCandidates = CandidateTally()
    private var used: [Bool]
    /// Where each article's JSON object is written as it is added, instead of its figures being
    /// kept (nil: kept). Only the JSON report can be written from it (text and HTML reports want
    /// the figures); `report()` reads it back.
    var spill: TemporaryByteFile?
    /// The first article as it is written out, while it is the only one and not written yet.
    private var firstArticle: PreparedArticle?

    package init(glossary: Glossary, finder: TermCandidateFinder, minimumPhraseCount: Int = 2) {
        self.glossary = glossary
        self.finder = finder
        self.minimumPhraseCount = minimumPhraseCount
        used = Array(repeating: false, count: glossary.entries.count)
        results = CoverageResults(glossary: glossary, minimumPhraseCount: minimumPhraseCount)
    }

    /// Adds `document` (processed with the glossary) and returns its figures.
    package mutating func add(_ document: Document) throws -> Article {
        let prepared = try prepare(document, places: true)
        return article(adding: prepared)
    }

    /// Adds `document` with its candidates already found (`finder.scan(document)`).
    package mutating func add(_ document: Document, scan: CandidateScan) -> Article {
        var prepared = prepare(document, counts: counts(of: scan, in: document), uses: Self.uses(of: document))
        prepared.places = places(scan, reported: prepared)
        return article(adding: prepared)
    }

    /// Adds an article prepared with its places and returns its figures.
    mutating func article(adding prepared: PreparedArticle) -> Article {
        let places = prepared.places ?? []
        add(prepared)
        let ids = prepared.listed.flatMap { [$0.text, $0.key] }
        let strings = Dictionary(
            zip(ids, finder.vocabulary.strings(ids)), uniquingKeysWith: { first, _ in first })
        return Article(
            coverage: results.article(results.articles.count - 1) { strings[$0]! }, candidates: places)
    }

    /// The report over every document added so far.
    package mutating func report() throws -> CoverageReport { try finish().readBack { $0.report() } }

    /// Sub-phrase look-ups made for the total so far (for tests: linear in the phrases).
    var subphraseLookups: Int { totalCandidates.subphraseLookups }

    // MARK: - Articles

    /// What adding one article needs: its figures, its counts for the total, the segments its
    /// examples come from; made without the other articles.
    struct PreparedArticle: Sendable {
        var source: String
        var segments: Int
        var segmentsWithTerms: Int
        var termOccurrences: Int
        var missingOccurrences: Int
        var uses: GlossaryUseTally
        var entries: [CoverageResults.Use]
        var forms: [CoverageReport.Form]
        var segmentIDs: [String]
        var candidates: CandidateTally
        var listed: [CoverageResults.Candidate]
        var examples: ExampleSegments
        var usedEntries: [Int]
        /// The candidate places, when asked for (HTML).
        var places: [TermCandidateFinder.Occurrence]?
        /// Where its JSON object was written in the spill, when it was.
        var spilled: Range<Int>? = nil
    }

    /// One article's part of the analysis, on any thread; `places` also finds where each
    /// reported candidate occurs (for the HTML view). The document is taken over: its segments
    /// are released before the examples' text is copied out of it.
    func prepare(_ document: consuming Document, places: Bool) throws -> PreparedArticle {
        let (counts, uses) = try countsAndUses(document)
        guard places else {
            var prepared = prepare(consume document, counts: counts, uses: uses)
            // An article of a few candidates is written out on its worker's thread; a large one
            // is written (streamed) when it is added, and the first only once a second comes.
            if let spill, prepared.listed.count < CoverageJSONWriter.streamedCandidates {
                prepared.spilled = write(prepared, to: spill)
            }
            return prepared
        }
        let scan = try finder.scan(document)
        var prepared = prepare(consume document, counts: counts, uses: uses)
        prepared.places = self.places(scan, reported: prepared)
        return prepared
    }

    /// The document's candidates counted, then its entry uses tallied (with the entries used in
    /// any block).
    ///
    /// A large document's candidates are counted in chunks on the cores (an article's in one,
    /// on the caller's thread), which costs some instructions and memory (each thread's scanner
    /// learns the forms) and more than repays them on the cores an article's count leaves idle.
    /// The count's scratch (the names to settle) is released before the tally is made.
    private func countsAndUses(_ document: Document) throws -> (CandidateCounts, (GlossaryUseTally, [Int])) {
        let counts = try finder.counts(document)
        return (counts, Self.uses(of: document))
    }

    /// The entry uses of `document`'s translatable segments, and the entries used in any block.
    private static func uses(of document: Document) -> (GlossaryUseTally, [Int]) {
        var uses = GlossaryUseTally()
        uses.add(document)
        var usedEntries = Set<Int>()
        for block in document.blocks {
            for segment in block.segments { for term in segment.terms { usedEntries.insert(term.entryIndex) } }
        }
        return (uses, usedEntries.sorted())
    }

    private func prepare(
        _ document: consuming Document, counts: CandidateCounts, uses: (tally: GlossaryUseTally, used: [Int])
    ) -> PreparedArticle {
        let (uses, usedEntries) = uses
        // The segments where a run or name first occurs: the examples are among them.
        var hosts = [Bool](repeating: false, count: uses.segments)
        for place in counts.runFirsts { hosts[Int(place.segment)] = true }
        for name in counts.names { hosts[Int(name.first.segment)] = true }
        var hostSegments: [(index: Int32, id: String, bytes: Range<Int>)] = []
        var number: Int32 = 0
        for block in document.blocks where block.isTranslatable {
            for segment in block.segments {
                if hosts[Int(number)] {
                    hostSegments.append((number, segment.id, document.text.utf8Offsets(of: segment.range)))
                }
                number += 1
            }
        }
        let source = document.sourceName
        document.blocks = []
        var examples = ExampleSegments(reservingBytes: hostSegments.reduce(0) { $0 + $1.bytes.count })
        var exampleOf: [Int32: Int32] = [:]
        document.text.withContiguousUTF8 { text in
            for host in hostSegments {
                exampleOf[host.index] = examples.append(
                    article: 0, id: host.id, utf8: UnsafeBufferPointer(rebasing: text[host.bytes]))
            }
        }
        document.text = ""
        hostSegments = []
        var candidates = CandidateTally()
        candidates.add(counts, article: 0) { exampleOf[$0]! }
        var listing = candidates
        let (listed, missing) = listing.candidates(
            minimumCount: minimumPhraseCount, maxLength: finder.maxPhraseLength, vocabulary: finder.vocabulary,
            likeness: finder.termLikeness)
        var entries: [CoverageResults.Use] = []
        var forms: [CoverageReport.Form] = []
        var segmentIDs: [String] = []
        for use in uses.ranked() {
            let formsStart = Int32(forms.count)
            forms += CoverageReport.Form.ranked(use.forms)
            let segmentsStart = Int32(segmentIDs.count)
            segmentIDs += use.segments.map(\.id)
            entries.append(
                CoverageResults.Use(
                    count: use.count, entryIndex: Int32(use.entryIndex),
                    tiers: (Int32(use.tiers[0]), Int32(use.tiers[1]), Int32(use.tiers[2])),
                    forms: formsStart..<Int32(forms.count), segments: segmentsStart..<Int32(segmentIDs.count)))
        }
        return PreparedArticle(
            source: source, segments: uses.segments, segmentsWithTerms: uses.segmentsWithTerms,
            termOccurrences: uses.termOccurrences, missingOccurrences: missing, uses: uses, entries: entries,
            forms: forms, segmentIDs: segmentIDs, candidates: candidates,
            listed: CandidateTally.compact(listed, finder.vocabulary), examples: examples,
            usedEntries: usedEntries, places: nil)
    }

    /// Adds an article prepared by `prepare`, after those added before it.
    mutating func add(_ prepared: PreparedArticle) {
        let number = Int32(results.articles.count)
        if number == 1, let first = firstArticle, let spill {
            // The first article is written out now that it is not the only one.
            if let spilled = write(first, to: spill) {
                results.articles[0].spilled = spilled
                results.articles[0].entries = 0..<0
                results.articles[0].candidates = 0..<0
                (results.uses, results.forms, results.segmentIDs, results.candidates) = ([], [], [], [])
            }
            firstArticle = nil
        }
        var spilled = prepared.spilled
        if spilled == nil, number > 0, let spill {
            spilled = write(prepared, to: spill)
        }
        // The article's segments are kept as examples where one of its candidates, or a run or
        // name of the total, first occurs: no other can be an example (later articles come after).
        // A spilled article's candidates are written already (the first article's, which are the
        // total's while it is the only one, are first places of the total's runs and names).
        var examples = prepared.examples
        var kept = totalCandidates.add(
            prepared.candidates, article: number, exampleBase: Int32(results.examples.count), examples: examples.count)
        if spilled == nil {
            for candidate in prepared.listed { kept[Int(candidate.example)] = true }
        }
        examples.keepText(of: kept)
        // Their text is read again only for the few reported: it waits on disk with the articles.
        if let spill { examples.writeText(to: spill) }
        let exampleBase = results.examples.append(examples, article: number)
        totalUses.add(prepared.uses, number: number, source: prepared.source)
        for entry in prepared.usedEntries { used[entry] = true }
        let formBase = Int32(results.forms.count)
        let segmentBase = Int32(results.segmentIDs.count)
        let entriesStart = results.uses.count
        let candidatesStart = results.candidates.count
        if number == 0 {
            onlyArticle = (prepared.listed, prepared.missingOccurrences)
        } else {
            onlyArticle = nil
        }
        if spilled != nil {
            // Only its figures are kept.
        } else if number == 0 {
            // The first article's arrays are taken as they are (shared, not copied).
            results.uses = prepared.entries
            results.forms = prepared.forms
            results.segmentIDs = prepared.segmentIDs
            results.candidates = prepared.listed
            if spill != nil {
                // What writing it out needs (not its tallies: the total's share their arrays).
                var first = prepared
                first.examples = examples
                (first.candidates, first.uses) = (CandidateTally(), GlossaryUseTally())
                firstArticle = first
            }
        } else {
            for var use in prepared.entries {
                use.forms = (use.forms.lowerBound + formBase)..<(use.forms.upperBound + formBase)
                use.segments = (use.segments.lowerBound + segmentBase)..<(use.segments.upperBound + segmentBase)
                results.uses.append(use)
            }
            results.forms += prepared.forms
            results.segmentIDs += prepared.segmentIDs
            for var candidate in prepared.listed {
                candidate.example += exampleBase
                results.candidates.append(candidate)
            }
        }
        results.articles.append(
            CoverageResults.Article(
                source: prepared.source, segments: prepared.segments, segmentsWithTerms: prepared.segmentsWithTerms,
                termOccurrences: prepared.termOccurrences, missingOccurrences: prepared.missingOccurrences,
                entries: entriesStart..<results.uses.count, candidates: candidatesStart..<results.candidates.count,
                candidateCount: prepared.listed.count, spilled: spilled))
    }

    /// Writes the JSON object of a prepared article to `spill`, as the report writes an article;
    /// where it is there, nil when it could not be written.
    private func write(_ prepared: PreparedArticle, to spill: TemporaryByteFile) -> Range<Int>? {
        // The article alone, its candidates' strings numbered among its own.
        var article = CoverageResults(glossary: glossary, minimumPhraseCount: minimumPhraseCount)
        var local: [Int32: Int32] = [:]
        var ids: [Int32] = []
        func localID(_ id: Int32) -> Int32 {
            if let known = local[id] { return known }
            local[id] = Int32(ids.count)
            ids.append(id)
            return Int32(ids.count - 1)
        }
        article.candidates = prepared.listed.map { candidate in
            var renumbered = candidate
            renumbered.text = localID(candidate.text)
            renumbered.key = localID(candidate.key)
            return renumbered
        }
        article.strings = finder.vocabulary.strings(ids)
        article.uses = prepared.entries
        article.forms = prepared.forms
        article.segmentIDs = prepared.segmentIDs
        article.examples = prepared.examples
        article.articles = [
            CoverageResults.Article(
                source: prepared.source, segments: prepared.segments, segmentsWithTerms: prepared.segmentsWithTerms,
                termOccurrences: prepared.termOccurrences, missingOccurrences: prepared.missingOccurrences,
                entries: 0..<prepared.entries.count, candidates: 0..<prepared.listed.count,
                candidateCount: prepared.listed.count)
        ]
        return spill.append { piece in
            var out = JSONBytes()
            article.writeArticle(0, into: &out, level: 2) { out in
                guard out.bytes.count >= CoverageJSONWriter.streamedBytes else { return }
                piece(out.bytes)
                out.bytes.removeAll(keepingCapacity: true)
            }
            piece(out.bytes)
        }
    }

    /// The results over every document added so far.
    mutating func finish() -> CoverageResults {
        // Over one article the total's candidates are the article's (the same counts, the same
        // first places).
        let (candidates, missing) = onlyArticle ?? totalCandidateList()
        var finished = results
        finished.strings = finder.vocabulary.strings()
        finished.spill = spill
        finished.total = CoverageResults.Total(
            segments: totalUses.segments, segmentsWithTerms: totalUses.segmentsWithTerms,
            termOccurrences: totalUses.termOccurrences, missingOccurrences: missing, uses: totalUses.ranked(),
            candidates: candidates)
        finished.unusedEntries = glossary.entries.indices.filter { !used[$0] }
            .map { CoverageReport.UnusedEntry(id: glossary.entries[$0].id, source: glossary.entries[$0].source) }
        return finished
    }

    private mutating func totalCandidateList() -> (candidates: [CoverageResults.Candidate], missing: Int) {
        let (listed, missing) = totalCandidates.candidates(
            minimumCount: minimumPhraseCount, maxLength: finder.maxPhraseLength, vocabulary: finder.vocabulary,
            likeness: finder.termLikeness)
        return (CandidateTally.compact(listed, finder.vocabulary), missing)
    }

    // MARK: - Scans given

    /// The counts of a scan made elsewhere.
    private func counts(of scan: CandidateScan, in document: Document) -> CandidateCounts {
        let vocabulary = finder.vocabulary
        var segmentNumbers: [String: Int32] = [:]
        var number: Int32 = 0
        for block in document.blocks where block.isTranslatable {
            for segment in block.segments {
                if segmentNumbers[segment.id] == nil { segmentNumbers[segment.id] = number }
                number += 1
            }
        }
        let text = document.text
        var counts = CandidateCounts()
        for run in scan.runs {
            let forms = vocabulary.ids(run.words.map { String(text[$0]) })
            let lemmas = vocabulary.ids(run.lemmas)
            let words = run.words.indices.map { i in
                RunWord(
                    form: forms[i],
                    lemma: CandidateVocabulary.token(
                        lemma: lemmas[i], general: finder.termLikeness.isGeneralWord(lemma: run.lemmas[i])),
                    start: text.utf8Offsets(of: run.words[i]).lowerBound,
                    end: text.utf8Offsets(of: run.words[i]).upperBound)
            }
            words.withUnsafeBufferPointer { counts.add(run: $0, segment: segmentNumbers[run.segmentID] ?? 0) }
        }
        for name in scan.names {
            counts.add(
                name: NameGroup(
                    kind: name.kind, key: vocabulary.id(name.key), count: 1, range: text.utf8Offsets(of: name.range),
                    segment: segmentNumbers[name.segmentID] ?? 0))
        }
        return counts
    }

    /// Where the candidates an article reports occur: its names, and in its runs the outermost
    /// reported phrases.
    private func places(_ scan: CandidateScan, reported prepared: PreparedArticle) -> [TermCandidateFinder.Occurrence] {
        var article = prepared.candidates
        let reported = article.reportedPhrases(minimumCount: minimumPhraseCount, maxLength: finder.maxPhraseLength)
        let vocabulary = finder.vocabulary
        var places = scan.names
        for run in scan.runs {
            let lemmas = vocabulary.ids(run.lemmas).enumerated().map { i, id in
                CandidateVocabulary.token(lemma: id, general: finder.termLikeness.isGeneralWord(lemma: run.lemmas[i]))
            }
            for (span, _) in CandidateTally.outermost(
                lemmas[...], maxLength: finder.maxPhraseLength, reported: reported)
            {
                places.append(
                    TermCandidateFinder.Occurrence(
                        kind: .phrase, key: run.lemmas[span].joined(separator: " "),
                        range: run.words[span.lowerBound].lowerBound..<run.words[span.upperBound - 1].upperBound,
                        segmentID: run.segmentID))
            }
        }
        places.sort { $0.range.lowerBound < $1.range.lowerBound }
        return places
    }

    // MARK: - Figures

    static func segmentCoverage(_ withTerms: Int, of segments: Int) -> Double {
        segments == 0 ? 1 : round(Double(withTerms) / Double(segments))
    }

    static func coverage(_ terms: Int, missing: Int) -> Double {
        terms + missing == 0 ? 1 : round(Double(terms) / Double(terms + missing))
    }

    static func round(_ value: Double, places: Int = 4) -> Double {
        let scale = places == 4 ? 10_000.0 : 100.0
        return (value * scale).rounded() / scale
    }
}

extension CoverageAnalysis {
    /// Analyses `documents` in order: the report and each article's figures and places.
    package static func analyse(
        _ documents: [Document], glossary: Glossary, finder: TermCandidateFinder, minimumPhraseCount: Int = 2
    ) throws -> (report: CoverageReport, articles: [Article]) {
        var analysis = CoverageAnalysis(glossary: glossary, finder: finder, minimumPhraseCount: minimumPhraseCount)
        let articles = try documents.map { try analysis.add($0) }
        return (try analysis.report(), articles)
    }
}
