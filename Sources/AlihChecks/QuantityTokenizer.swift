/// Cuts a text into `QuantityToken`s, reading its UTF-8.
///
/// Tokens are made of Swift `Character`s (grapheme clusters) classified by their properties:
/// whitespace, ASCII digit, letter, or anything else. The classification is the one of
/// `Character.isWhitespace`, `isASCII && isNumber` and `isLetter`, with a shortcut that decides
/// from one byte: an ASCII byte followed by an ASCII byte (or the end) is a whole character —
/// two ASCII scalars are never one grapheme cluster, except CR LF, which is whitespace either
/// way. Every other character (non-ASCII, or ASCII with a combining mark or other extension
/// after it) is taken from the `String` and asked for its properties. Runs of ASCII letters are
/// read eight bytes at a time.
enum QuantityTokenizer {
    /// What a character is to the tokenizer.
    enum Class { case whitespace, digit, letter, apostrophe, other }

    /// The class of each ASCII byte as a character of its own.
    static let asciiClasses: [Class] = (0..<128).map { byte in
        switch UInt8(byte) {
        case 0x09...0x0D, 0x20: .whitespace
        case UInt8(ascii: "0")...UInt8(ascii: "9"): .digit
        case UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "a")...UInt8(ascii: "z"): .letter
        case UInt8(ascii: "'"): .apostrophe
        default: .other
        }
    }

    /// The tokens of `text`, whose UTF-8 is `bytes`.
    static func tokens(of text: String, bytes: UnsafeBufferPointer<UInt8>) -> [QuantityToken] {
        let count = bytes.count
        let classes = asciiClasses

        /// The class of the character starting at byte `p` (a character boundary) and where it ends.
        func character(at p: Int) -> (Class, end: Int) {
            let byte = bytes[p]
            if byte < 0x80 {
                if p + 1 == count { return (classes[Int(byte)], p + 1) }
                let next = bytes[p + 1]
                if next < 0x80 {
                    if byte == 0x0D && next == 0x0A { return (.whitespace, p + 2) }
                    return (classes[Int(byte)], p + 1)
                }
            }
            let index = text.utf8.index(text.startIndex, offsetBy: p)
            let end = text.index(after: index)
            let c = text[index]
            let kind: Class =
                if c.isWhitespace { .whitespace } else if c.isASCII && c.isNumber { .digit } else if c.isLetter {
                    .letter
                } else if c == "'" || c == "\u{2019}" { .apostrophe } else { .other }
            return (kind, text.utf8.distance(from: text.startIndex, to: end))
        }

        /// How many of the eight bytes from `p` are ASCII letters in a row (0 to 8). Per byte,
        /// without carries between bytes (each at most 0x7F once folded): the byte with bit 5
        /// set is at least `a` and below `{`, and the byte itself is below 0x80.
        func asciiLetters(at p: Int) -> Int {
            let word = UnsafeRawBufferPointer(bytes).loadUnaligned(fromByteOffset: p, as: UInt64.self)
            let folded = (word | 0x2020_2020_2020_2020) & 0x7F7F_7F7F_7F7F_7F7F
            let atLeastA = folded &+ 0x1F1F_1F1F_1F1F_1F1F
            let aboveZ = folded &+ 0x0505_0505_0505_0505
            let others = ~(atLeastA & ~aboveZ & ~word) & 0x8080_8080_8080_8080
            return others == 0 ? 8 : others.trailingZeroBitCount >> 3
        }

        var tokens: [QuantityToken] = []
        tokens.reserveCapacity(count / 5)
        var p = 0
        var space = true
        while p < count {
            let byte = bytes[p]
            // An ASCII byte followed by an ASCII byte (or the end) is a character of its own (CR
            // LF read as two is whitespace all the same).
            let (first, afterFirst) =
                byte < 0x80 && (p + 1 == count || bytes[p + 1] < 0x80)
                ? (classes[Int(byte)], p + 1) : character(at: p)
            if first == .whitespace {
                space = true
                p = afterFirst
                continue
            }
            var j = afterFirst
            let firstIsASCII = afterFirst == p + 1 && byte < 0x80
            var isASCII = firstIsASCII
            let kind: QuantityToken.Kind
            switch first {
            case .digit:
                // Digits are ASCII: a character that starts with another byte is not one.
                kind = .digits
                while j < count, bytes[j] &- 0x30 < 10 {
                    if j + 1 == count || bytes[j + 1] < 0x80 {
                        j += 1
                        continue
                    }
                    let (c, end) = character(at: j)
                    guard c == .digit else { break }
                    j = end
                }
            case .letter:
                kind = .word
                while j < count {
                    // A run of ASCII letters, eight bytes at a time: each letter but the run's
                    // last is followed by an ASCII letter, so is a character of its own. A run
                    // that stops at an ASCII byte other than an apostrophe ends the word there
                    // (that byte's character is no letter and no apostrophe, whatever follows
                    // it); otherwise its last letter is left to the test below, which looks at
                    // the byte after it.
                    if j + 8 <= count {
                        let run = asciiLetters(at: j)
                        if run == 8 {
                            j += 7
                            continue
                        }
                        if run > 0 {
                            let after = bytes[j + run]
                            if after < 0x80 && after != UInt8(ascii: "'") {
                                j += run
                                break
                            }
                            j += run - 1
                        }
                    }
                    // ASCII letters followed by ASCII: one byte, one character (the common case).
                    let byte = bytes[j]
                    if byte < 0x80, j + 1 == count || bytes[j + 1] < 0x80, classes[Int(byte)] == .letter {
                        j += 1
                        continue
                    }
                    let (c, end) = character(at: j)
                    if c == .letter {
                        j = end
                    } else if c == .apostrophe, end < count, character(at: end).0 == .letter {
                        j = end
                    } else {
                        break
                    }
                    if isASCII {
                        for k in afterFirst..<end where bytes[k] >= 0x80 {
                            isASCII = false
                            break
                        }
                    }
                }
            default:
                kind = .symbol
            }
            tokens.append(
                QuantityToken(
                    kind: kind, start: p, utf8Count: j - p, spaceBefore: space,
                    firstASCII: firstIsASCII ? byte : 0, isASCII: isASCII))
            space = false
            p = j
        }
        return tokens
    }
}
