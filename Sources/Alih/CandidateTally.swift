import AlihCore
import AlihStages

/// The candidate side of a coverage figure — one article's, or all articles' together —
/// accumulated from each article's counts (`CandidateCounts`) without keeping the articles:
/// distinct runs of content words by their forms' ids, names and acronyms by their text's id,
/// each with its count and first place.
///
/// Which phrases are reported is decided at the end (`candidates`): those occurring at least
/// `minimumCount` times, less a phrase inside a longer reported one that occurs exactly as
/// often (*sistem* inside *sistem imun* when it never occurs alone). A phrase's sub-phrases are
/// looked up directly, so the cost grows with the number of phrases, not with its square. Where
/// reported phrases overlap in a run, only the outermost are counted (`outermost`).
struct CandidateTally: Sendable {
    /// Where a run or name first occurred: its article (in the order added), its byte offset
    /// there, and the segment it is in (`ExampleSegments`).
    struct First: Sendable {
        var article: Int32
        var offset: Int
        var example: Int32

        func precedes(_ other: First) -> Bool { (article, offset) < (other.article, other.offset) }
    }

    struct NameCount: Sendable {
        var kind: TermCandidateFinder.Occurrence.Kind
        var key: Int32
        var count: Int
        var first: First
    }

    /// A candidate to report, with its first place.
    struct Listed {
        var kind: TermCandidateFinder.Occurrence.Kind
        var text: String
        var key: String
        var count: Int
        var score: Double
        var first: First
        /// The `CandidateVocabulary` ids of `text` and `key` when they are known (-1 when not).
        var ids: (text: Int32, key: Int32) = (-1, -1)
    }

    private var runs = SequenceTable()
    /// The runs' lemma tokens, laid out as `runs.elements`.
    private var lemmas: [Int32] = []
    private var runCounts: [Int] = []
    private var runFirsts: [First] = []
    private var names: [NameCount] = []
    private var nameIndex: [Int64: Int] = [:]
    /// Sub-phrase look-ups made by `candidates` (for tests: linear in the phrases).
    private(set) var subphraseLookups = 0

    /// Adds one article's counts as article `article`, the segment of each first place mapped
    /// to its example by `example`.
    mutating func add(_ counts: CandidateCounts, article: Int32, example: (Int32) -> Int32) {
        if runs.count == 0 && names.isEmpty {
            // The first counts added are taken as they are (their arrays shared, not copied).
            runs = counts.runs
            lemmas = counts.lemmas
            runCounts = counts.runCounts
            runFirsts = counts.runFirsts.map {
                First(article: article, offset: $0.offset, example: example($0.segment))
            }
            for name in counts.names {
                addName(
                    NameCount(
                        kind: name.kind, key: name.key, count: name.count,
                        first: First(article: article, offset: name.first.offset, example: example(name.first.segment)))
                )
            }
            return
        }
        for index in 0..<counts.runs.count {
            let place = counts.runFirsts[index]
            let (start, length) = counts.runs.span(index)
            addRun(
                counts.runs.key(index), lemmas: counts.lemmas[start..<(start + length)], count: counts.runCounts[index],
                first: First(article: article, offset: place.offset, example: example(place.segment)))
        }
        for name in counts.names {
            addName(
                NameCount(
                    kind: name.kind, key: name.key, count: name.count,
                    first: First(article: article, offset: name.first.offset, example: example(name.first.segment))))
        }
    }

    /// Adds another tally (an article's own) as article `article`, its examples numbered from
    /// `exampleBase`; returns, by the other tally's example numbers, whether a run or name of
    /// this tally now first occurs there (those places are the only ones of the other tally
    /// this one will give as examples).
    @discardableResult
    mutating func add(_ other: CandidateTally, article: Int32, exampleBase: Int32, examples: Int) -> [Bool] {
        var firstPlaces = [Bool](repeating: false, count: examples)
        func moved(_ first: First) -> First {
            First(article: article, offset: first.offset, example: first.example + exampleBase)
        }
        if runs.count == 0 && names.isEmpty {
            // The first tally added is taken as it is (its arrays shared, not copied).
            let lookups = subphraseLookups
            self = other
            subphraseLookups = lookups
            for i in runFirsts.indices {
                firstPlaces[Int(runFirsts[i].example)] = true
                runFirsts[i] = moved(runFirsts[i])
            }
            for i in names.indices {
                firstPlaces[Int(names[i].first.example)] = true
                names[i].first = moved(names[i].first)
            }
            return firstPlaces
        }
        for index in 0..<other.runs.count {
            let (start, length) = other.runs.span(index)
            let first = other.runFirsts[index]
            if addRun(
                other.runs.key(index), lemmas: other.lemmas[start..<(start + length)], count: other.runCounts[index],
                first: moved(first))
            {
                firstPlaces[Int(first.example)] = true
            }
        }
        for var name in other.names {
            let example = name.first.example
            name.first = moved(name.first)
            if addName(name) { firstPlaces[Int(example)] = true }
        }
        return firstPlaces
    }

