import AlihCore

/// Scans segments for candidate places on one thread (`TermCandidateFinder` lends one per
/// chunk of segments): what `TermCandidateFinder` finds, worked out per word *form*, not per
/// word.
///
/// It keeps what it learnt of every word form it met in a table keyed by the form's bytes
/// (its ids, case, lemma, whether it is a stop word), so a word seen before costs a hash of its
/// bytes; a name is known by its words' form ids. A segment is read once: a sentence's first word is the one place
/// where the whole document matters (a capitalised ordinary word opening a sentence is a name
/// only when the document also writes it capitalised inside a sentence), so what depends on it
/// is kept aside (`ChunkScan.pendingNames`, `pendingRuns`) and settled once the document is read.
final class CandidateScanner: @unchecked Sendable {
    let lemmatizer: IndonesianLemmatizer
    let likeness: TermLikeness
    // One thread at a time uses a scanner, so its state needs no run-time exclusivity checks.
    @exclusivity(unchecked) private var tokenizer: WordTokenizer
    @exclusivity(unchecked) private var forms = WordFormTable()
    @exclusivity(unchecked) private var infos: [FormInfo] = []
    @exclusivity(unchecked) private var nameForms: [Int32] = []
    @exclusivity(unchecked) private var words: [Word] = []
    @exclusivity(unchecked) private var covered: [Bool] = []
    @exclusivity(unchecked) private var run: [RunWord] = []
    /// Numbers the chunks scanned, so that a form is put in a chunk's sets once.
    private var epoch: UInt32 = 0

    init(lemmatizer: IndonesianLemmatizer, likeness: TermLikeness) throws {
        self.lemmatizer = lemmatizer
        self.likeness = likeness
        tokenizer = try WordTokenizer()
    }

    /// What is known of a word form.
    private struct FormInfo {
        var form: Int32
        var folded: Int32
        /// The lemma token (`CandidateVocabulary.token`) when the form can be part of a phrase
        /// (a content word of three or more letters, not an abbreviation; a capitalised one only
        /// opening a sentence), else -1.
        var lemma: Int32
        var capitalised: Bool
        var startsLowercase: Bool
        var acronym: Bool
        /// The lowercase form is a stop word.
        var stop: Bool
        /// `IndonesianLemmatizer.isOrdinaryWord`, asked when first needed (-1: not yet).
        var ordinary: Int8 = -1
        var lowercaseEpoch: UInt32 = 0
        var knownNameEpoch: UInt32 = 0
    }

    /// The recently met forms of up to 16 bytes, by a hash of their bytes: most words of a
    /// text are a few thousand frequent forms, found here without a look-up in the (much larger)
    /// table of every form.
    @exclusivity(unchecked) private var recent = [RecentForm](repeating: RecentForm(), count: 4096)

    private struct RecentForm {
        var low: UInt64 = 0
        var high: UInt64 = 0
        /// -1 for an empty slot.
        var length: Int32 = -1
        var info: Int32 = 0
    }

    /// The index in `infos` of the form `bytes`, worked out the first time.
    @inline(__always)
    private func info(of bytes: UnsafeBufferPointer<UInt8>, vocabulary: CandidateVocabulary) -> Int32 {
        let length = Int32(bytes.count)
        var slot = -1
        if length <= 16 {
            let (low, high) = WordFormTable.pack(bytes)
            slot = WordFormTable.hash(low, high, length) & (recent.count - 1)
            let entry = recent[slot]
            if entry.length == length && entry.low == low && entry.high == high { return entry.info }
        }
        let info: Int32
        if let known = forms.value(for: bytes) {
            info = known
        } else {
            info = Int32(infos.count)
            infos.append(makeInfo(bytes, vocabulary: vocabulary))
            forms.insert(bytes, value: info)
        }
        if slot >= 0 {
            let (low, high) = WordFormTable.pack(bytes)
            recent[slot] = RecentForm(low: low, high: high, length: length, info: info)
        }
        return info
    }

    private struct Word {
        var start: Int
        var end: Int
        var info: Int32
    }

    /// Forms kept at most; then the scanner starts afresh (an archive's vocabulary stays below).
    static let formLimit = 1 << 20

    // MARK: - Segments

