/// How many of the commonest English and Indonesian function words the start of a text holds:
/// a cheap test, before extracting, that a file given to `alih run` as an Indonesian article is
/// plainly English (a translation, an English article in the articles' folder).
///
/// Words are runs of ASCII letters, compared case aside; counting stops after
/// `enough` function words or `limit` bytes, so a long file costs no more than a short one.
/// The lists leave out words Indonesian text carries in capitals or after a hyphen: *as* (AS,
/// Amerika Serikat), *it* (IT), *an* (*1990-an*), *a*. Indonesian news has one of its function
/// words in every few words (*yang*, *di*, *dan*, *ini* …) and nearly none of the English ones;
/// English has the reverse.
package struct FunctionWordCount: Sendable, Equatable {
    package var english = 0
    package var indonesian = 0

    /// Function words counted before the verdict.
    static let enough = 40
    /// Bytes looked at, at most.
    static let limit = 16_384

    static let englishWords = [
        "the", "of", "and", "to", "in", "is", "that", "for", "on", "with", "by", "at", "are", "from", "this", "be",
        "have", "has", "had", "were", "was", "which", "not", "but", "or", "will", "their", "they", "its", "been",
        "would", "he", "she", "his", "her", "who", "said",
    ]
    static let indonesianWords = [
        "yang", "dan", "di", "ini", "itu", "dengan", "untuk", "dari", "dalam", "tidak", "akan", "pada", "ke", "juga",
        "ada", "oleh", "adalah", "sebagai", "karena", "telah", "sudah", "atau", "bisa", "para", "bahwa", "saat",
        "lebih", "tersebut", "mereka", "kata", "namun", "seperti", "hingga", "menjadi", "masih",
    ]

    /// The words by their letters packed into an integer (one lowercase letter a byte), in an
    /// open-addressing table of `slots` places: `kinds` is 1 for English, 2 for Indonesian, 0
    /// for an empty place.
    private static let slots = 256
    private static let table: (keys: [UInt64], kinds: [UInt8]) = {
        var keys = [UInt64](repeating: 0, count: slots)
        var kinds = [UInt8](repeating: 0, count: slots)
        for (words, kind) in [(englishWords, UInt8(1)), (indonesianWords, 2)] {
            for word in words {
                let key = word.utf8.reduce(UInt64(0)) { $0 << 8 | UInt64($1) }
                var slot = place(of: key)
                while kinds[slot] != 0 { slot = (slot + 1) & (slots - 1) }
                keys[slot] = key
                kinds[slot] = kind
            }
        }
        return (keys, kinds)
    }()

    private static func place(of key: UInt64) -> Int {
        Int(truncatingIfNeeded: (key &* 0x9E37_79B9_7F4A_7C15) >> 56)
    }

    package init(english: Int, indonesian: Int) {
        self.english = english
        self.indonesian = indonesian
    }

    /// The function words at the start of `bytes` (UTF-8).
    package init(_ bytes: [UInt8]) {
        let (keys, kinds) = Self.table
        var counts = (english: 0, indonesian: 0)
        keys.withUnsafeBufferPointer { keys in
            kinds.withUnsafeBufferPointer { kinds in
                /// Counts the word packed into `key`, of `length` letters; true when enough are counted.
                func count(_ key: UInt64, _ length: Int) -> Bool {
                    guard length >= 2 && length <= 8 else { return false }
                    var slot = Self.place(of: key)
                    while kinds[slot] != 0 {
                        if keys[slot] == key {
                            if kinds[slot] == 1 { counts.english &+= 1 } else { counts.indonesian &+= 1 }
                            return counts.english &+ counts.indonesian >= Self.enough
                        }
                        slot = (slot &+ 1) & (Self.slots - 1)
                    }
                    return false
                }
                bytes.withUnsafeBufferPointer { text in
                    var key: UInt64 = 0
                    var length = 0
                    for byte in text.prefix(Self.limit) {
                        let lower = byte | 0x20
                        if lower &- 0x61 < 26 {
                            key = key &<< 8 | UInt64(lower)
                            length &+= 1
                        } else if byte >= 0x80 {
                            // A letter of another script, or of a word with accents: the word is none of these.
                            length = 9
                        } else if length > 0 {
                            if count(key, length) { return }
                            key = 0
                            length = 0
                        }
                    }
                    _ = count(key, length)
                }
            }
        }
        (english, indonesian) = counts
    }

    /// Whether the text is plainly English: at least ten English function words, and four
    /// times as many as Indonesian ones. Indonesian articles quoting English stay well below.
    package var isPlainlyEnglish: Bool {
        english >= 10 && english >= 4 * indonesian
    }
}
