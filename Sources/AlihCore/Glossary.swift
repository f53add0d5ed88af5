/// A bilingual glossary: terms of the source language with their approved (and forbidden)
/// translations. Formats (TSV, CSV, TBX) read and write it; the glossary stage matches it.
public struct Glossary: Sendable, Equatable {
    /// Where it was read from, for messages.
    public var name: String
    public var sourceLanguage: String
    public var targetLanguage: String
    public var entries: [GlossaryEntry]
    /// The file it was read from, when it was read to be matched (`GlossaryFile.readForMatching`).
    package var origin: GlossaryOrigin? = nil

    public init(
        name: String, sourceLanguage: String = "id", targetLanguage: String = "en", entries: [GlossaryEntry] = []
    ) {
        self.name = name
        self.sourceLanguage = sourceLanguage
        self.targetLanguage = targetLanguage
        self.entries = entries
    }
}

/// One concept: a source term and its translations.
///
/// A file may spread one entry over several rows (one per translation); readers merge rows
/// with the same source term into one entry.
public struct GlossaryEntry: Sendable, Equatable {
    /// Stable id within the glossary (`e1`, `e2`, … in reading order unless the file names them).
    public var id: String
    /// The source term as written in the glossary (`juru bicara`, `KPK`).
    public var source: String
    /// Translations in order of preference; the first preferred one is the one to use.
    public var translations: [GlossaryTranslation]
    /// Part of speech (`noun`, `verb`, `propn`, …), when known.
    public var partOfSpeech: String?
    /// Match only with the exact letter case (acronyms: `MA` must not match `ma`).
    public var caseSensitive: Bool
    /// Do not translate: names and brands that stay as they are.
    public var doNotTranslate: Bool
    /// Subject field (`politics`, `military`, …).
    public var domain: String?
    /// Where the entry was defined (file and line of its first row).
    public var definedAt: SourceLocation?

    public init(
        id: String, source: String, translations: [GlossaryTranslation],
        partOfSpeech: String? = nil, caseSensitive: Bool = false, doNotTranslate: Bool = false,
        domain: String? = nil, definedAt: SourceLocation? = nil
    ) {
        self.id = id
        self.source = source
        self.translations = translations
        self.partOfSpeech = partOfSpeech
        self.caseSensitive = caseSensitive
        self.doNotTranslate = doNotTranslate
        self.domain = domain
        self.definedAt = definedAt
    }

    /// The note shown to translators: the preferred translation's note.
    public var note: String {
        (translations.first { $0.status == .preferred } ?? translations.first)?.note ?? ""
    }

    /// Translations translators may use (preferred first, then admitted).
    public var allowedTranslations: [GlossaryTranslation] {
        translations.filter { $0.status == .preferred } + translations.filter { $0.status == .admitted }
    }

    /// Translations translators must not use.
    public var forbiddenTranslations: [GlossaryTranslation] {
        translations.filter { $0.status == .forbidden }
    }

    /// Equality ignores where the entry was defined.
    public static func == (a: GlossaryEntry, b: GlossaryEntry) -> Bool {
        a.id == b.id && a.source == b.source && a.translations == b.translations
            && a.partOfSpeech == b.partOfSpeech && a.caseSensitive == b.caseSensitive
            && a.doNotTranslate == b.doNotTranslate && a.domain == b.domain
    }
}

/// A translation of a glossary term with its status.
public struct GlossaryTranslation: Sendable, Equatable, Hashable {
    public var text: String
    public var status: TermStatus
    /// A note on this translation alone (why it is forbidden, when it is admitted).
    public var note: String

    public init(_ text: String, status: TermStatus = .preferred, note: String = "") {
        self.text = text
        self.status = status
        self.note = note
    }
}

/// How a term may be used, as in TBX's administrative status.
public enum TermStatus: String, Sendable, Equatable, Hashable, Codable, CaseIterable {
    /// The translation to use.
    case preferred
    /// Acceptable as well.
    case admitted
    /// Must not be used (a common wrong translation).
    case forbidden
}