    /// Scans `segments` (translatable segments of the document whose UTF-8 is `text`, numbered
    /// from `firstIndex`) into `chunk`, handing each run of content words to `sink`.
    func scan<Sink: CandidateSink>(
        _ segments: ArraySlice<TermCandidateFinder.SegmentAt>, firstIndex: Int, of document: Document,
        text: UnsafeBufferPointer<UInt8>,
        vocabulary: CandidateVocabulary, into chunk: inout ChunkScan, sink: inout Sink
    ) throws {
        if forms.count > Self.formLimit {
            forms = WordFormTable()
            infos.removeAll()
            recent = [RecentForm](repeating: RecentForm(), count: recent.count)
        }
        epoch &+= 1
        if epoch == 0 {
            for i in infos.indices { (infos[i].lowercaseEpoch, infos[i].knownNameEpoch) = (0, 0) }
            epoch = 1
        }
        var terms: [Range<Int>] = []
        for (offset, at) in segments.enumerated() {
            let segment = document.blocks[Int(at.block)].segments[Int(at.segment)]
            let range = document.text.utf8Offsets(of: segment.range)
            terms.removeAll(keepingCapacity: true)
            for term in segment.terms { terms.append(document.text.utf8Offsets(of: term.range)) }
            try scan(
                range, terms: terms, index: Int32(firstIndex + offset), document: document, text: text,
                vocabulary: vocabulary, into: &chunk, sink: &sink)
        }
    }

    private func scan<Sink: CandidateSink>(
        _ range: Range<Int>, terms: [Range<Int>], index: Int32, document: Document, text: UnsafeBufferPointer<UInt8>,
        vocabulary: CandidateVocabulary, into chunk: inout ChunkScan, sink: inout Sink
    ) throws {
        words.removeAll(keepingCapacity: true)
        let base = range.lowerBound
        try tokenizer.forEachWord(utf8: UnsafeBufferPointer(rebasing: text[range])) { word in
            let form = UnsafeBufferPointer(rebasing: text[(base + word.lowerBound)..<(base + word.upperBound)])
            let info = self.info(of: form, vocabulary: vocabulary)
            words.append(Word(start: base + word.lowerBound, end: base + word.upperBound, info: info))
        }
        let count = words.count
        guard count > 0 else { return }
        // Words written with a capital inside sentences are names, also where they open one;
        // the lowercase forms tell ordinary words written capitalised from names.
        var capitalisedWords = 0
        for i in 0..<count {
            let at = Int(words[i].info)
            if infos[at].capitalised {
                capitalisedWords += 1
                if i > 0 && infos[at].knownNameEpoch != epoch {
                    infos[at].knownNameEpoch = epoch
                    chunk.knownNames.insert(infos[at].folded)
                }
            }
            if infos[at].startsLowercase && infos[at].lowercaseEpoch != epoch {
                infos[at].lowercaseEpoch = epoch
                chunk.lowercaseForms.insert(infos[at].form)
            }
        }
        covered.removeAll(keepingCapacity: true)
        for word in words {
            covered.append(terms.contains { $0.lowerBound < word.end && word.start < $0.upperBound })
        }
        // Headlines and other title-case lines: every word is capitalised.
        if !(count >= 4 && capitalisedWords * 10 >= count * 7) {
            names(
                count, index: index, document: document, text: text, vocabulary: vocabulary, into: &chunk, sink: &sink)
        }
        runs(count, index: index, text: text, vocabulary: vocabulary, into: &chunk, sink: &sink)
    }

    private func singleSpace(_ text: UnsafeBufferPointer<UInt8>, _ before: Int, _ after: Int) -> Bool {
        words[after].start - words[before].end == 1 && text[words[before].end] == 0x20
    }

