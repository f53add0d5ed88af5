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
package struct TextNormalizer: Stage {
    package var options: NormalizationOptions
    package var name: String { "normalize" }

    package init(options: NormalizationOptions = NormalizationOptions()) {
        self.options = options
    }

    /// Normalizes the document's text. Run it before blocks are found: it replaces the text.
    package func run(on document: inout Document, diagnostics: inout [Diagnostic]) throws {
        // The text is handed over, not shared, so that it is freed before the result is built.
        var source = ""
        swap(&source, &document.text)
        let (text, report) = try normalize(
            consume source, workers: ParallelChunks.defaultWorkers, bytesPerWorker: Self.bytesPerWorker)
        document.text = text
        document.leading = text.startIndex..<text.startIndex
        document.blocks = []
        document.normalization = report
    }

    /// The normalized form of `text` and what was changed to get it.
    package func normalize(_ text: String) throws -> (String, NormalizationReport) {
        try normalize(text, workers: ParallelChunks.defaultWorkers)
    }

    /// Bytes per thread at least: a large text is normalized in parts on several cores.
    static let bytesPerWorker = 1 << 20

    /// `normalize`, with a large text cut at line breaks into parts for `workers` threads
    /// (every rule but NFC looks no further than its line; NFC runs line by line afterwards).
    /// The text and the report are the same whatever the number.
    package func normalize(_ text: String, workers: Int) throws -> (String, NormalizationReport) {
        try normalize(text, workers: workers, bytesPerWorker: Self.bytesPerWorker)
    }

    /// (Takes `text` over: when the caller holds no other reference, it is freed once scanned.)
    func normalize(_ text: consuming String, workers: Int, bytesPerWorker: Int) throws -> (String, NormalizationReport)
    {
        text.makeContiguousUTF8()
        return try normalize(Input.text(text), workers: workers, bytesPerWorker: bytesPerWorker)
    }

    /// `normalize` of the text whose UTF-8 is `bytes[start...]`, with no String made of it first
    /// (the pipeline hands over a file's bytes once they are checked; a byte sequence that is not
    /// UTF-8 would become U+FFFD, never a crash).
    package func normalize(utf8 bytes: consuming [UInt8], from start: Int, workers: Int = ParallelChunks.defaultWorkers)
        throws -> (String, NormalizationReport)
    {
        try normalize(utf8: bytes, from: start, workers: workers, bytesPerWorker: Self.bytesPerWorker)
    }

    func normalize(utf8 bytes: consuming [UInt8], from start: Int, workers: Int, bytesPerWorker: Int) throws -> (
        String, NormalizationReport
    ) {
        try normalize(Input.utf8(bytes, from: start), workers: workers, bytesPerWorker: bytesPerWorker)
    }

    /// What a normalization reads: a String's UTF-8, or bytes from an offset.
    private enum Input: Sendable {
        case text(String)
        case utf8([UInt8], from: Int)

        func withUTF8<R>(_ body: (UnsafeBufferPointer<UInt8>) throws -> R) rethrows -> R {
            switch self {
            case .text(let text):
                return try text.withContiguousUTF8(body)
            case .utf8(let bytes, let start):
                return try bytes.withUnsafeBufferPointer { try body(UnsafeBufferPointer(rebasing: $0[start...])) }
            }
        }
    }

    private func normalize(_ input: consuming Input, workers: Int, bytesPerWorker: Int) throws -> (
        String, NormalizationReport
    ) {
        let starts = input.withUTF8 {
            TextLines.partStarts(of: $0, parts: min(workers, $0.count / max(1, bytesPerWorker)))
        }
        let source = consume input
        let options = options
        var parts = ParallelChunks.map(count: starts.count, minimumChunk: 1, workers: starts.count) { parts in
            parts.map { part in
                var scan = Scan(options: options, capacity: 0, afterLineBreak: part > 0)
                source.withUTF8 { bytes in
                    let end = part + 1 < starts.count ? starts[part + 1] : bytes.count
                    scan.output.reserveCapacity(end - starts[part])
                    scan.run(UnsafeBufferPointer(rebasing: bytes[starts[part]..<end]))
                }
                // Parts start at line starts: the lines NFC must look at are found part by part.
                if options.nfc { scan.suspects = scan.output.withUnsafeBufferPointer(Self.linesThatMayNeedComposition) }
                // Each part becomes a String on its own thread (checked there); joining Strings
                // then only copies.
                scan.text =
                    String(validating: scan.output, as: UTF8.self) ?? String(decoding: scan.output, as: UTF8.self)
                scan.output = []
                return scan
            }
        }
        _ = consume source
        var scans = Array(parts.joined())
        parts = []
        var report = NormalizationReport()
        var lines = 0
        var offset = 0
        var suspects: [Range<Int>] = []
        for scan in scans {
            report.append(scan.report, lineOffset: lines)
            lines += scan.line - 1
            suspects.append(contentsOf: scan.suspects.lazy.map { ($0.lowerBound + offset)..<($0.upperBound + offset) })
            offset += scan.text.utf8.count
        }
        // The parts go straight into the result, each freed once copied: a large text is never
        // held more than twice besides the input.
        var result = scans.count == 1 ? scans[0].text : ""
        if scans.count > 1 {
            result.reserveCapacity(offset)
            for i in scans.indices {
                result += scans[i].text
                scans[i].text = ""
            }
        }
        if options.nfc { result = try composeNFC(result, suspects: suspects, report: &report) }
        return (result, report)
    }

    /// The one pass over the text (everything but NFC): its output bytes, changes, and where it is.
    private struct Scan: Sendable {
        let options: NormalizationOptions
        var output: [UInt8] = []
        /// `output` as a String, once the run is over.
        var text = ""
        var report = NormalizationReport()
        /// The last three scalars written, for the `--` rule.
        var recent: (Unicode.Scalar?, Unicode.Scalar?, Unicode.Scalar?) = (nil, nil, nil)
        var line = 1
        var column = 0
        var lineHasContent = false
        var pendingSpaces = 0
        var pendingStart = TextPosition(line: 1, column: 1)
        /// The lines of `output` that may not be in NFC (filled after the run when NFC is on).
        var suspects: [Range<Int>] = []

        /// A scan of a part that starts `afterLineBreak` starts as if one had just been written.
        init(options: NormalizationOptions, capacity: Int, afterLineBreak: Bool = false) {
            self.options = options
            output.reserveCapacity(capacity)
            if afterLineBreak { recent = (nil, nil, "\n") }
        }

        mutating func run(_ bytes: UnsafeBufferPointer<UInt8>) {
            let count = bytes.count
            var i = 0
            while i < count {
                let byte = bytes[i]
                // A run of printable ASCII other than `-` is copied as it is, unless spaces wait
                // to be written or a `-` just was (the `--` rule looks at what follows it); one
                // space between words is written before it as `emit` would.
                if byte > 0x20 && byte < 0x7F && byte != UInt8(ascii: "-")
                    && (pendingSpaces == 0 && recent.2 != "-" || pendingSpaces == 1 && lineHasContent)
                {
                    if pendingSpaces == 1 {
                        put(" ")
                        pendingSpaces = 0
                    }
                    var end = i + 1
                    while end < count, bytes[end] > 0x20, bytes[end] < 0x7F, bytes[end] != UInt8(ascii: "-") {
                        end += 1
                    }
                    output.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[i..<end]))
                    column += end - i
                    lineHasContent = true
                    switch end - i {
                    case 1: recent = (recent.1, recent.2, Unicode.Scalar(bytes[end - 1]))
                    case 2: recent = (recent.2, Unicode.Scalar(bytes[end - 2]), Unicode.Scalar(bytes[end - 1]))
                    default:
                        recent = (
                            Unicode.Scalar(bytes[end - 3]), Unicode.Scalar(bytes[end - 2]),
                            Unicode.Scalar(bytes[end - 1])
                        )
                    }
                    i = end
                    continue
                }
                // A space waits to be written (or collapsed, or trimmed), as `step` has it.
                if byte == 0x20 {
                    column += 1
                    if pendingSpaces == 0 { pendingStart = TextPosition(line: line, column: column) }
                    pendingSpaces += 1
                    i += 1
                    continue
                }
                // One scalar (the text is valid UTF-8).
                let (scalar, length) = UTF8Scalars.scalar(in: bytes, at: i)
                let lineFeedNext = i + length < count && bytes[i + length] == 0x0A
                i += length
                if step(scalar, followedByLineFeed: lineFeedNext) { i += 1 }
            }
            endLine()
        }

        /// Handles one scalar; true when it was a carriage return whose line feed it consumed.
        mutating func step(_ scalar: Unicode.Scalar, followedByLineFeed: Bool) -> Bool {
            column += 1
            let here = TextPosition(line: line, column: column)
            switch scalar.value {
            case 0x0A, 0x0D:
                if scalar.value == 0x0D { report.record(.lineEnding, at: here) }
                endLine()
                put("\n")
                line += 1
                column = 0
                return scalar.value == 0x0D && followedByLineFeed
            case 0x20, 0x09, 0xA0, 0x1680, 0x2000...0x200A, 0x202F, 0x205F, 0x3000:
                if scalar.value != 0x20 && !options.unicodeSpaces {
                    emit(scalar)
                    break
                }
                if scalar.value != 0x20 { report.record(.unicodeSpace, at: here) }
                if pendingSpaces == 0 { pendingStart = here }
                pendingSpaces += 1
            case _ where options.zeroWidth && TextNormalizer.isZeroWidth(scalar):
                report.record(.zeroWidth, at: here)
            case 0xAD where options.softHyphens:
                report.record(.softHyphen, at: here)
            case _ where options.controlCharacters && !XMLCharacters.isAllowed(scalar):
                report.record(.controlCharacter, at: here)
            default:
                emit(scalar)
            }
            return false
        }

        mutating func endLine() {
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

        mutating func put(_ scalar: Unicode.Scalar) {
            if scalar.isASCII {
                output.append(UInt8(scalar.value))
            } else {
                UTF8.encode(scalar) { output.append($0) }
            }
            recent = (recent.1, recent.2, scalar)
        }

        mutating func emit(_ scalar: Unicode.Scalar) {
            if options.doubleHyphenToEmDash, pendingSpaces == 0, recent.1 == "-", recent.2 == "-",
                let before = recent.0, Self.isWordScalar(scalar), Self.isWordScalar(before)
            {
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

        /// Letters, digits and combining marks (a mark counts with the letter NFC may fold it into).
        static func isWordScalar(_ scalar: Unicode.Scalar) -> Bool {
            let properties = scalar.properties
            switch properties.generalCategory {
            case .nonspacingMark, .spacingMark, .enclosingMark: return true
            default: return properties.isAlphabetic || properties.numericType != nil
            }
        }
    }

    /// Zero-width space, word joiner, byte-order mark, Mongolian vowel separator.
    static func isZeroWidth(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x200B, 0x2060, 0xFEFF, 0x180E: true
        default: false
        }
    }

    /// NFC, line by line where needed; each recomposed line is one `nfc` change. A line goes to
    /// ICU only when it holds a character that may not be in NFC (see `mayNeedComposition`);
    /// the text is copied only when a line changes.
    /// `text` with the `suspects` lines (byte ranges, from `linesThatMayNeedComposition`) in NFC.
    private func composeNFC(_ text: String, suspects: [Range<Int>], report: inout NormalizationReport) throws -> String
    {
        guard !suspects.isEmpty else { return text }
        var result = ""
        var changed = false
        var copiedUpTo = 0
        let utf8 = text.utf8
        var number = 1
        var counted = 0
        for range in suspects {
            let line = Substring(
                utf8[
                    utf8.index(
                        utf8.startIndex, offsetBy: range.lowerBound)..<utf8.index(
                            utf8.startIndex, offsetBy: range.upperBound)])
            if try UnicodeTransforms.isNFC(line) { continue }
            let composed = try UnicodeTransforms.nfc(String(line))
            if composed.utf8.elementsEqual(line.utf8) { continue }
            number += utf8[utf8.index(utf8.startIndex, offsetBy: counted)..<line.startIndex].reduce(0) {
                $1 == 0x0A ? $0 + 1 : $0
            }
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
                let second = bytes[i + 1]
                let third = bytes[i + 2]
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
