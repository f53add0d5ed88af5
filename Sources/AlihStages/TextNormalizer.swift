import AlihCore
import AlihICU

/// The normalize stage: makes text predictable for segmentation, matching and XLIFF.
///
/// One pass over the Unicode scalars handles line endings, spaces, invisible and forbidden
/// characters and `--`; NFC composition runs last (line by line, only where ICU's quick check
/// says a line is not already NFC). Every change is counted with its first input positions.
/// Normalizing normalized text changes nothing.
///
/// No-break spaces become plain spaces everywhere, inside numbers too: Indonesian writes
/// thousands with dots (`3.000`), so a no-break space is never part of a number, and keeping it
/// would only make glossary and number checks harder.
public struct TextNormalizer: Stage {
    public var options: NormalizationOptions
    public var name: String { "normalize" }

    public init(options: NormalizationOptions = NormalizationOptions()) {
        self.options = options
    }

    /// Normalizes the document's text. Run it before blocks are found: it replaces the text.
    public func run(on document: inout Document, diagnostics: inout [Diagnostic]) throws {
        let (text, report) = try normalize(document.text)
        document.text = text
        document.leading = text.startIndex..<text.startIndex
        document.blocks = []
        document.normalization = report
    }

    /// The normalized form of `text` and what was changed to get it.
    public func normalize(_ text: String) throws -> (String, NormalizationReport) {
        var report = NormalizationReport()
        // UTF-8 bytes of the result, and the last three scalars written (for the `--` rule).
        var output: [UInt8] = []
        output.reserveCapacity(text.utf8.count)
        var recent: (Unicode.Scalar?, Unicode.Scalar?, Unicode.Scalar?) = (nil, nil, nil)
        var line = 1
        var column = 0
        var lineHasContent = false
        var pendingSpaces = 0
        var pendingStart = TextPosition(line: 1, column: 1)

        let scalars = text.unicodeScalars
        var i = scalars.startIndex

        func endLine() {
            if pendingSpaces > 0 {
                if options.trimLines {
                    report.record(lineHasContent ? .trailingSpace : .leadingSpace, at: pendingStart)
                } else {
                    for _ in 0..<pendingSpaces { put(" ") }
                }
            }
            pendingSpaces = 0
            lineHasContent = false
        }

        while i < scalars.endIndex {
            let scalar = scalars[i]
            column += 1
            let here = TextPosition(line: line, column: column)
            switch scalar.value {
            case 0x0A, 0x0D:
                if scalar.value == 0x0D {
                    report.record(.lineEnding, at: here)
                    let next = scalars.index(after: i)
                    if next < scalars.endIndex, scalars[next].value == 0x0A { i = next }
                }
                endLine()
                put("\n")
                line += 1
                column = 0
            case 0x20, 0x09, 0xA0, 0x1680, 0x2000...0x200A, 0x202F, 0x205F, 0x3000:
                if scalar.value != 0x20 && !options.unicodeSpaces {
                    emit(scalar)
                    break
                }
                if scalar.value != 0x20 { report.record(.unicodeSpace, at: here) }
                if pendingSpaces == 0 { pendingStart = here }
                pendingSpaces += 1
            case _ where options.zeroWidth && Self.isZeroWidth(scalar):
                report.record(.zeroWidth, at: here)
            case 0xAD where options.softHyphens:
                report.record(.softHyphen, at: here)
            case _ where options.controlCharacters && Self.isForbiddenInXML(scalar):
                report.record(.controlCharacter, at: here)
            default:
                emit(scalar)
            }
            i = scalars.index(after: i)
        }
        endLine()

        func put(_ scalar: Unicode.Scalar) {
            if scalar.isASCII {
                output.append(UInt8(scalar.value))
            } else {
                UTF8.encode(scalar) { output.append($0) }
            }
            recent = (recent.1, recent.2, scalar)
        }

        func emit(_ scalar: Unicode.Scalar) {
            if options.doubleHyphenToEmDash, pendingSpaces == 0, recent.1 == "-", recent.2 == "-",
               let before = recent.0, isWordScalar(scalar), isWordScalar(before) {
                output.removeLast(2)
                recent = (nil, before, nil)
                put("\u{2014}")
                report.record(.emDash, at: TextPosition(line: line, column: max(1, column - 2)))
            }
            if pendingSpaces > 0 {
                if !lineHasContent && options.trimLines {
                    report.record(.leadingSpace, at: pendingStart)
                } else if pendingSpaces > 1 && options.collapseSpaces {
                    report.record(.spaceRun, at: pendingStart)
                    put(" ")
                } else {
                    for _ in 0..<pendingSpaces { put(" ") }
                }
                pendingSpaces = 0
            }
            put(scalar)
            lineHasContent = true
        }

        var result = String(decoding: output, as: UTF8.self)
        output = []
        if options.nfc { result = try composeNFC(result, report: &report) }
        return (result, report)
    }

