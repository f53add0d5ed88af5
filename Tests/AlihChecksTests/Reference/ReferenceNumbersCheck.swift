// The QA code as it was before the checks were made fast (commit f9eb01a), kept as the oracle
// the differential tests compare the current code against. Never made fast; a change of what
// the checks find is made here too, written the plain way (number words, decades, times with
// their part of the day, suffixed amounts: issue 16).

import AlihCore
import Foundation

@testable import AlihChecks

/// Numbers, percentages, money, dates and times must survive translation: every quantity of
/// the Indonesian source needs an equal one in the English target, and every quantity of the
/// target must come from the source.
///
/// Quantities are compared by value, not by digits (see `Quantity.Value.isEquivalent(to:)`), so
/// each language may write them its own way: `2,5` → `2.5`, `3.000` → `3,000`/`3000`,
/// `10/5/2024` → `May 10, 2024`/`10 May 2024`/`2024-05-10`, `pukul 15.00 WIB` →
/// `3 p.m.`/`15:00`/`3 p.m. WIB`, `Rp5,2 miliar` → `Rp5.2 billion`/`IDR 5.2 billion`/
/// `5.2 billion rupiah`, `12 persen` → `12%`/`12 percent`.
///
/// Also tolerated, because correct translations do it:
/// - a currency named on one side only (`Rp5,2 miliar` → `5.2 billion`);
/// - a year added or dropped in a date (`Jumat (10/5)` → `Friday, May 10, 2024`);
/// - a dated weekday rendered as the weekday alone, news style (`Jumat (10/5/2024)` →
///   `on Friday`), when no other date in the target could stand for it;
/// - a time converted to another zone (`pukul 15.00 WIB` → `3 p.m. (0800 GMT)`);
/// - small numbers spelled out (`3` ↔ `three`, `tiga` ↔ `3`: 0–12 and ordinals to ten in
///   English, `nol`–`sembilan belas`, tens, `seratus`, `seribu`, `sejuta` in Indonesian; words
///   with a scale such as `three million`); words are never reported on their own;
/// - a bare source number given a `%` in the target when the source has a percentage
///   (`dari 10 menjadi 12 persen` → `from 10% to 12%`);
/// - a number the target repeats (every target quantity needs only to be in the source).
///
/// Severity: a source quantity missing or changed in the target is an error (one finding,
/// with both values, when a leftover target quantity of the same kind can be paired with it);
/// a target quantity that is not in the source is a warning.
///
/// The check runs for Indonesian sources and English targets (or documents that do not name
/// their languages); for other pairs it finds nothing.
struct ReferenceNumbersCheck: SegmentCheck {
    let id = "numbers"

    init() {}

    func check(_ segment: TranslatedSegment, in context: CheckContext) -> [QAFinding] {
        guard Self.applies(to: context.document), let target = segment.target, !target.allSatisfy(\.isWhitespace)
        else { return [] }
        return mismatches(source: segment.source, target: target).map { mismatch in
            QAFinding(
                check: id, severity: mismatch.severity, message: mismatch.message, segmentID: segment.id,
                line: segment.line, sourceSpan: mismatch.source?.text, targetSpan: mismatch.target?.text)
        }
    }

    /// Indonesian (`id`, or the old `in`) into English, or languages not given.
    static func applies(to document: TranslatedDocument) -> Bool {
        func primary(_ tag: String) -> String {
            String(tag.lowercased().split(whereSeparator: { $0 == "-" || $0 == "_" }).first ?? "")
        }
        let source = primary(document.sourceLanguage)
        let target = primary(document.targetLanguage)
        return (source.isEmpty || source == "id" || source == "in") && (target.isEmpty || target == "en")
    }

    /// One difference between the quantities of a source and its translation.
    struct Mismatch: Sendable, Equatable {
        enum Kind: String, Sendable {
            /// A source quantity whose place a different target quantity took.
            case changed
            /// A source quantity with no counterpart in the target.
            case missing
            /// A target quantity that is not in the source.
            case added
        }

        var kind: Kind
        var source: Quantity?
        var target: Quantity?

        var severity: Diagnostic.Severity { kind == .added ? .warning : .error }

        /// `source has 2,5 (2.5), target has 25`.
        var message: String {
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
    func mismatches(source: String, target: String) -> [Mismatch] {
        var sourceQuantities = ReferenceIndonesianQuantityParser().quantities(in: source)
        var targetQuantities = ReferenceEnglishQuantityParser().quantities(in: target)
        // In a target copied from its source, numbers in words are not reported.
        if Array(source.utf8) == Array(target.utf8) {
            func matchedOnly(_ quantity: Quantity) -> Quantity {
                var quantity = quantity
                if quantity.isSpelledOut { quantity.isAmbiguous = true }
                return quantity
            }
            sourceQuantities = sourceQuantities.map(matchedOnly)
            targetQuantities = targetQuantities.map(matchedOnly)
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
        let sourceHasPercent = source.contains { $0.kind == .percent }

        func lenient(_ a: Quantity.Value, _ b: Quantity.Value) -> Bool {
            switch (a, b) {
            case (.money(let x, _), .number(let y)), (.number(let x), .money(let y, _)): x == y
            case (.number(let x), .percent(let y)): sourceHasPercent && x == y
            default: false
            }
        }

        func equivalent(_ s: Quantity, _ t: Quantity, _ level: Level) -> Bool {
            if level == .primary { return s.value.isEquivalent(to: t.value) }
            for a in s.readings {
                for b in t.readings where a.isEquivalent(to: b) || (level != .anyReading && lenient(a, b)) {
                    return true
                }
            }
            return false
        }

        // Match, most certain pairs first; at each level the quantities that may be reported
        // before the ambiguous ones (`kedua` "both" must not take the *two* that `dua` needs), on
        // both sides; earlier target quantities first.
        var sourceMatched = [Bool](repeating: false, count: source.count)
        var targetMatched = [Bool](repeating: false, count: target.count)
        for level in Level.allCases {
            for ambiguousSource in [false, true] {
                for si in source.indices
                where !sourceMatched[si] && source[si].isAmbiguous == ambiguousSource
                    && (level == .spelledOut || !source[si].isSpelledOut)
                {
                    targets: for ambiguousTarget in [false, true] {
                        for ti in target.indices
                        where !targetMatched[ti] && target[ti].isAmbiguous == ambiguousTarget
                            && (level == .spelledOut || !target[ti].isSpelledOut)
                        {
                            if equivalent(source[si], target[ti], level) {
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
                && !source.contains { equivalent($0, target[ti], .spelledOut) }
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
            let s = source[si]
            if let k = spare.firstIndex(where: { target[$0].kind == s.kind })
                ?? spare.firstIndex(where: { family(target[$0].kind) == family(s.kind) })
            {
                errors.append(Mismatch(kind: .changed, source: s, target: target[spare[k]]))
                spare.remove(at: k)
                continue
            }
            if let weekday = s.weekday {
                if weekdays == nil { weekdays = Self.weekdays(in: targetText) }
                if weekdays!.contains(weekday) { continue }
            }
            errors.append(Mismatch(kind: .missing, source: s, target: nil))
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
                    let day = ReferenceEnglishQuantityParser.weekdays[word.lowercased()]
                {
                    found.insert(day)
                }
                word = ""
            }
        }
        return found
    }
}