    /// Adds a run's count; true when `first` is now its first place.
    @discardableResult
    private mutating func addRun(
        _ forms: ArraySlice<Int32>, lemmas runLemmas: ArraySlice<Int32>, count: Int, first: First
    ) -> Bool {
        let (index, inserted) = runs.insert(forms)
        if inserted {
            lemmas.append(contentsOf: runLemmas)
            runCounts.append(count)
            runFirsts.append(first)
            return true
        }
        runCounts[index] += count
        guard first.precedes(runFirsts[index]) else { return false }
        runFirsts[index] = first
        return true
    }

    /// Adds a name's count; true when `name.first` is now its first place.
    @discardableResult
    private mutating func addName(_ name: NameCount) -> Bool {
        let id = Int64(name.kind.ordinal) << 32 | Int64(UInt32(bitPattern: name.key))
        guard let index = nameIndex[id] else {
            nameIndex[id] = names.count
            names.append(name)
            return true
        }
        names[index].count += name.count
        guard name.first.precedes(names[index].first) else { return false }
        names[index].first = name.first
        return true
    }

    /// The phrases to report, as entries of `phrases` (every phrase of 1 to `maxLength` words of
    /// the runs, by lemma tokens) with their counts: at least `minimumCount` occurrences, not a
    /// single word of general vocabulary, and not inside a longer reported phrase with the same
    /// count.
    mutating func reportedPhrases(minimumCount: Int, maxLength: Int) -> ReportedPhrases {
        var phrases = SequenceTable(capacity: runs.count * 2)
        var counts: [Int] = []
        lemmas.withUnsafeBufferPointer { lemmas in
            for run in 0..<runs.count {
                let (start, length) = runs.span(run)
                for from in 0..<length {
                    for to in from..<min(length, from + maxLength) {
                        let (index, inserted) = phrases.insert(
                            UnsafeBufferPointer(rebasing: lemmas[(start + from)...(start + to)]))
                        if inserted { counts.append(runCounts[run]) } else { counts[index] += runCounts[run] }
                    }
                }
            }
        }
        var reported = [Bool](repeating: false, count: phrases.count)
        for index in 0..<phrases.count where counts[index] >= minimumCount {
            let phrase = phrases.key(index)
            reported[index] = !(phrase.count == 1 && CandidateVocabulary.isGeneral(token: phrase.first!))
        }
        var subsumed = [Bool](repeating: false, count: phrases.count)
        for index in 0..<phrases.count where reported[index] {
            let phrase = phrases.key(index)
            guard phrase.count > 1 else { continue }
            for length in 1..<phrase.count {
                for start in 0...(phrase.count - length) {
                    subphraseLookups += 1
                    let from = phrase.startIndex + start
                    if let part = phrases.find(phrase[from..<(from + length)]), counts[part] == counts[index] {
                        subsumed[part] = true
                    }
                }
            }
        }
        for index in reported.indices where subsumed[index] { reported[index] = false }
        return ReportedPhrases(phrases: phrases, reported: reported)
    }

    /// The phrases a tally reports (`reportedPhrases`).
    struct ReportedPhrases {
        var phrases: SequenceTable
        var reported: [Bool]

        /// The reported phrase `lemmas` is, if it is one.
        func find(_ lemmas: ArraySlice<Int32>) -> Int? {
            guard let index = phrases.find(lemmas), reported[index] else { return nil }
            return index
        }
    }

