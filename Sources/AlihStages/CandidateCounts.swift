/// What `TermCandidateFinder.counts` finds in one document, counted: the distinct runs of
/// content words (identical runs — the same words with the same spacing — counted once, by
/// their forms' ids) and the distinct names and acronyms, each with its count and first place.
///
/// Nothing here grows with the occurrences, only with the distinct runs and names: the counts of
/// a large document are a few arrays of integers.
package struct CandidateCounts: Sendable {
    /// The first occurrence of a run or name: its byte offset in the document's UTF-8 and its
    /// segment (numbered among the document's translatable segments).
    package struct Place: Sendable, Equatable {
        package var offset: Int
        package var segment: Int32

        package init(offset: Int, segment: Int32) {
            self.offset = offset
            self.segment = segment
        }
    }

    package struct NameCount: Sendable, Equatable {
        package var kind: TermCandidateFinder.Occurrence.Kind
        /// The name's text (`CandidateVocabulary` id).
        package var key: Int32
        package var count: Int
        package var first: Place
    }

    /// The runs, keyed by their forms' ids.
    package private(set) var runs = SequenceTable()
    /// The runs' lemma tokens, laid out as `runs.elements`.
    package private(set) var lemmas: [Int32] = []
    package private(set) var runCounts: [Int] = []
    package private(set) var runFirsts: [Place] = []
    package private(set) var names: [NameCount] = []
    private var nameIndex: [Int64: Int] = [:]

    package init() {}

    /// Counts one occurrence of a run.
    package mutating func add(run: UnsafeBufferPointer<RunWord>, segment: Int32) {
        let place = Place(offset: run[0].start, segment: segment)
        withUnsafeTemporaryAllocation(of: Int32.self, capacity: run.count) { forms in
            for (i, word) in run.enumerated() { forms[i] = word.form }
            let (index, inserted) = runs.insert(UnsafeBufferPointer(forms))
            if inserted {
                for word in run { lemmas.append(word.lemma) }
                runCounts.append(1)
                runFirsts.append(place)
            } else {
                runCounts[index] += 1
                if place.offset < runFirsts[index].offset { runFirsts[index] = place }
            }
        }
    }

    /// Counts places of a name.
    package mutating func add(name: NameGroup) {
        let id = Int64(name.kind.ordinal) << 32 | Int64(UInt32(bitPattern: name.key))
        let place = Place(offset: name.range.lowerBound, segment: name.segment)
        if let index = nameIndex[id] {
            names[index].count += name.count
            if place.offset < names[index].first.offset { names[index].first = place }
        } else {
            nameIndex[id] = names.count
            names.append(NameCount(kind: name.kind, key: name.key, count: name.count, first: place))
        }
    }

    /// Adds the counts of another part of the same document.
    package mutating func merge(_ other: CandidateCounts) {
        for index in 0..<other.runs.count {
            let (start, length) = other.runs.span(index)
            let (mine, inserted) = runs.insert(other.runs.key(index))
            if inserted {
                lemmas.append(contentsOf: other.lemmas[start..<(start + length)])
                runCounts.append(other.runCounts[index])
                runFirsts.append(other.runFirsts[index])
            } else {
                runCounts[mine] += other.runCounts[index]
                if other.runFirsts[index].offset < runFirsts[mine].offset { runFirsts[mine] = other.runFirsts[index] }
            }
        }
        for name in other.names {
            let id = Int64(name.kind.ordinal) << 32 | Int64(UInt32(bitPattern: name.key))
            if let index = nameIndex[id] {
                names[index].count += name.count
                if name.first.offset < names[index].first.offset { names[index].first = name.first }
            } else {
                nameIndex[id] = names.count
                names.append(name)
            }
        }
    }
}

extension TermCandidateFinder.Occurrence.Kind {
    /// 0, 1, 2 for name, acronym, phrase.
    package var ordinal: Int {
        switch self {
        case .name: 0
        case .acronym: 1
        case .phrase: 2
        }
    }
}
