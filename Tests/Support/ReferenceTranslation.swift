import Foundation

/// The English reference translation of the shipped example (`Fixtures/berita-contoh.en.tsv`:
/// segment id, tab, English), and a way to put it into an extracted XLIFF file as a CAT tool would.
public enum ReferenceTranslation {
    public static var url: URL { TestPaths.repo("Tests/AlihTests/Fixtures/berita-contoh.en.tsv") }

    /// Segment id → English.
    public static func load() throws -> [String: String] {
        let text = try String(contentsOf: url, encoding: .utf8)
        var result: [String: String] = [:]
        for line in text.split(separator: "\n") {
            let parts = line.split(separator: "\t", maxSplits: 1)
            if parts.count == 2 { result[String(parts[0])] = String(parts[1]) }
        }
        return result
    }

    /// `xliff` (XLIFF 1.2 with prefilled targets, or 2.1) with every target of a translated
    /// segment replaced by its English.
    public static func translate(_ xliff: String) throws -> String {
        let translations = try load()
        var out = ""
        var rest = xliff[...]
        while let open = rest.range(of: #" id=""#) {
            out += rest[..<open.upperBound]
            rest = rest[open.upperBound...]
            guard let close = rest.firstIndex(of: "\"") else { break }
            let id = String(rest[..<close])
            guard let english = translations[id], let target = rest.range(of: "<target"),
                let end = rest.range(of: "</target>"),
                target.lowerBound < end.lowerBound, !rest[..<target.lowerBound].contains("</segment>"),
                !rest[..<target.lowerBound].contains("</trans-unit>")
            else { continue }
            let tagEnd = rest[target.upperBound...].firstIndex(of: ">")!
            out += rest[..<rest.index(after: tagEnd)]
            out += english.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;")
                .replacingOccurrences(of: ">", with: "&gt;")
            rest = rest[end.lowerBound...]
        }
        return out + rest
    }
}