    /// Runs of capitalised words inside the segment (see `TermCandidateFinder`).
    private func names<Sink: CandidateSink>(
        _ count: Int, index: Int32, document: Document, text: UnsafeBufferPointer<UInt8>,
        vocabulary: CandidateVocabulary, into chunk: inout ChunkScan, sink: inout Sink
    ) {
        var i = 0
        while i < count {
            let at = Int(words[i].info)
            guard infos[at].capitalised, !covered[i] else {
                i += 1
                continue
            }
            // A run continues over capitalised words separated by a single space only.
            var end = i + 1
            while end < count, infos[Int(words[end].info)].capitalised, !covered[end], singleSpace(text, end - 1, end) {
                end += 1
            }
            var start = i
            if i == 0 {
                // An ordinary word opening the sentence ("Menurut Kremlin"), or a dateline ("MOSKOW -").
                if isDateline(after: words[0].end, document: document, text: text) || infos[at].stop {
                    start += 1
                } else if isOrdinary(form: at, vocabulary) && !chunk.knownNames.contains(infos[at].folded) {
                    // A name only if the document writes it capitalised inside a sentence too
                    // (settled now when this part of it already does).
                    let forms = chunk.pendingNameForms.count
                    for word in words[0..<end] { chunk.pendingNameForms.append(infos[Int(word.info)].form) }
                    chunk.pendingNames.append(
                        ChunkScan.PendingName(
                            folded: infos[at].folded, segment: index, range: words[0].start..<words[end - 1].end,
                            rest: end > 1 ? words[1].start : nil, forms: forms..<chunk.pendingNameForms.count,
                            firstKind: end == 1 && infos[at].acronym ? .acronym : .name,
                            restKind: end == 2 && infos[Int(words[1].info)].acronym ? .acronym : .name))
                    i = end
                    continue
                }
            } else if end - i == 1 && infos[at].stop {
                start += 1
            }
            if start < end {
                let kind: TermCandidateFinder.Occurrence.Kind =
                    end - start == 1 && infos[Int(words[start].info)].acronym ? .acronym : .name
                nameForms.removeAll(keepingCapacity: true)
                for word in words[start..<end] { nameForms.append(infos[Int(word.info)].form) }
                nameForms.withUnsafeBufferPointer { forms in
                    sink.add(
                        name: kind, forms: forms, count: 1, range: words[start].start..<words[end - 1].end,
                        segment: index)
                }
            }
            i = end
        }
    }

    /// Maximal runs of usable content words, over single spaces only.
    private func runs<Sink: CandidateSink>(
        _ count: Int, index: Int32, text: UnsafeBufferPointer<UInt8>, vocabulary: CandidateVocabulary,
        into chunk: inout ChunkScan, sink: inout Sink
    ) {
        run.removeAll(keepingCapacity: true)
        var runStart = 0
        var pendingFirst: RunWord?
        func flush() {
            if let first = pendingFirst, runStart == 1, singleSpace(text, 0, 1) {
                // The run the opening word may join: kept aside with it.
                let start = chunk.pendingWords.count
                chunk.pendingWords.append(contentsOf: run)
                chunk.pendingRuns.append(
                    ChunkScan.PendingRun(
                        folded: infos[Int(words[0].info)].folded, segment: index, first: first,
                        joined: start..<chunk.pendingWords.count))
                pendingFirst = nil
            } else {
                run.withUnsafeBufferPointer { sink.add($0, segment: index) }
            }
            run.removeAll(keepingCapacity: true)
        }
        for i in 0..<count {
            if !run.isEmpty && !singleSpace(text, i - 1, i) { flush() }
            let at = Int(words[i].info)
            var usable = !covered[i] && infos[at].lemma != -1
            if usable && infos[at].capitalised {
                // Capitalised words are names, except an ordinary word opening a sentence: which
                // depends on the document (see `ChunkScan.PendingRun`).
                if i == 0 && isOrdinary(form: at, vocabulary) && !chunk.knownNames.contains(infos[at].folded) {
                    if infos[at].lemma == Self.lemmaNotYetKnown {
                        infos[at].lemma = lemmaToken(folded: infos[at].folded, vocabulary)
                    }
                    if infos[at].lemma >= 0 {
                        pendingFirst = RunWord(
                            form: infos[at].form, lemma: infos[at].lemma, start: words[0].start, end: words[0].end)
                    }
                }
                usable = false
            }
            if usable {
                if run.isEmpty { runStart = i }
                run.append(
                    RunWord(form: infos[at].form, lemma: infos[at].lemma, start: words[i].start, end: words[i].end))
            } else if !run.isEmpty {
                flush()
            }
        }
        if !run.isEmpty { flush() }
        if let first = pendingFirst {
            chunk.pendingRuns.append(
                ChunkScan.PendingRun(
                    folded: infos[Int(words[0].info)].folded, segment: index, first: first,
                    joined: chunk.pendingWords.count..<chunk.pendingWords.count))
        }
    }

    /// Whether the text after a sentence's first word is a dateline's dash (` - `, ` – `).
    private func isDateline(after end: Int, document: Document, text: UnsafeBufferPointer<UInt8>) -> Bool {
        let hyphen: [UInt8] = [0x20, 0x2D, 0x20]
        let dash: [UInt8] = [0x20, 0xE2, 0x80, 0x93, 0x20]
        func at(_ bytes: [UInt8]) -> Bool {
            end + bytes.count <= text.count && bytes.indices.allSatisfy { text[end + $0] == bytes[$0] }
        }
        guard at(hyphen) || at(dash) else { return false }
        // The bytes agree; the Characters decide (a combining mark after the space is another one).
        let rest = document.text[document.text.utf8Index(at: end)...]
        return rest.hasPrefix(" - ") || rest.hasPrefix(" – ")
    }

