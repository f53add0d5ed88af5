/// BCP-47 language tags as Alih accepts them (`id`, `en`, `en-GB`, `zh-Hant-TW`).
package enum LanguageTag {
    /// Whether `tag` has the shape of a BCP-47 tag: a 2–3 letter (or 4–8 letter) language
    /// subtag, then subtags of 1–8 letters or digits separated by hyphens.
    package static func isWellFormed(_ tag: String) -> Bool {
        let parts = tag.split(separator: "-", omittingEmptySubsequences: false)
        guard let language = parts.first, (2...8).contains(language.count),
            language.allSatisfy({ $0.isASCII && $0.isLetter })
        else { return false }
        return parts.dropFirst().allSatisfy { part in
            (1...8).contains(part.count) && part.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber) }
        }
    }
}
