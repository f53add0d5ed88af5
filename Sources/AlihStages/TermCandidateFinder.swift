import AlihCore
import Synchronization

/// Finds words and phrases of a segmented, glossary-matched document that look like terms
/// the glossary is missing.
///
/// Three kinds, all outside the glossary's own matches:
/// - **names**: runs of capitalised words inside a sentence (*Dmitry Peskov*, *Zvartnots*,
///   *Organisasi Perjanjian Keamanan Kolektif*); a sentence's first word counts only when the
///   next one continues the run. Title-case lines (headlines) are skipped.
/// - **acronyms**: words of two or more capital letters (*AFP*, *ICC*).
/// - **phrases**: sequences of 1–3 lowercase content words (no function word from
///   `IndonesianStopWords`, no number), keyed by their lemmas so that inflected forms count
///   together. The finder returns the maximal runs of such words (`PhraseRun`); which of their
///   phrases are frequent enough to report is decided by the caller.
///
/// A phrase never spans punctuation (*harga, beras* is two words, not a phrase). Abbreviations
/// the segmenter knows (*Bpk.*, *Kec.*, *S.H.*, *dll.*), single letters (initials), Roman
/// numerals and amounts (*Rp5,2*) are never candidates, nor is a capitalised ordinary word the
/// article also writes in lowercase (*Kucing* beside *kucing*); well-known single-word names
/// (`TermLikeness.isWellKnownName`: *Indonesia*, *China*) are left out unless `includeKnownNames`.
package struct TermCandidateFinder: Sendable {
    package let lemmatizer: IndonesianLemmatizer
    package let maxPhraseLength: Int
    /// What judges candidates against general Indonesian.
    package let termLikeness: TermLikeness
    /// Report well-known names too.
    package let includeKnownNames: Bool

    /// The ids of the strings candidates are counted by, and the scanners that know the text's
    /// word forms (shared by copies of the finder).
    package let vocabulary = CandidateVocabulary()

    package init(lemmatizer: IndonesianLemmatizer, maxPhraseLength: Int = 3, includeKnownNames: Bool = false) {
        self.lemmatizer = lemmatizer
        self.maxPhraseLength = maxPhraseLength
        self.termLikeness = TermLikeness(lemmatizer: lemmatizer)
        self.includeKnownNames = includeKnownNames
    }

    /// A place where a candidate occurs.
    package struct Occurrence: Sendable, Equatable {
        package typealias Kind = TermCandidateKind

        package var kind: Kind
        /// What counts as the same candidate: the text for names and acronyms, the lemmas
        /// joined by spaces for phrases.
        package var key: String
        package var range: Range<String.Index>
        package var segmentID: String

        package init(kind: Kind, key: String, range: Range<String.Index>, segmentID: String) {
            self.kind = kind
            self.key = key
            self.range = range
            self.segmentID = segmentID
        }
    }

    /// Segments per chunk at least: an article (under a thousand segments) is scanned on one
    /// thread; a large document in chunks small enough that the cores finish together (with
    /// 2,000, a 1 MB text was three chunks on two cores, the last read by one core alone).
    static let segmentsPerChunk = 500

    /// Chunks per worker at most: a text's new words cost most, and they are not spread evenly,
    /// so small chunks keep the last thread from finishing long after the others.
    static let chunksPerWorker = 16

    /// The names, acronyms and content-word runs of every translatable segment of `document`,
    /// each place as it occurs.
    package func scan(_ document: Document) throws -> CandidateScan {
        try scan(document, segmentsPerChunk: Self.segmentsPerChunk)
    }

    /// `scan`, with the segments in chunks of `segmentsPerChunk` at least (for tests: the scan
    /// is the same whatever the chunks).
    package func scan(_ document: Document, segmentsPerChunk: Int) throws -> CandidateScan {
        let segments = Self.translatableSegments(of: document)
        let text = document.text
        let (names, found) = try read(document, segmentsPerChunk: segmentsPerChunk, into: PlaceList.self)
        let strings = vocabulary.strings()
        func index(_ offset: Int) -> String.Index { text.utf8Index(at: offset) }
        func segmentID(_ number: Int32) -> String {
            let at = segments[Int(number)]
            return document.blocks[Int(at.block)].segments[Int(at.segment)].id
        }
        return CandidateScan(
            names: names.sorted { $0.range.lowerBound < $1.range.lowerBound }.map { name in
                Occurrence(
                    kind: name.kind, key: strings[Int(name.key)],
                    range: index(name.range.lowerBound)..<index(name.range.upperBound),
                    segmentID: segmentID(name.segment))
            },
            runs: found.runs.sorted { $0.words[0].start < $1.words[0].start }.map { run in
                PhraseRun(
                    segmentID: segmentID(run.segment), words: run.words.map { index($0.start)..<index($0.end) },
                    lemmas: run.words.map { strings[Int(CandidateVocabulary.lemma(ofToken: $0.lemma))] })
            })
    }

    /// The candidates of `document` counted: distinct runs and names with their counts and first
    /// places, the ids those are given kept by `vocabulary` (what `scan` finds, without a record
    /// of every place).
    package func counts(_ document: Document) throws -> CandidateCounts {
        try counts(document, segmentsPerChunk: Self.segmentsPerChunk)
    }

    /// `counts`, with the segments in chunks of `segmentsPerChunk` at least.
    package func counts(_ document: Document, segmentsPerChunk: Int) throws -> CandidateCounts {
        var (names, sink) = try read(document, segmentsPerChunk: segmentsPerChunk, into: CountingSink.self)
        names.sort { $0.range.lowerBound < $1.range.lowerBound }
        for name in names { sink.counts.add(name: name) }
        return sink.counts
    }

    /// A translatable segment: its block's and its own index.
    struct SegmentAt: Sendable {
        var block: Int32
        var segment: Int32
    }

    /// Where the translatable segments of `document` are, in order.
    static func translatableSegments(of document: Document) -> [SegmentAt] {
        var found: [SegmentAt] = []
        for (b, block) in document.blocks.enumerated() where block.isTranslatable {
            for s in block.segments.indices { found.append(SegmentAt(block: Int32(b), segment: Int32(s))) }
        }
        return found
    }

    /// Reads the translatable segments of `document`: a large document's in chunks on the cores,
    /// each thread's findings handed to a sink of its own (what is found does not depend on the
    /// order chunks are read in: counts add up, first places are the earliest, places are put in
    /// order at the end), the sinks joined; then what depends on the whole document is settled.
    /// Returns the document's names and the sink.
    private func read<Sink: CandidateSink>(_ document: Document, segmentsPerChunk: Int, into _: Sink.Type) throws
        -> (names: [NameGroup], sink: Sink)
    {
        let segments = Self.translatableSegments(of: document)
        // One part per thread at a time: a chunk takes a free part, adds to it and puts it back.
        // A document read in one chunk is read and settled with one scanner.
        let parts = Mutex<[SendableChunk<Sink>]>([])
        let chunks = try ParallelChunks.map(
            count: segments.count, minimumChunk: segmentsPerChunk, chunksPerWorker: Self.chunksPerWorker
        ) {
            range throws -> Settled<Sink>? in
            var part = parts.withLock { $0.popLast() } ?? SendableChunk(scan: ChunkScan(), sink: Sink())
            let settled = try vocabulary.withScanner(for: self) { scanner in
                try document.text.withContiguousUTF8 { text -> Settled<Sink>? in
                    try scanner.scan(
                        segments[range], firstIndex: range.lowerBound, of: document, text: text,
                        vocabulary: vocabulary, into: &part.scan, sink: &part.sink)
                    guard range.count == segments.count else { return nil }
                    return Settled(settle(part.scan, part.sink, scanner, text))
                }
            }
            parts.withLock { $0.append(part) }
            return settled
        }
        if chunks.count == 1, let settled = chunks[0] { return settled.value }
        var found = parts.withLock { parts in
            defer { parts = [] }
            return parts
        }
        let first = found.popLast() ?? SendableChunk(scan: ChunkScan(), sink: Sink())
        var whole = first.scan
        var sink = first.sink
        while let part = found.popLast() {
            whole.append(part.scan)
            sink.join(part.sink)
        }
        return try vocabulary.withScanner(for: self) { scanner in
            document.text.withContiguousUTF8 { text in settle(whole, sink, scanner, text) }
        }
    }

    /// What depends on the whole document, settled once it is read (`whole`, its chunks
    /// joined): the runs and names that open segments, then the names.
    private func settle<Sink: CandidateSink>(
        _ whole: ChunkScan, _ sink: Sink, _ scanner: CandidateScanner, _ text: UnsafeBufferPointer<UInt8>
    ) -> (names: [NameGroup], sink: Sink) {
        var sink = sink
        whole.settleRuns(into: &sink)
        whole.settleNames(into: &sink)
        var settled: [NameGroup] = []
        scanner.finish(
            names: sink, lowercaseForms: whole.lowercaseForms, text: text, vocabulary: vocabulary,
            includeKnownNames: includeKnownNames
        ) { settled.append($0) }
        sink.forgetNames()
        return (settled, sink)
    }

    /// A document's names and sink, handed from the thread that settled them to the caller's.
    private struct Settled<Sink>: @unchecked Sendable {
        var value: (names: [NameGroup], sink: Sink)
        init(_ value: (names: [NameGroup], sink: Sink)) { self.value = value }
    }

    /// A chunk's findings, handed from its thread to the caller's.
    private struct SendableChunk<Sink>: @unchecked Sendable {
        var scan: ChunkScan
        var sink: Sink
    }

    /// Runs counted as they come; names grouped by kind and words.
    private struct CountingSink: CandidateSink {
        var counts = CandidateCounts()
        /// Keys: the kind's ordinal, then the words' form ids.
        private var names = SequenceTable()
        private var nameCounts: [Int] = []
        private var nameFirsts: [Range<Int>] = []
        private var nameSegments: [Int32] = []

        mutating func add(_ run: UnsafeBufferPointer<RunWord>, segment: Int32) {
            counts.add(run: run, segment: segment)
        }

        mutating func add(
            name kind: Occurrence.Kind, forms: UnsafeBufferPointer<Int32>, count: Int, range: Range<Int>,
            segment: Int32
        ) {
            withUnsafeTemporaryAllocation(of: Int32.self, capacity: forms.count + 1) { key in
                key[0] = Int32(kind.ordinal)
                for (i, form) in forms.enumerated() { key[i + 1] = form }
                let (index, inserted) = names.insert(UnsafeBufferPointer(key))
                if inserted {
                    nameCounts.append(count)
                    nameFirsts.append(range)
                    nameSegments.append(segment)
                } else {
                    nameCounts[index] += count
                    if range.lowerBound < nameFirsts[index].lowerBound {
                        (nameFirsts[index], nameSegments[index]) = (range, segment)
                    }
                }
            }
        }

        mutating func join(_ other: CountingSink) {
            counts.merge(other.counts)
            other.forEachName { kind, forms, count, range, segment in
                forms.withUnsafeBufferPointer {
                    add(name: kind, forms: $0, count: count, range: range, segment: segment)
                }
            }
        }

        func forEachName(_ body: (Occurrence.Kind, ArraySlice<Int32>, Int, Range<Int>, Int32) -> Void) {
            for index in 0..<names.count {
                let key = names.key(index)
                body(
                    Occurrence.Kind.allCases.first { $0.ordinal == Int(key.first!) }!, key.dropFirst(),
                    nameCounts[index], nameFirsts[index], nameSegments[index])
            }
        }

        mutating func forgetNames() {
            names = SequenceTable()
            (nameCounts, nameFirsts, nameSegments) = ([], [], [])
        }
    }

    /// Every place kept as it comes.
    private struct PlaceList: CandidateSink {
        var runs: [(segment: Int32, words: [RunWord])] = []
        var names: [(kind: Occurrence.Kind, forms: [Int32], range: Range<Int>, segment: Int32)] = []

        mutating func add(_ run: UnsafeBufferPointer<RunWord>, segment: Int32) { runs.append((segment, Array(run))) }

        mutating func add(
            name kind: Occurrence.Kind, forms: UnsafeBufferPointer<Int32>, count: Int, range: Range<Int>,
            segment: Int32
        ) {
            names.append((kind, Array(forms), range, segment))
        }

        mutating func join(_ other: PlaceList) {
            runs += other.runs
            names += other.names
        }

        func forEachName(_ body: (Occurrence.Kind, ArraySlice<Int32>, Int, Range<Int>, Int32) -> Void) {
            for name in names { body(name.kind, name.forms[...], 1, name.range, name.segment) }
        }

        mutating func forgetNames() { names = [] }
    }

    /// Abbreviations written without their final dot (`Bpk`, `S.H`, `dll`).
    static let abbreviations: Set<String> = Set(
        (IndonesianAbbreviations.nonTerminal + IndonesianAbbreviations.beforeNumber + IndonesianAbbreviations.listEnding)
            .map { $0.hasSuffix(".") ? String($0.dropLast()) : $0 })

    /// Single letters, Roman numerals up to XXXIX, abbreviations and amounts.
    static func isNeverATerm(_ name: String) -> Bool {
        if name.count == 1 || abbreviations.contains(name) { return true }
        if name.count <= 6, name.allSatisfy({ "IVX".contains($0) }) { return true }
        if name.hasPrefix("Rp"), name.dropFirst(2).first?.isNumber == true { return true }
        return false
    }

    /// Whether the word's first Character is lowercase: decided on the bytes when it is an ASCII
    /// letter not followed by a combining mark (anything else asks the Character).
    static func startsLowercase(_ word: Substring) -> Bool {
        let utf8 = word.utf8
        if let first = utf8.first, first < 0x80 {
            let second = utf8.dropFirst().first
            if second == nil || second! < 0x80 { return (0x61...0x7A).contains(first) }
        }
        return word.first?.isLowercase == true
    }

    /// Whether every Character of `word` is a letter or a hyphen (on the bytes for ASCII).
    static func isLettersAndHyphens(_ word: String) -> Bool {
        if word.utf8.allSatisfy({ $0 < 0x80 }) {
            return word.utf8.allSatisfy { (0x61...0x7A).contains($0 | 0x20) || $0 == UInt8(ascii: "-") }
        }
        return word.allSatisfy { $0.isLetter || $0 == "-" }
    }

    /// Whether the word's first scalar is uppercase (on the byte for ASCII).
    static func isCapitalised(_ word: Substring) -> Bool {
        guard let first = word.unicodeScalars.first else { return false }
        // An ASCII scalar is uppercase when it is A–Z (no property look-up needed).
        if first.isASCII { return (0x41...0x5A).contains(first.value) }
        return first.properties.isUppercase
    }

    /// Two or more letters, all capitals, with digits and hyphens (*AFP*, *COVID-19*).
    static func isAcronym(_ word: Substring) -> Bool {
        if word.utf8.allSatisfy({ $0 < 0x80 }) {
            // ASCII: letters are A–Z and a–z, numbers 0–9 (what the properties say of them).
            var capitals = 0
            for byte in word.utf8 {
                if (0x41...0x5A).contains(byte) {
                    capitals += 1
                } else if !((0x30...0x39).contains(byte) || byte == UInt8(ascii: "-")) {
                    return false
                }
            }
            return capitals >= 2
        }
        let letters = word.unicodeScalars.filter { $0.properties.isAlphabetic }
        return letters.count >= 2 && letters.allSatisfy { $0.properties.isUppercase }
            && word.unicodeScalars.allSatisfy {
                $0.properties.isAlphabetic || $0.properties.numericType != nil || $0 == "-"
            }
    }
}