    private func isOrdinary(form at: Int, _ vocabulary: CandidateVocabulary) -> Bool {
        if infos[at].ordinary < 0 {
            infos[at].ordinary = isOrdinary(folded: infos[at].folded, vocabulary) ? 1 : 0
        }
        return infos[at].ordinary == 1
    }

    // MARK: - Names of a document

    /// A document's names once it is read (those `sink` took, grouped by name or place by
    /// place): a leading known name split off a longer run, and what is never a candidate left
    /// out (see `TermCandidateFinder`); each handed to `body` with its text's id.
    /// `lowercaseForms` are the document's (`ChunkScan`).
    func finish<Sink: CandidateSink>(
        names sink: Sink, lowercaseForms: Set<Int32>, text: UnsafeBufferPointer<UInt8>,
        vocabulary: CandidateVocabulary, includeKnownNames: Bool, _ body: (NameGroup) -> Void
    ) {
        // One-word names (a word's text is its form's).
        var singles = Set<Int32>()
        sink.forEachName { kind, forms, _, _, _ in
            if kind == .name && forms.count == 1 { singles.insert(forms.first!) }
        }
        func keep(_ kind: TermCandidateFinder.Occurrence.Kind, _ forms: ArraySlice<Int32>, _ group: NameGroup) {
            var kept = group
            if forms.count == 1 {
                kept.key = forms.first!
                guard !isNeverATerm(kept.key, vocabulary) else { return }
                if kind == .name
                    && isDropped(
                        kept.key, lowercaseForms: lowercaseForms, vocabulary: vocabulary,
                        includeKnownNames: includeKnownNames)
                {
                    return
                }
            } else {
                let key = String(decoding: UnsafeBufferPointer(rebasing: text[group.range]), as: UTF8.self)
                guard !TermCandidateFinder.isNeverATerm(key) else { return }
                kept.key = vocabulary.id(key)
            }
            body(kept)
        }
        sink.forEachName { kind, forms, count, range, segment in
            let group = NameGroup(kind: kind, key: -1, count: count, range: range, segment: segment)
            guard kind == .name, forms.count > 1 else {
                keep(kind, forms, group)
                return
            }
            // *Menteri Armenia Nikol Pashinyan*, *Kremlin Dmitry Peskov*: when *Armenia* and
            // *Kremlin* stand alone in the document too, the person is *Nikol Pashinyan*. The
            // words of a name are separated by single spaces.
            var rest = forms
            var start = range.lowerBound
            while rest.count > 1, singles.contains(rest.first!),
                rest.count > 2 || !singles.contains(rest[rest.startIndex + 1])
            {
                let space = text[start..<range.upperBound].firstIndex(of: 0x20)!
                var head = group
                head.range = start..<space
                keep(.name, rest.prefix(1), head)
                rest = rest.dropFirst()
                start = space + 1
            }
            var piece = group
            piece.range = start..<range.upperBound
            keep(.name, rest, piece)
        }
    }

    /// Whether a one-word name (its text's id) is never a candidate: a single letter, an
    /// abbreviation, a Roman numeral, an amount (worked out once for all scanners).
    private func isNeverATerm(_ name: Int32, _ vocabulary: CandidateVocabulary) -> Bool {
        vocabulary.fact(.neverATerm, of: name) { TermCandidateFinder.isNeverATerm(vocabulary.string(name)) ? 1 : 0 }
            == 1
    }

    /// Whether a one-word name (its text's id) is left out: an ordinary word the document also
    /// writes in lowercase (*Kucing* beside *kucing*), or a well-known name (unless asked for).
    private func isDropped(
        _ name: Int32, lowercaseForms: Set<Int32>, vocabulary: CandidateVocabulary, includeKnownNames: Bool
    ) -> Bool {
        let lowered = vocabulary.fact(.lowercase, of: name) { vocabulary.id(vocabulary.string(name).lowercased()) }
        if lowercaseForms.contains(lowered) && isOrdinary(folded: lowered, vocabulary) { return true }
        guard !includeKnownNames else { return false }
        return vocabulary.fact(.wellKnown, of: name) {
            likeness.isWellKnownName(
                vocabulary.string(name), isOrdinary: { isOrdinary(folded: lowered, vocabulary) },
                lemma: { vocabulary.string(analysis(folded: lowered, vocabulary).lemma) }) ? 1 : 0
        } == 1
    }

