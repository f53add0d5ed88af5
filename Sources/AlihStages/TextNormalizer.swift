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
        var output = String.UnicodeScalarView()
        var line = 1
        var column = 0
        var lineHasContent = false
        var pendingSpaces = 0
        var pendingStart = TextPosition(line: 1, column: 1)
        var lastEmitted: Unicode.Scalar? = nil

        let scalars = Array(text.unicodeScalars)
        var i = 0

        func endLine() {
            if pendingSpaces > 0 {
                if options.trimLines {
                    report.record(lineHasContent ? .trailingSpace : .leadingSpace, at: pendingStart)
                } else {
                    output.append(contentsOf: repeatElement(" ", count: pendingSpaces))
                }
            }
            pendingSpaces = 0
            lineHasContent = false
        }

        while i < scalars.count {
            let scalar = scalars[i]
            column += 1
            let here = TextPosition(line: line, column: column)
            switch scalar.value {
            case 0x0A, 0x0D:
                if scalar.value == 0x0D {
                    report.record(.lineEnding, at: here)
                    if i + 1 < scalars.count, scalars[i + 1].value == 0x0A { i += 1 }
                }
                endLine()
                output.append("\n")
                lastEmitted = "\n"
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
            case 0x2D where options.doubleHyphenToEmDash && isDoubleHyphenBetweenWords(scalars, at: i, after: lastEmitted):
                report.record(.emDash, at: here)
                emit("\u{2014}")
                i += 1
                column += 1
            default:
                emit(scalar)
            }
            i += 1
        }
        endLine()

        func emit(_ scalar: Unicode.Scalar) {
            if pendingSpaces > 0 {
                if !lineHasContent && options.trimLines {
                    report.record(.leadingSpace, at: pendingStart)
                } else if pendingSpaces > 1 && options.collapseSpaces {
                    report.record(.spaceRun, at: pendingStart)
                    output.append(" ")
                } else {
                    output.append(contentsOf: repeatElement(" ", count: pendingSpaces))
                }
                pendingSpaces = 0
            }
            output.append(scalar)
            lastEmitted = scalar
            lineHasContent = true
        }

        var result = String(output)
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

    /// `--` with a letter or digit right before and right after it (and no third hyphen).
    private func isDoubleHyphenBetweenWords(_ scalars: [Unicode.Scalar], at i: Int, after previous: Unicode.Scalar?) -> Bool {
        guard i + 2 < scalars.count, scalars[i + 1].value == 0x2D,
              let previous, isWordScalar(previous), isWordScalar(scalars[i + 2])
        else { return false }
        return true
    }

    private func isWordScalar(_ scalar: Unicode.Scalar) -> Bool {
        scalar.properties.isAlphabetic || scalar.properties.numericType != nil
    }

    /// NFC, line by line where needed; each recomposed line is one `nfc` change.
    private func composeNFC(_ text: String, report: inout NormalizationReport) throws -> String {
        if try UnicodeTransforms.nfc(text) == text { return text }
        var lines: [String] = []
        for (number, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let composed = try UnicodeTransforms.nfc(String(line))
            if composed != line {
                report.record(.nfc, at: TextPosition(line: number + 1, column: 1))
            }
            lines.append(composed)
        }
        return lines.joined(separator: "\n")
    }
}