    /// Zero-width space, word joiner, byte-order mark, Mongolian vowel separator.
    static func isZeroWidth(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x200B, 0x2060, 0xFEFF, 0x180E: true
        default: false
        }
    }

    /// Characters XML 1.0 cannot carry at all (tab, line feed and carriage return aside).
    static func isForbiddenInXML(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x00...0x08, 0x0B, 0x0C, 0x0E...0x1F, 0xFFFE, 0xFFFF: true
        default: false
        }
    }

    /// Letters, digits and combining marks (a mark counts with the letter NFC may fold it into).
    private func isWordScalar(_ scalar: Unicode.Scalar) -> Bool {
        let properties = scalar.properties
        switch properties.generalCategory {
        case .nonspacingMark, .spacingMark, .enclosingMark: return true
        default: return properties.isAlphabetic || properties.numericType != nil
        }
    }

    /// NFC, line by line where needed; each recomposed line is one `nfc` change. A line goes to
    /// ICU only when it holds a character that may not be in NFC (see `mayNeedComposition`);
    /// the text is copied only when a line changes.
    private func composeNFC(_ text: String, report: inout NormalizationReport) throws -> String {
        var text = text
        let suspects: [Range<Int>] = text.withUTF8 { Self.linesThatMayNeedComposition($0) }
        guard !suspects.isEmpty else { return text }
        var result = ""
        var changed = false
        var copiedUpTo = 0
        let utf8 = text.utf8
        var number = 1, counted = 0
        for range in suspects {
            let line = Substring(utf8[utf8.index(utf8.startIndex, offsetBy: range.lowerBound)..<utf8.index(utf8.startIndex, offsetBy: range.upperBound)])
            if try UnicodeTransforms.isNFC(line) { continue }
            let composed = try UnicodeTransforms.nfc(String(line))
            if composed.utf8.elementsEqual(line.utf8) { continue }
            number += utf8[utf8.index(utf8.startIndex, offsetBy: counted)..<line.startIndex].reduce(0) { $1 == 0x0A ? $0 + 1 : $0 }
            counted = range.lowerBound
            report.record(.nfc, at: TextPosition(line: number, column: 1))
            result += Substring(utf8[utf8.index(utf8.startIndex, offsetBy: copiedUpTo)..<line.startIndex])
            result += composed
            copiedUpTo = range.upperBound
            changed = true
        }
        guard changed else { return text }
        result += Substring(utf8[utf8.index(utf8.startIndex, offsetBy: copiedUpTo)...])
        return result
    }

    /// The byte ranges of the lines holding a character that may not be in NFC. Everything below
    /// U+0300 is NFC and never combines with what precedes it, as are general punctuation
    /// U+2010–U+205E (dashes, quotes, ellipsis) and currency signs U+20A0–U+20BF; anything else
    /// from U+0300 up (combining marks, singletons, Hangul, compatibility ideographs…) sends
    /// the line to ICU's check.
    static func linesThatMayNeedComposition(_ bytes: UnsafeBufferPointer<UInt8>) -> [Range<Int>] {
        var ranges: [Range<Int>] = []
        var lineStart = 0
        var suspect = false
        var i = 0
        let count = bytes.count
        while i < count {
            let byte = bytes[i]
            if byte < 0x80 {
                if byte == 0x0A {
                    if suspect { ranges.append(lineStart..<i) }
                    lineStart = i + 1
                    suspect = false
                }
                i += 1
                continue
            }
            if byte < 0xCC {
                i += 2  // U+0080–U+02FF
                continue
            }
            if byte == 0xE2, i + 2 < count {
                let second = bytes[i + 1], third = bytes[i + 2]
                let punctuation = (second == 0x80 && third >= 0x90) || (second == 0x81 && third <= 0x9E)
                let currency = second == 0x82 && third >= 0xA0 && third <= 0xBF
                if punctuation || currency {
                    i += 3
                    continue
                }
            }
            suspect = true
            i += byte >= 0xF0 ? 4 : byte >= 0xE0 ? 3 : 2
        }
        if suspect { ranges.append(lineStart..<count) }
        return ranges
    }
}
