import AlihCore

/// Finds text that is UTF-8 decoded as Windows-1252 and encoded again (mojibake: `Ã©` for
/// `é`, `â€œ` for `“`, `Ø¹ÙÙ…` for Arabic), as ftfy does, and what it was.
///
/// A candidate is a run of characters that each stand for one Windows-1252 byte of 0x80 or more
/// (Latin-1 letters and signs, the C1 controls, and the 27 characters 0x80–0x9F stand for in
/// Windows-1252: `€ ‚ ƒ „ … † ‡ ˆ ‰ Š ‹ Œ Ž ‘ ’ “ ” • – — ˜ ™ š › œ ž Ÿ`). Its bytes are read
/// as UTF-8: the run is mojibake when they hold a multi-byte character and at most a third of
/// them fit none. Real text almost never has a UTF-8 lead byte's character (`Ã`, `Â`, `Ø`,
/// `â`) followed by continuation-byte characters; one two-byte character alone counts only when
/// what it spells is plausible alone (`Ã©` → `é`, `Â°` → `°`, `Ø¹` → `ع`), so `ß“` in German
/// quotes stays text. Runs on one line separated only by spaces or ASCII punctuation are one finding.
///
/// It never changes text by itself: `repaired(_:)` is what an explicit repair writes.
package enum MojibakeScanner {
    /// One stretch of mojibake: where it is in the UTF-8 bytes, and the text it stands for
    /// (bytes that fit no character stay as they were).
    package struct Finding: Sendable, Equatable {
        package var range: Range<Int>
        package var repaired: String
    }

    /// The stretches of mojibake in `bytes` (UTF-8 text), in order.
    package static func findings(in bytes: UnsafeBufferPointer<UInt8>) -> [Finding] {
        var findings: [Finding] = []
        var index = 0
        let count = bytes.count
        while index < count {
            // ASCII is skipped eight bytes at a time.
            while index + 8 <= count {
                let word = UnsafeRawPointer(bytes.baseAddress! + index).loadUnaligned(as: UInt64.self)
                if word & 0x8080_8080_8080_8080 != 0 { break }
                index += 8
            }
            guard index < count else { break }
            if bytes[index] < 0x80 {
                index += 1
                continue
            }
            // A run of characters that each stand for one Windows-1252 byte of 0x80 or more.
            let start = index
            var windows: [UInt8] = []
            while index < count, let (scalar, length) = decode(bytes, at: index), let byte = Windows1252.byte(scalar) {
                windows.append(byte)
                index += length
            }
            if index == start {
                // Some other character (Arabic, an emoji, curly quotes alone are in the run): skip it.
                index += max(1, decode(bytes, at: index)?.length ?? 1)
                continue
            }
            guard let repaired = repairedRun(windows) else { continue }
            // Runs on one line with only spaces or ASCII punctuation between them are one finding.
            if let last = findings.last, last.range.upperBound <= start,
                bytes[last.range.upperBound..<start].allSatisfy({ isJoiner($0) })
            {
                let between = String(
                    decoding: UnsafeBufferPointer(rebasing: bytes[last.range.upperBound..<start]), as: UTF8.self)
                findings[findings.count - 1] = Finding(
                    range: last.range.lowerBound..<index, repaired: last.repaired + between + repaired)
            } else {
                findings.append(Finding(range: start..<index, repaired: repaired))
            }
        }
        return findings
    }

    /// `bytes` with every finding replaced by what it stands for.
    package static func repaired(_ bytes: UnsafeBufferPointer<UInt8>, _ findings: [Finding]) -> [UInt8] {
        var result: [UInt8] = []
        result.reserveCapacity(bytes.count)
        var cursor = 0
        for finding in findings {
            result += bytes[cursor..<finding.range.lowerBound]
            result += finding.repaired.utf8
            cursor = finding.range.upperBound
        }
        result += bytes[cursor...]
        return result
    }

    /// Where each finding starts: line and column (columns count scalars), 1-based.
    package static func positions(of findings: [Finding], in bytes: UnsafeBufferPointer<UInt8>) -> [TextPosition] {
        var positions: [TextPosition] = []
        positions.reserveCapacity(findings.count)
        var line = 1
        var lineStart = 0
        var cursor = 0
        for finding in findings {
            while cursor < finding.range.lowerBound {
                if bytes[cursor] == UInt8(ascii: "\n") {
                    line += 1
                    lineStart = cursor + 1
                }
                cursor += 1
            }
            let column = 1 + bytes[lineStart..<finding.range.lowerBound].count { $0 & 0xC0 != 0x80 }
            positions.append(TextPosition(line: line, column: column))
        }
        return positions
    }

    /// What `findings` in `bytes` add to a normalization `report`: with `repaired`, a change
    /// recorded for each; otherwise the notice of mojibake left in the text.
    package static func report(
        _ findings: [Finding], in bytes: UnsafeBufferPointer<UInt8>, repaired: Bool,
        into report: inout NormalizationReport
    ) {
        guard let first = findings.first else { return }
        let positions = positions(of: findings, in: bytes)
        if repaired {
            for position in positions { report.record(.mojibake, at: position) }
        } else {
            report.mojibake = NormalizationReport.Mojibake(
                count: findings.count, firstPositions: Array(positions.prefix(NormalizationReport.positionsKept)),
                example: String(decoding: UnsafeBufferPointer(rebasing: bytes[first.range]), as: UTF8.self),
                repairedExample: first.repaired)
        }
    }

    /// What the Windows-1252 bytes of a run stand for, when they are mojibake; nil when not.
    static func repairedRun(_ windows: [UInt8]) -> String? {
        var repaired: [UInt8] = []
        var characters: [Unicode.Scalar] = []
        var fitting = 0
        var unfit = 0
        var index = 0
        while index < windows.count {
            let lead = windows[index]
            let length =
                switch lead {
                case 0xC2...0xDF: 2
                case 0xE0...0xEF: 3
                case 0xF0...0xF4: 4
                default: 0
                }
            if length > 0, index + length <= windows.count,
                windows[(index + 1)..<(index + length)].allSatisfy({ (0x80...0xBF).contains($0) }),
                let scalar = scalar(windows[index..<(index + length)])
            {
                repaired += windows[index..<(index + length)]
                characters.append(scalar)
                fitting += length
                index += length
            } else {
                // A byte that fits no character stays the character it was.
                repaired += Array(String(Character(Windows1252.scalar(windows[index]))).utf8)
                unfit += 1
                index += 1
            }
        }
        guard !characters.isEmpty, unfit * 2 <= fitting else { return nil }
        if fitting == 2 && characters.count == 1 && !plausibleAlone(characters[0]) { return nil }
        return String(decoding: repaired, as: UTF8.self)
    }

    /// Whether one two-byte character is what a lone pair of characters more likely stands for:
    /// a Latin-1 or Latin Extended-A letter or sign, Greek, Cyrillic or Arabic. Not other
    /// scripts, which is what an accented capital or `ß` before a quote or dash spells
    /// (`ß“` → NKo, `Ü”` → Syriac), nor Latin Extended-B (`É”` → `ɔ`).
    private static func plausibleAlone(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0xA0...0x17F, 0x370...0x4FF, 0x600...0x6FF: true
        default: false
        }
    }

    /// The scalar of a well-formed UTF-8 sequence (no overlong form, no surrogate).
    private static func scalar(_ bytes: ArraySlice<UInt8>) -> Unicode.Scalar? {
        var iterator = bytes.makeIterator()
        var decoder = UTF8()
        guard case .scalarValue(let scalar) = decoder.decode(&iterator), iterator.next() == nil else { return nil }
        return scalar
    }

    /// The scalar starting at `index` and its length in bytes; nil for bytes that are not UTF-8.
    private static func decode(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> (
        scalar: Unicode.Scalar, length: Int
    )? {
        let lead = bytes[index]
        let (length, bits): (Int, UInt32) =
            switch lead {
            case 0x00...0x7F: (1, UInt32(lead))
            case 0xC2...0xDF: (2, UInt32(lead & 0x1F))
            case 0xE0...0xEF: (3, UInt32(lead & 0x0F))
            case 0xF0...0xF4: (4, UInt32(lead & 0x07))
            default: (0, 0)
            }
        guard length > 0, index + length <= bytes.count else { return nil }
        var value = bits
        for offset in 1..<length {
            let byte = bytes[index + offset]
            guard byte & 0xC0 == 0x80 else { return nil }
            value = value << 6 | UInt32(byte & 0x3F)
        }
        let smallest: UInt32 = length == 2 ? 0x80 : length == 3 ? 0x800 : length == 4 ? 0x10000 : 0
        guard value >= smallest, let scalar = Unicode.Scalar(value) else { return nil }
        return (scalar, length)
    }

    /// Spaces and ASCII punctuation: what may stand between two runs of one finding.
    private static func isJoiner(_ byte: UInt8) -> Bool {
        byte == 0x20 || (0x21...0x2F).contains(byte) || (0x3A...0x40).contains(byte) || (0x5B...0x60).contains(byte)
            || (0x7B...0x7E).contains(byte)
    }
}
