import CHunspell
import Foundation

/// A Hunspell dictionary (Debian's `hunspell-id` for Indonesian): which words exist, and
/// their stems.
///
/// The Hunspell handle is not thread-safe, so calls are serialized by a lock; the dictionary
/// itself is safe to share. Words are converted to the dictionary's encoding (`id_ID` is
/// ISO-8859-1, its `.aff` file's `SET`); a word that cannot be encoded is simply unknown.
///
/// Hunspell reads its files on a thread of its own, started when the dictionary is opened:
/// the word list (`listedWords()`) is read meanwhile, and the first `spell` or `stems` waits
/// for Hunspell if it is not ready yet.
package final class HunspellDictionary: @unchecked Sendable {
    private var handle: OpaquePointer?
    private let opened = DispatchSemaphore(value: 0)
    private var isOpen = false
    private let lock = NSLock()
    private let latin1: Bool
    /// How the `.aff` file writes affix flags (its `FLAG` line).
    private let flagType: FlagType
    /// The `.aff` and `.dic` files in use.
    package let affixPath: String
    package let dictionaryPath: String

    /// Opens the dictionary made of `affixPath` and `dictionaryPath`.
    package init(affixPath: String, dictionaryPath: String) throws(HunspellError) {
        for path in [affixPath, dictionaryPath] where !FileManager.default.isReadableFile(atPath: path) {
            throw HunspellError.missingFile(path)
        }
        self.affixPath = affixPath
        self.dictionaryPath = dictionaryPath
        (latin1, flagType) = Self.encodingAndFlags(affixPath: affixPath)
        Thread.detachNewThread { [self] in
            handle = Hunspell_create(affixPath, dictionaryPath)
            opened.signal()
        }
    }

    /// How affix flags are written after a `.dic` word: one character each (Hunspell's
    /// default), two (`FLAG long`), or numbers separated by commas (`FLAG num`).
    private enum FlagType { case character, long, number }

    /// Whether the `.aff` file's `SET` line names ISO-8859-1 (Hunspell's default when there is
    /// none), and its `FLAG` type: its lines are read until both are found.
    private static func encodingAndFlags(affixPath: String) -> (latin1: Bool, flags: FlagType) {
        guard let data = FileManager.default.contents(atPath: affixPath) else { return (true, .character) }
        var latin1: Bool? = nil
        var flags: FlagType? = nil
        func value(_ line: Data.SubSequence, after key: String) -> String? {
            guard line.starts(with: Array(key.utf8)) else { return nil }
            return String(decoding: line.dropFirst(key.utf8.count), as: UTF8.self).trimmingCharacters(
                in: .whitespacesAndNewlines)
        }
        var start = data.startIndex
        while start < data.endIndex && (latin1 == nil || flags == nil) {
            let end = data[start...].firstIndex(of: 0x0A) ?? data.endIndex
            let line = data[start..<end]
            if latin1 == nil, let encoding = value(line, after: "SET ")?.uppercased() {
                latin1 = encoding.contains("8859-1") || encoding.contains("LATIN1")
            } else if flags == nil, let type = value(line, after: "FLAG ")?.lowercased() {
                flags = type == "long" ? .long : type == "num" ? .number : .character
            }
            start = end < data.endIndex ? data.index(after: end) : end
        }
        return (latin1 ?? true, flags ?? .character)
    }

    /// Hunspell's handle once it has read its files (waiting for it the first time).
    private func readyHandle() throws(HunspellError) -> OpaquePointer {
        if !isOpen {
            opened.wait()
            isOpen = true
        }
        guard let handle else { throw HunspellError.cannotOpen(affixPath) }
        return handle
    }

    deinit {
        if !isOpen { opened.wait() }
        if let handle { Hunspell_destroy(handle) }
    }

    /// The folders searched for `NAME.aff`/`NAME.dic`: `$ALIH_HUNSPELL_PATH` (colon-separated)
    /// first, then the system's.
    package static var searchPath: [String] {
        let custom =
            ProcessInfo.processInfo.environment["ALIH_HUNSPELL_PATH"]?.split(separator: ":").map(String.init) ?? []
        return custom + ["/usr/share/hunspell", "/usr/share/myspell", "/usr/share/myspell/dicts"]
    }

    /// Opens the installed dictionary `name` (`id_ID`).
    package static func installed(_ name: String = "id_ID") throws(HunspellError) -> HunspellDictionary {
        let files = try installedFiles(name)
        return try HunspellDictionary(affixPath: files.affix, dictionaryPath: files.dictionary)
    }

    /// The `.aff` and `.dic` files of the installed dictionary `name`, found without opening them.
    package static func installedFiles(_ name: String = "id_ID") throws(HunspellError) -> (
        affix: String, dictionary: String
    ) {
        for folder in searchPath {
            let aff = "\(folder)/\(name).aff"
            let dic = "\(folder)/\(name).dic"
            if FileManager.default.isReadableFile(atPath: aff), FileManager.default.isReadableFile(atPath: dic) {
                return (aff, dic)
            }
        }
        throw HunspellError.notInstalled(name, searched: searchPath)
    }

    /// Whether `word` is a correct word (a listed stem or one of its affixed forms).
    package func spell(_ word: String) -> Bool {
        guard let bytes = encode(word) else { return false }
        return locked { (try? readyHandle()).map { Hunspell_spell($0, bytes) != 0 } ?? false }
    }

    /// The stems Hunspell derives for `word` (empty when it does not know the word).
    package func stems(_ word: String) -> [String] {
        guard let bytes = encode(word) else { return [] }
        return locked {
            guard let handle = try? readyHandle() else { return [] }
            var list: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>? = nil
            let count = Hunspell_stem(handle, &list, bytes)
            defer { Hunspell_free_list(handle, &list, count) }
            guard count > 0, let list else { return [] }
            return (0..<Int(count)).compactMap { list[$0].map(decode) }
        }
    }

    /// Every word the `.dic` file lists (its stems, without affix flags), as written there:
    /// proper nouns keep their capital (`Armenia`).
    ///
    /// For Indonesian these are roots (`pukul`, `batas`, `menteri`): the dictionary builds
    /// affixed forms from them with its `.aff` rules.
    package func listedWords() -> Set<String> {
        var words = Set<String>()
        forEachListedWord { words.insert($0) }
        return words
    }

    /// Calls `body` with every word the `.dic` file lists, in file order (see `listedWords()`).
    package func forEachListedWord(_ body: (String) -> Void) {
        forEachListedEntry { word, _ in body(word) }
    }

    /// Calls `body` with every word the `.dic` file lists, in file order, and the number of
    /// affix flags it carries: how many affix classes the dictionary builds forms of it with
    /// (a common root takes many: `ukur` nine, `kukur` one).
    package func forEachListedEntry(_ body: (_ word: String, _ affixFlags: Int) -> Void) {
        forEachListedEntryUTF8 { word, flags in body(String(decoding: word, as: UTF8.self), flags) }
    }

    /// `forEachListedEntry(_:)` with each word as its UTF-8 bytes, valid only during the call:
    /// the dictionary's words are read without making a String of each.
    package func forEachListedEntryUTF8(_ body: (_ word: UnsafeBufferPointer<UInt8>, _ affixFlags: Int) -> Void) {
        guard let data = FileManager.default.contents(atPath: dictionaryPath) else { return }
        data.withUnsafeBytes { raw in
            let bytes = raw.bindMemory(to: UInt8.self)
            guard let base = bytes.baseAddress else { return }
            var utf8: [UInt8] = []
            func endsFlags(_ byte: UInt8) -> Bool { byte == 0x09 || byte == 0x0D || byte == 0x20 }
            /// Where the line from `start` ends (its line feed, or the end of the file).
            func lineEnd(from start: Int) -> Int {
                guard start < bytes.count, let found = memchr(base + start, 0x0A, bytes.count - start) else {
                    return bytes.count
                }
                return UnsafePointer(found.assumingMemoryBound(to: UInt8.self)) - base
            }
            // The first line is the word count.
            var start = lineEnd(from: 0) + 1
            while start < bytes.count {
                let end = lineEnd(from: start)
                defer { start = end + 1 }
                var wordStart = start
                if wordStart < end && bytes[wordStart] == UInt8(ascii: "\\") { wordStart += 1 }
                var wordEnd = wordStart
                while wordEnd < end {
                    let byte = bytes[wordEnd]
                    if byte == UInt8(ascii: "/") || endsFlags(byte) { break }
                    wordEnd += 1
                }
                guard wordEnd > wordStart else { continue }
                var flags = 0
                if wordEnd < end && bytes[wordEnd] == UInt8(ascii: "/") {
                    var flagsEnd = wordEnd + 1
                    while flagsEnd < end && !endsFlags(bytes[flagsEnd]) { flagsEnd += 1 }
                    let written = UnsafeBufferPointer(rebasing: bytes[(wordEnd + 1)..<flagsEnd])
                    switch flagType {
                    case .character: flags = written.count
                    case .long: flags = written.count / 2
                    case .number: flags = written.isEmpty ? 0 : written.count { $0 == UInt8(ascii: ",") } + 1
                    }
                }
                let word = UnsafeBufferPointer(rebasing: bytes[wordStart..<wordEnd])
                if latin1 && word.contains(where: { $0 >= 0x80 }) {
                    // ISO-8859-1: each byte is the scalar of the same value.
                    utf8.removeAll(keepingCapacity: true)
                    for byte in word {
                        if byte < 0x80 {
                            utf8.append(byte)
                        } else {
                            utf8.append(0xC0 | byte >> 6)
                            utf8.append(0x80 | byte & 0x3F)
                        }
                    }
                    utf8.withUnsafeBufferPointer { body($0, flags) }
                } else {
                    body(word, flags)
                }
            }
        }
    }

    private func locked<T>(_ body: () -> T) -> T {
        lock.lock()
        defer { lock.unlock() }
        return body()
    }

    private func encode(_ word: String) -> [CChar]? {
        guard latin1 else { return Array(word.utf8CString) }
        var bytes: [CChar] = []
        bytes.reserveCapacity(word.unicodeScalars.count + 1)
        for scalar in word.unicodeScalars {
            guard scalar.value < 0x100, scalar.value != 0 else { return nil }
            bytes.append(CChar(bitPattern: UInt8(scalar.value)))
        }
        bytes.append(0)
        return bytes
    }

    private func decode(_ pointer: UnsafeMutablePointer<CChar>) -> String {
        let length = strlen(pointer)
        let bytes = UnsafeBufferPointer(
            start: UnsafeRawPointer(pointer).assumingMemoryBound(to: UInt8.self), count: length)
        if latin1 { return String(String.UnicodeScalarView(bytes.map { Unicode.Scalar($0) })) }
        return String(decoding: bytes, as: UTF8.self)
    }
}

/// Why a Hunspell dictionary could not be used.
package enum HunspellError: Error, Equatable, CustomStringConvertible, Sendable {
    case missingFile(String)
    case cannotOpen(String)
    case notInstalled(String, searched: [String])

    package var description: String {
        switch self {
        case .missingFile(let path): "Hunspell dictionary file \(path) is missing or unreadable"
        case .cannotOpen(let path): "Hunspell could not open the dictionary \(path)"
        case .notInstalled(let name, let searched):
            "the Hunspell dictionary \(name) is not installed (looked in \(searched.joined(separator: ", "))); install it with: apt-get install hunspell-id, or set ALIH_HUNSPELL_PATH"
        }
    }
}