    /// The word spans of `lemmas` to count: reported phrases not inside a longer reported one
    /// that starts earlier or at the same word (taken left to right, longest first), with each
    /// span's phrase.
    static func outermost(_ lemmas: ArraySlice<Int32>, maxLength: Int, reported: ReportedPhrases) -> [(
        span: Range<Int>, phrase: Int
    )] {
        var kept: [(span: Range<Int>, phrase: Int)] = []
        let base = lemmas.startIndex
        for start in 0..<lemmas.count {
            for end in (start..<min(lemmas.count, start + maxLength)).reversed() {
                if let last = kept.last, last.span.lowerBound <= start, last.span.upperBound >= end + 1 { continue }
                if let phrase = reported.find(lemmas[(base + start)...(base + end)]) {
                    kept.append((start..<(end + 1), phrase))
                }
            }
        }
        return kept
    }

    /// The candidates to report, highest score first (`TermLikeness.score`, rounded to two
    /// places), and how many places they cover.
    mutating func candidates(
        minimumCount: Int, maxLength: Int, vocabulary: CandidateVocabulary, likeness: TermLikeness
    ) -> (candidates: [Listed], places: Int) {
        let reported = reportedPhrases(minimumCount: minimumCount, maxLength: maxLength)
        var places = 0
        // Each reported phrase counted: its count, first place and forms (a run and where in
        // it), its first form kept with it and the others in `moreForms`, each naming the next.
        struct Form {
            var run: Int32
            var start: Int32
            var count: Int
            /// The phrase's next form in `moreForms`, or -1.
            var next: Int32 = -1
        }
        struct Phrase {
            var phrase: Int
            var count: Int
            var first: First
            var form: Form
            /// The phrase's second form in `moreForms`, or -1; and its last.
            var more: Int32 = -1
            var last: Int32 = -1
        }
        var phrases: [Phrase] = []
        var moreForms: [Form] = []
        /// The phrase's forms, in the order they came.
        func forEachForm(of phrase: Phrase, _ body: (Form) -> Void) {
            body(phrase.form)
            var next = phrase.more
            while next >= 0 {
                body(moreForms[Int(next)])
                next = moreForms[Int(next)].next
            }
        }
        var phraseOf = [Int32](repeating: -1, count: reported.phrases.count)
        for run in 0..<runs.count {
            let (start, length) = runs.span(run)
            let forms = runs.key(run)
            for (span, phrase) in Self.outermost(
                lemmas[start..<(start + length)], maxLength: maxLength, reported: reported)
            {
                let count = runCounts[run]
                places += count
                let index = Int(phraseOf[phrase])
                let form = Form(run: Int32(run), start: Int32(span.lowerBound), count: count)
                guard index >= 0 else {
                    phraseOf[phrase] = Int32(phrases.count)
                    phrases.append(Phrase(phrase: phrase, count: count, first: runFirsts[run], form: form))
                    continue
                }
                phrases[index].count += count
                let words = forms[(forms.startIndex + span.lowerBound)..<(forms.startIndex + span.upperBound)]
                func isSame(_ other: Form) -> Bool {
                    let otherForms = runs.key(Int(other.run))
                    return otherForms[(otherForms.startIndex + Int(other.start))...].prefix(span.count)
                        .elementsEqual(words)
                }
                if isSame(phrases[index].form) {
                    phrases[index].form.count += count
                } else {
                    var next = phrases[index].more
                    while next >= 0 && !isSame(moreForms[Int(next)]) { next = moreForms[Int(next)].next }
                    if next >= 0 {
                        moreForms[Int(next)].count += count
                    } else {
                        moreForms.append(form)
                        let added = Int32(moreForms.count - 1)
                        if phrases[index].more < 0 {
                            phrases[index].more = added
                        } else {
                            moreForms[Int(phrases[index].last)].next = added
                        }
                        phrases[index].last = added
                    }
                }
                if runFirsts[run].precedes(phrases[index].first) { phrases[index].first = runFirsts[run] }
            }
        }
        // The strings, under the vocabulary's lock once.
        var ids: [Int32] = names.map(\.key)
        for phrase in phrases {
            ids += reported.phrases.key(phrase.phrase).map(CandidateVocabulary.lemma(ofToken:))
            let length = reported.phrases.span(phrase.phrase).count
            forEachForm(of: phrase) { form in
                let forms = runs.key(Int(form.run))
                let from = forms.startIndex + Int(form.start)
                ids += forms[from..<(from + length)]
            }
        }
        let strings = vocabulary.strings(ids)
        var next = 0
        func take(_ count: Int) -> ArraySlice<String> {
            defer { next += count }
            return strings[next..<(next + count)]
        }
        var listed: [Listed] = []
        listed.reserveCapacity(names.count + phrases.count)
        for name in names {
            places += name.count
            let text = take(1).first!
            listed.append(
                Listed(
                    kind: name.kind, text: text, key: text, count: name.count,
                    score: score(name.count, Self.lowercaseWords(text), likeness), first: name.first,
                    ids: (name.key, name.key)))
        }
        for phrase in phrases {
            let length = reported.phrases.span(phrase.phrase).count
            let words = Array(take(length))
            let key = words.joined(separator: " ")
            let text: String
            if phrase.more < 0 {
                text = take(length).joined(separator: " ")
            } else {
                var forms: [String: Int] = [:]
                forEachForm(of: phrase) { form in forms[take(length).joined(separator: " "), default: 0] += form.count }
                text = CoverageReport.Form.ranked(forms).first?.text ?? key
            }
            // A one-word phrase's key is its lemma, and with one form its text is that form.
            var ids: (text: Int32, key: Int32) = (-1, -1)
            if length == 1 {
                ids.key = CandidateVocabulary.lemma(ofToken: reported.phrases.key(phrase.phrase).first!)
                if phrase.more < 0 {
                    ids.text = runs.key(Int(phrase.form.run)).dropFirst(Int(phrase.form.start)).first!
                }
            }
            listed.append(
                Listed(
                    kind: .phrase, text: text, key: key, count: phrase.count,
                    score: score(phrase.count, words, likeness), first: phrase.first, ids: ids))
        }
        return (Self.ranked(consume listed), places)
    }

