import AlihCore
import Foundation

/// Numbers, percentages, money, dates, times and decades must survive translation, written
/// with digits or in words: every quantity of the Indonesian source needs an equal one in the
/// English target, and every quantity of the target must come from the source.
///
/// Quantities are compared by value, not by digits (see `Quantity.Value.isEquivalent(to:)`), so
/// each language may write them its own way: `2,5` → `2.5`, `3.000` → `3,000`/`3000`,
/// `10/5/2024` → `May 10, 2024`/`10 May 2024`/`2024-05-10`, `pukul 15.00 WIB` →
/// `3 p.m.`/`15:00`/`3 p.m. WIB`, `10 pagi` → `10am`, `Rp5,2 miliar` → `Rp5.2 billion`/
/// `IDR 5.2 billion`/`5.2 billion rupiah`, `15,5 jutanya` → `15.5 million`, `12 persen` →
/// `12%`/`12 percent`, `1970-an` → `the 1970s`, `60-an` → `the '60s`/`the Sixties`,
/// `empat` → `four`/`4`, `ratusan` → `hundreds`, `puluhan ribu` → `tens of thousands`.
///
/// Also tolerated, because correct translations do it:
/// - a currency named on one side only (`Rp5,2 miliar` → `5.2 billion`);
/// - a year added or dropped in a date (`Jumat (10/5)` → `Friday, May 10, 2024`), the century
///   in a decade (`tahun 60-an` → `the 1960s`);
/// - a dated weekday rendered as the weekday alone, news style (`Jumat (10/5/2024)` →
///   `on Friday`), when no other date in the target could stand for it;
/// - a time converted to another zone (`pukul 15.00 WIB` → `3 p.m. (0800 GMT)`);
/// - numbers spelled out on either side (`3` ↔ `three`, `tiga` ↔ `3`, `seratus` ↔ `a hundred`),
///   matched after the numbers written with digits;
/// - words that may be numbers but may be something else, which are matched but never
///   reported: `satu` and `one` alone (`salah satu` "one of", the pronoun), ordinals (`kedua` is
///   also "both"), `twice`, `both`, `decade`, `century`, `noon`, and a capitalised word inside a
///   sentence or before another capitalised word (`Lima`, Peru's capital; `the Group of Seven`;
///   `Six Million Dollar Man`; a title-case headline);
/// - a bare source number given a `%` in the target when the source has a percentage
///   (`dari 10 menjadi 12 persen` → `from 10% to 12%`);
/// - a number the target repeats (every target quantity needs only to be in the source).
///
/// Severity: a source quantity missing or changed in the target is an error (one finding,
/// with both values, when a leftover target quantity of the same kind can be paired with it:
/// `source has empat (4), target has five (5)`); a target quantity that is not in the source is
/// a warning.
///
/// The check runs for Indonesian sources and English targets (or documents that do not name
/// their languages); for other pairs it finds nothing.
package struct NumbersCheck: SegmentCheck {
    package let id = "numbers"

    package init() {}

    package func check(_ segment: TranslatedSegment, in context: CheckContext) -> [QAFinding] {
        guard Self.applies(to: context.document), let target = segment.target, !target.isBlank
        else { return [] }
        return mismatches(source: segment.source, target: target).map { mismatch in
            QAFinding(
                check: id, severity: mismatch.severity, message: mismatch.message, segmentID: segment.id,
                line: segment.line, sourceSpan: mismatch.source?.text, targetSpan: mismatch.target?.text)
        }
    }

    /// Indonesian (`id`, or the old `in`) into English, or languages not given.
    static func applies(to document: TranslatedDocument) -> Bool {
        if document.sourceLanguage == "id" && document.targetLanguage == "en" { return true }  // asked per segment
        func primary(_ tag: String) -> String {
            String(tag.lowercased().split(whereSeparator: { $0 == "-" || $0 == "_" }).first ?? "")
        }
        let source = primary(document.sourceLanguage)
        let target = primary(document.targetLanguage)
        return (source.isEmpty || source == "id" || source == "in") && (target.isEmpty || target == "en")
    }

    /// One difference between the quantities of a source and its translation.
    package struct Mismatch: Sendable, Equatable {
        package enum Kind: String, Sendable {
            /// A source quantity whose place a different target quantity took.
            case changed
            /// A source quantity with no counterpart in the target.
            case missing
            /// A target quantity that is not in the source.
            case added
        }

        package var kind: Kind
        package var source: Quantity?
        package var target: Quantity?

        package var severity: Diagnostic.Severity { kind == .added ? .warning : .error }

        /// `source has 2,5 (2.5), target has 25`.
        package var message: String {
            switch kind {
            case .changed:
                return "source has \(source!.display), target has \(target!.display)"
            case .missing:
                return "source has \(source!.display), target has no matching \(Self.noun(source!.kind))"
            case .added:
                return "target has \(target!.display), which is not in the source"
            }
        }

        static func noun(_ kind: Quantity.Kind) -> String {
            switch kind {
            case .number: "number"
            case .percent: "percentage"
            case .money: "amount"
            case .date: "date"
            case .time: "time"
            case .decade: "decade"
            }
        }
    }

    /// The mismatches between an Indonesian source and its English translation: errors in
    /// source order, then warnings in target order.
    ///
    /// In a target copied from its source, numbers in words are matched but not reported (the
    /// `identical` check reports the copy); numbers with digits still are, read the English way.
    ///
    /// Without an ASCII digit on either side, only numbers in words are read, and only those
    /// that are not ambiguous are reported: none are there without one of their words
    /// (`reportableWordFinder`), which a pass over the bytes looks for before any tokenizing.
    package func mismatches(source: String, target: String) -> [Mismatch] {
        let copied = target.hasSameUTF8(as: source)
        if !source.containsASCIIDigit,
            copied
                || (!target.containsASCIIDigit
                    && !IndonesianQuantityParser.reportableWordFinder.mayHaveAWord(in: source)
                    && !EnglishQuantityParser.reportableWordFinder.mayHaveAWord(in: target))
        {
            return []
        }
        // A copied target is tokenized once.
        let sourceTokens = QuantityScanner(source)
        let targetTokens = copied ? sourceTokens : QuantityScanner(target)
        var sourceQuantities = IndonesianQuantityParser().scan(sourceTokens)
        var targetQuantities = EnglishQuantityParser().scan(targetTokens)
        if copied {
            for k in sourceQuantities.indices where sourceQuantities[k].isSpelledOut {
                sourceQuantities[k].isAmbiguous = true
            }
            for k in targetQuantities.indices where targetQuantities[k].isSpelledOut {
                targetQuantities[k].isAmbiguous = true
            }
        }
        return Self.compare(source: sourceQuantities, target: targetQuantities, targetText: target)
    }

    /// How hard two quantities are made to agree, from the first pass to the last.
    enum Level: CaseIterable {
        /// The usual readings are equal.
        case primary
        /// Some readings are equal (`5/10/2024` as May 10; `15.00` as 15:00).
        case anyReading
        /// Currency on one side only; a source number as a target percentage.
        case lenient
        /// As lenient, with spelled-out numbers on either side.
        case spelledOut
    }

    static func compare(source: [Quantity], target: [Quantity], targetText: String) -> [Mismatch] {
        // The quantities are read in place, through their buffers: read from the arrays, each
        // was copied (its strings and arrays retained) at every look.
        source.withUnsafeBufferPointer { source in
            target.withUnsafeBufferPointer { target in
                compare(source: source, target: target, targetText: targetText)
            }
        }
    }

    private static func compare(
        source: UnsafeBufferPointer<Quantity>, target: UnsafeBufferPointer<Quantity>, targetText: String
    ) -> [Mismatch] {
        let sourceHasPercent = source.indices.contains { source[$0].kind == .percent }

        func lenient(_ a: Quantity.Value, _ b: Quantity.Value) -> Bool {
            switch (a, b) {
            case (.money(let x, _), .number(let y)), (.number(let x), .money(let y, _)): x.isSame(as: y)
            case (.number(let x), .percent(let y)): sourceHasPercent && x.isSame(as: y)
            default: false
            }
        }

        func equivalent(_ s: Int, _ t: Int, _ level: Level) -> Bool {
            if level == .primary { return source[s].value.isEquivalent(to: target[t].value) }
            // Every reading of one against every reading of the other (`readings`, without
            // making the arrays).
            for x in -1..<source[s].alternatives.count {
                let a = x < 0 ? source[s].value : source[s].alternatives[x]
                for y in -1..<target[t].alternatives.count {
                    let b = y < 0 ? target[t].value : target[t].alternatives[y]
                    if a.isEquivalent(to: b) || (level != .anyReading && lenient(a, b)) { return true }
                }
            }
            return false
        }

        // Match, most certain pairs first; at each level the quantities that may be reported
        // before the ambiguous ones (`kedua` "both" must not take the *two* that `dua` needs), on
        // both sides; earlier target quantities first.
        var sourceMatched = [Bool](repeating: false, count: source.count)
        var targetMatched = [Bool](repeating: false, count: target.count)
        let sourcePasses = source.indices.contains { source[$0].isAmbiguous } ? 2 : 1
        let targetPasses = target.indices.contains { target[$0].isAmbiguous } ? 2 : 1
        for level in Level.allCases {
            for sourcePass in 0..<sourcePasses {
                for si in source.indices
                where !sourceMatched[si] && source[si].isAmbiguous == (sourcePass == 1)
                    && (level == .spelledOut || !source[si].isSpelledOut)
                {
                    targets: for targetPass in 0..<targetPasses {
                        for ti in target.indices
                        where !targetMatched[ti] && target[ti].isAmbiguous == (targetPass == 1)
                            && (level == .spelledOut || !target[ti].isSpelledOut)
                        {
                            if equivalent(si, ti, level) {
                                sourceMatched[si] = true
                                targetMatched[ti] = true
                                break targets
                            }
                        }
                    }
                }
            }
        }

        // Target leftovers that stand for something in the source (a repeated number, a time
        // converted to GMT) are fine and are not offered as replacements.
        var spare = target.indices.filter { ti in
            !targetMatched[ti] && !target[ti].isAmbiguous
                && !source.indices.contains { equivalent($0, ti, .spelledOut) }
        }
        func family(_ kind: Quantity.Kind) -> Int {
            switch kind {
            case .number, .percent, .money: 0
            case .date, .decade: 1
            case .time: 2
            }
        }

        var errors: [Mismatch] = []
        var weekdays: Set<Int>?
        for si in source.indices where !sourceMatched[si] && !source[si].isAmbiguous {
            let kind = source[si].kind
            if let k = spare.firstIndex(where: { target[$0].kind == kind })
                ?? spare.firstIndex(where: { family(target[$0].kind) == family(kind) })
            {
                errors.append(Mismatch(kind: .changed, source: source[si], target: target[spare[k]]))
                spare.remove(at: k)
                continue
            }
            if let weekday = source[si].weekday {
                if weekdays == nil { weekdays = Self.weekdays(in: targetText) }
                if weekdays!.contains(weekday) { continue }
            }
            errors.append(Mismatch(kind: .missing, source: source[si], target: nil))
        }
        return errors + spare.map { Mismatch(kind: .added, source: nil, target: target[$0]) }
    }

    /// The ISO weekdays named in an English text (`Friday` → 5).
    static func weekdays(in text: String) -> Set<Int> {
        var found: Set<Int> = []
        var word = ""
        for character in text + " " {
            if character.isLetter {
                word.append(character)
            } else {
                if let first = word.first, first.isUppercase,
                    let day = EnglishQuantityParser.weekdays[word.lowercased()]
                {
                    found.insert(day)
                }
                word = ""
            }
        }
        return found
    }
}
