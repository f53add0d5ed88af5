import AlihHunspell
import AlihTestSupport
import Foundation

/// A benchmark corpus whose vocabulary grows with its size, unlike one article repeated.
///
/// It starts with all the real Indonesian text there is: the 48 Wikipedia articles and the UD
/// Indonesian-GSD sentences of `../shared/data`, the seed article and the shipped example, in
/// a shuffled order. Past that, the same paragraphs come again with their sentences shuffled,
/// one word in twelve replaced by a real Indonesian word form (a root of Hunspell's Indonesian
/// dictionary with a prefix, its nasal assimilated as Indonesian writes it, and a suffix, kept
/// only when Hunspell accepts the form: *memperkuat*, *penulisannya*, *dikirimkan*) and one
/// capitalised word in eight by a new name, so that new word forms keep arriving as a growing
/// archive brings them. Everything is drawn from a fixed seed: the same size gives the same
/// bytes.
struct VariedCorpus {
    /// The real paragraphs, in the order they are used.
    let paragraphs: [String]
    /// Lowercase words of four letters or more of the real text.
    let vocabulary: [String]
    /// Roots of Hunspell's Indonesian dictionary, and the dictionary to check forms with.
    private let roots: [String]
    private let dictionary: HunspellDictionary?

    init(shared: URL?, root: URL) {
        var paragraphs: [String] = []
        func add(_ text: String) {
            paragraphs += text.components(separatedBy: "\n\n").map {
                $0.trimmingCharacters(in: .whitespacesAndNewlines)
            }
            .filter { !$0.isEmpty }
        }
        if let shared {
            let wiki = shared.appendingPathComponent("data/id-wikipedia-covid")
            for file in (try? FileManager.default.contentsOfDirectory(atPath: wiki.path))?.sorted() ?? [] {
                add((try? String(contentsOf: wiki.appendingPathComponent(file), encoding: .utf8)) ?? "")
            }
            let ud =
                (try? String(
                    contentsOf: shared.appendingPathComponent("data/ud-id-gsd-traindev.seg.jsonl"), encoding: .utf8))
                ?? ""
            for line in ud.split(separator: "\n") {
                if let object = try? JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any],
                    let text = object["text"] as? String
                {
                    paragraphs.append(text)
                }
            }
            for file
                in (try? FileManager.default.contentsOfDirectory(atPath: shared.appendingPathComponent("seeds").path))
                ?? []
            {
                add((try? String(contentsOf: shared.appendingPathComponent("seeds/\(file)"), encoding: .utf8)) ?? "")
            }
        }
        add((try? String(contentsOf: root.appendingPathComponent("Examples/berita-contoh.txt"), encoding: .utf8)) ?? "")
        var random = SplitMix64(seed: 2026)
        paragraphs.shuffle(using: &random)
        self.paragraphs = paragraphs
        var words = Set<String>()
        for paragraph in paragraphs {
            for word in paragraph.split(separator: " ")
            where word.count >= 4 && word.allSatisfy({ $0.isLetter && $0.isLowercase }) {
                words.insert(String(word))
            }
        }
        vocabulary = words.sorted()
        dictionary = try? HunspellDictionary.installed()
        roots = (dictionary?.listedWords() ?? []).filter {
            $0.count >= 4 && $0.allSatisfy { $0.isLetter && $0.isLowercase }
        }.sorted()
    }

    /// Bytes of real text before variants start.
    var realBytes: Int { paragraphs.reduce(0) { $0 + $1.utf8.count + 2 } }

    /// At least `bytes` bytes of text, paragraphs separated by blank lines.
    func text(bytes: Int) -> String {
        var text = ""
        text.reserveCapacity(bytes + 10_000)
        var random = SplitMix64(seed: 17)
        var round = 0
        while text.utf8.count < bytes {
            for paragraph in paragraphs {
                text += round == 0 ? paragraph : variant(of: paragraph, using: &random)
                text += "\n\n"
                if text.utf8.count >= bytes { break }
            }
            round += 1
        }
        return text
    }

    /// Articles of about `size` bytes each, `count` of them, from the same text.
    func articles(count: Int, size: Int) -> [String] {
        let text = self.text(bytes: count * size)
        var articles: [String] = []
        var current = ""
        for paragraph in text.components(separatedBy: "\n\n") where !paragraph.isEmpty {
            current += paragraph + "\n\n"
            if current.utf8.count >= size {
                articles.append(current)
                current = ""
                if articles.count == count { break }
            }
        }
        if articles.count < count && !current.isEmpty { articles.append(current) }
        return articles
    }

    static let prefixes = ["", "meN", "di", "ber", "ter", "peN", "ke", "se", "per", "memper", "diper", "keN"]
    static let suffixes = ["", "kan", "i", "an", "nya", "lah", "annya", "kannya", "pun", "nyalah"]
    static let syllables = [
        "ba", "di", "ko", "ra", "su", "wan", "ti", "ja", "ya", "mo", "no", "har", "lin", "go", "se", "tu", "pra",
    ]

    private func variant(of paragraph: String, using random: inout SplitMix64) -> String {
        var sentences = paragraph.components(separatedBy: ". ")
        sentences.shuffle(using: &random)
        var words = sentences.joined(separator: ". ").split(separator: " ", omittingEmptySubsequences: false).map(
            String.init)
        for i in words.indices {
            let word = words[i]
            guard let first = word.first, first.isLetter, word.allSatisfy(\.isLetter) else { continue }
            if first.isUppercase, word.count > 1, random.next() % 8 == 0 {
                let name = (0..<(2 + Int(random.next() % 3))).map { _ in
                    Self.syllables[Int(random.next() % UInt64(Self.syllables.count))]
                }.joined()
                words[i] = name.prefix(1).uppercased() + name.dropFirst()
            } else if first.isLowercase, word.count >= 4, random.next() % 12 == 0, let form = realForm(using: &random) {
                words[i] = form
            }
        }
        return words.joined(separator: " ")
    }

    /// A random affixed form of a random dictionary root that Hunspell accepts (a few tries).
    private func realForm(using random: inout SplitMix64) -> String? {
        guard let dictionary, !roots.isEmpty else { return nil }
        for _ in 0..<6 {
            let root = roots[Int(random.next() % UInt64(roots.count))]
            let prefix = Self.prefixes[Int(random.next() % UInt64(Self.prefixes.count))]
            let suffix = Self.suffixes[Int(random.next() % UInt64(Self.suffixes.count))]
            let form = Self.attach(prefix, to: root) + suffix
            if form != root && dictionary.spell(form) { return form }
        }
        return nil
    }

    /// `prefix` + `root`, with meN-/peN-/keN- assimilated to the root's first sound as
    /// Indonesian writes it (*memukul*, *menulis*, *menyapu*, *mengirim*, *melihat*).
    static func attach(_ prefix: String, to root: String) -> String {
        guard prefix.hasSuffix("N"), let first = root.first else { return prefix + root }
        let base = String(prefix.dropLast())
        switch first {
        case "p": return base + "m" + root.dropFirst()
        case "t": return base + "n" + root.dropFirst()
        case "s": return base + "ny" + root.dropFirst()
        case "k": return base + "ng" + root.dropFirst()
        case "b", "f", "v": return base + "m" + root
        case "c", "d", "j", "z": return base + "n" + root
        case "a", "e", "i", "o", "u", "g", "h": return base + "ng" + root
        default: return base + root
        }
    }

    /// Distinct word forms of `text` (letters only, case kept), for the report.
    static func distinctWords(_ text: String) -> Int {
        var seen = Set<Substring>()
        for word in text.split(whereSeparator: { !$0.isLetter }) { seen.insert(word) }
        return seen.count
    }
}