    /// `listed` as the results keep candidates, their strings given ids by `vocabulary` (those
    /// not known yet under its lock once).
    static func compact(_ listed: [Listed], _ vocabulary: CandidateVocabulary) -> [CoverageResults.Candidate] {
        var missing: [String] = []
        for candidate in listed {
            if candidate.ids.text < 0 { missing.append(candidate.text) }
            if candidate.ids.key < 0 { missing.append(candidate.key) }
        }
        let found = vocabulary.ids(missing)
        var next = 0
        func id(_ known: Int32) -> Int32 {
            guard known < 0 else { return known }
            defer { next += 1 }
            return found[next]
        }
        return listed.map { candidate in
            CoverageResults.Candidate(
                count: candidate.count, score: candidate.score, text: id(candidate.ids.text),
                key: id(candidate.ids.key), example: candidate.first.example, kind: candidate.kind)
        }
    }

    /// `candidates` highest score first, then more frequent, then by kind, text and key.
    private static func ranked(_ listed: consuming [Listed]) -> [Listed] {
        // Kinds in the order of their names: acronym, name, phrase.
        func rank(_ kind: TermCandidateFinder.Occurrence.Kind) -> Int {
            switch kind {
            case .acronym: 0
            case .name: 1
            case .phrase: 2
            }
        }
        // The indices are sorted (moving candidates in the sort costs more), then the
        // candidates are put in that order in place, cycle by cycle (no second array of them).
        let kinds = listed.map { rank($0.kind) }
        var order = Array(listed.indices)
        order.sort { i, j in
            let (a, b) = (listed[i], listed[j])
            if a.score != b.score { return a.score > b.score }
            if a.count != b.count { return a.count > b.count }
            if kinds[i] != kinds[j] { return kinds[i] < kinds[j] }
            if a.text != b.text { return a.text < b.text }
            return a.key < b.key
        }
        var placed = [Bool](repeating: false, count: order.count)
        for start in order.indices where !placed[start] {
            var position = start
            while true {
                placed[position] = true
                let next = order[position]
                if next == start { break }
                listed.swapAt(position, next)
                position = next
            }
        }
        return listed
    }

    /// A name's words in lowercase (what its score is reckoned on).
    private static func lowercaseWords(_ text: String) -> [String] {
        if text.utf8.allSatisfy({ $0 < 0x80 }) {
            return text.utf8.split(separator: 0x20).map { word in
                String(decoding: word.map { $0 &- 0x41 < 26 ? $0 | 0x20 : $0 }, as: UTF8.self)
            }
        }
        return text.lowercased().split(separator: " ").map(String.init)
    }

    private func score(_ count: Int, _ lemmas: [String], _ likeness: TermLikeness) -> Double {
        CoverageAnalysis.round(likeness.score(count: count, lemmas: lemmas), places: 2)
    }
}