    /// The lemma's id of the lowercase word `folded` and whether the lexicon confirms it, worked
    /// out once for all scanners.
    private func analysis(folded: Int32, _ vocabulary: CandidateVocabulary) -> (lemma: Int32, confirmed: Bool) {
        let value = vocabulary.fact(.analysis, of: folded) {
            let word = vocabulary.string(folded)
            // A word the lexicon lists as it is (no hyphen, three letters or more) is its own
            // confirmed lemma: what the analysis finds first, without making its alternative.
            if !word.utf8.contains(UInt8(ascii: "-")), word.characterCount >= 3,
                IndonesianLemmatizer.isAlphabeticOrHyphen(word), lemmatizer.isRoot(word)
            {
                return folded * 2 + 1
            }
            let analysis = lemmatizer.uncachedAnalysis(lowercased: word)
            return vocabulary.id(analysis.lemma) * 2 + (analysis.confirmed ? 1 : 0)
        }
        return (value >> 1, value & 1 == 1)
    }

    /// `FormInfo.lemma` of a form that can be part of a phrase but whose lemma is not known yet.
    private static let lemmaNotYetKnown: Int32 = -2

    /// The lemma token of the lowercase word `folded`, or -1 when its lemma is a stop word,
    /// worked out once for all scanners.
    private func lemmaToken(folded: Int32, _ vocabulary: CandidateVocabulary) -> Int32 {
        let token = vocabulary.fact(.lemma, of: folded) {
            let lemma = analysis(folded: folded, vocabulary).lemma
            let found = vocabulary.string(lemma)
            guard !IndonesianStopWords.words.contains(found) else { return -2 }
            return CandidateVocabulary.token(lemma: lemma, general: likeness.isGeneralWord(lemma: found))
        }
        return token >= 0 ? token : -1
    }

    /// `IndonesianLemmatizer.isOrdinaryWord` of the lowercase word `folded`, worked out once for
    /// all scanners.
    private func isOrdinary(folded: Int32, _ vocabulary: CandidateVocabulary) -> Bool {
        vocabulary.fact(.ordinary, of: folded) {
            let word = vocabulary.string(folded)
            guard !lemmatizer.isProperNoun(word) else { return 0 }
            let (lemma, confirmed) = analysis(folded: folded, vocabulary)
            return confirmed && !lemmatizer.isProperNoun(vocabulary.string(lemma)) ? 1 : 0
        } == 1
    }

    // MARK: - Word forms

    private func makeInfo(_ bytes: UnsafeBufferPointer<UInt8>, vocabulary: CandidateVocabulary) -> FormInfo {
        vocabulary.countFormWorkedOut()
        let surface = String(decoding: bytes, as: UTF8.self)
        let word = surface[...]
        let folded: String
        if bytes.allSatisfy({ $0 < 0x80 }) {
            // ASCII: lowercased as `String.lowercased()` would, without its general path.
            folded =
                bytes.contains(where: { $0 &- 0x41 < 26 })
                ? String(decoding: bytes.map { $0 &- 0x41 < 26 ? $0 | 0x20 : $0 }, as: UTF8.self) : surface
        } else {
            folded = surface.lowercased()
        }
        let capitalised = TermCandidateFinder.isCapitalised(word)
        let stop = IndonesianStopWords.words.contains(folded)
        let ids =
            folded == surface ? Array(repeating: vocabulary.id(surface), count: 2) : vocabulary.ids([surface, folded])
        var lemma: Int32 = -1
        if folded.characterCount >= 3, TermCandidateFinder.isLettersAndHyphens(folded), !stop,
            !TermCandidateFinder.abbreviations.contains(surface)
        {
            // A capitalised word's lemma is worked out when it opens a segment (it is a name elsewhere).
            lemma = capitalised ? Self.lemmaNotYetKnown : lemmaToken(folded: ids[1], vocabulary)
        }
        return FormInfo(
            form: ids[0], folded: ids[1], lemma: lemma,
            capitalised: capitalised, startsLowercase: TermCandidateFinder.startsLowercase(word),
            acronym: capitalised && TermCandidateFinder.isAcronym(word), stop: stop)
    }
}
