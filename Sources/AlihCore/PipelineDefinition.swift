import Foundation

/// What a pipeline does, stage by stage: the model behind `Pipelines/*.yaml`.
///
/// Every option has a default, so a pipeline file only states what differs. The built-in
/// definitions (`newsArticle`, `plainText`) are what the shipped YAML files say; a test keeps
/// them equal.
public struct PipelineDefinition: Sendable, Equatable, Codable {
    /// The newest definition format this build reads.
    public static let currentVersion = 1

    /// Format version of the definition (`version: 1`).
    public var version: Int
    /// Short name, written into the XLIFF so that a reimport knows how the file was made.
    public var name: String
    public var summary: String
    public var sourceLanguage: String
    public var targetLanguage: String
    public var normalization: NormalizationOptions
    public var boilerplate: BoilerplateOptions
    public var segmentation: SegmentationOptions
    public var xliff: XLIFFOptions
    /// How articles are read (`input-format: html` for a CMS's pages); nil: by each file's
    /// extension. Left out of the checksum when nil.
    public var inputFormat: InputFormat?
    /// What a site's pages have as chrome and as content beyond the generic rules (`html:`);
    /// nil: none. Left out of the checksum when nil.
    public var html: HTMLOptions?

    public init(
        name: String, summary: String = "", sourceLanguage: String = "id", targetLanguage: String = "en",
        normalization: NormalizationOptions = NormalizationOptions(),
        boilerplate: BoilerplateOptions = BoilerplateOptions(),
        segmentation: SegmentationOptions = SegmentationOptions(),
        xliff: XLIFFOptions = XLIFFOptions(), inputFormat: InputFormat? = nil
    ) {
        self.version = Self.currentVersion
        self.name = name
        self.summary = summary
        self.sourceLanguage = sourceLanguage
        self.targetLanguage = targetLanguage
        self.normalization = normalization
        self.boilerplate = boilerplate
        self.segmentation = segmentation
        self.xliff = xliff
        self.inputFormat = inputFormat
    }

    /// The built-in definitions by name.
    public static let builtIn: [String: PipelineDefinition] = [
        newsArticle.name: newsArticle, newsArticleHTML.name: newsArticleHTML, plainText.name: plainText,
    ]

    /// News pages as a CMS holds them: the news article's rules, every input read as an HTML
    /// page (`Pipelines/news-article-html.yaml` states the same).
    public static let newsArticleHTML: PipelineDefinition = {
        var definition = newsArticle
        definition.name = "news-article-html"
        definition.summary = "Indonesian news pages (HTML): markup kept as inline codes, page chrome left in the page."
        definition.inputFormat = .html
        return definition
    }()

    /// Plain text: normalize and segment, no page-chrome rules.
    public static let plainText = PipelineDefinition(
        name: "plain-text",
        summary: "Plain Indonesian text: normalize, segment, XLIFF. No boilerplate rules.",
        boilerplate: BoilerplateOptions(rules: [])
    )
}

/// The switches of the normalize stage; each change it makes is counted and reported.
public struct NormalizationOptions: Sendable, Equatable, Codable {
    /// Compose to Unicode NFC.
    public var nfc = true
    /// No-break spaces, tabs and other Unicode spaces become a plain space.
    public var unicodeSpaces = true
    /// Remove zero-width spaces, word joiners and stray byte-order marks (ZWJ and ZWNJ are kept:
    /// emoji sequences and some scripts need them).
    public var zeroWidth = true
    /// Remove soft hyphens.
    public var softHyphens = true
    /// Remove control characters that XML 1.0 cannot carry (tab and line feed are kept).
    public var controlCharacters = true
    /// Collapse runs of spaces to one.
    public var collapseSpaces = true
    /// Trim spaces at the start and end of every line.
    public var trimLines = true
    /// Turn `--` between two words into an em dash.
    public var doubleHyphenToEmDash = false
    /// Turn mojibake (UTF-8 read as Windows-1252: `Ã©`, `Ø¹ÙÙ…`) back into what it stands for.
    /// Off by default: it is then reported, never changed.
    public var repairMojibake = false

    public init() {}
}

/// The boilerplate stage: rules that recognise page chrome, tried in order.
public struct BoilerplateOptions: Sendable, Equatable, Codable {
    public var rules: [BoilerplateRule]
    /// Whether a paragraph that repeats the one before it word for word (five words or more;
    /// page chrome between them does not count) is sent once (`BlockKind.repeated`).
    public var repeatedParagraphs: Bool

    public init(rules: [BoilerplateRule] = [], repeatedParagraphs: Bool = false) {
        self.rules = rules
        self.repeatedParagraphs = repeatedParagraphs
    }
}

/// The segment stage: ICU's sentence rules plus abbreviations ICU lacks for Indonesian.
public struct SegmentationOptions: Sendable, Equatable, Codable {
    /// ICU locale for the sentence break iterator; empty means the pipeline's source language.
    public var locale: String
    /// Abbreviations that never end a sentence, added to the built-in Indonesian list (`Bpk.`);
    /// a built-in one that ends a sentence before a sentence starter (`Corp.`) listed here
    /// never does.
    public var addNonTerminal: [String]
    /// Abbreviations that end a sentence only before a capitalised word, added to the built-in
    /// list (`dll.`).
    public var addListEnding: [String]
    /// Built-in abbreviations to forget.
    public var remove: [String]
    /// Whether a single capital letter with a period (`Z.` in `Adnan Z. Amin`) is an initial,
    /// which ends a sentence only before a word that starts sentences (`… vitamin C. Namun …`).
    public var initials: Bool

    public init(
        locale: String = "", addNonTerminal: [String] = [], addListEnding: [String] = [],
        remove: [String] = [], initials: Bool = true
    ) {
        self.locale = locale
        self.addNonTerminal = addNonTerminal
        self.addListEnding = addListEnding
        self.remove = remove
        self.initials = initials
    }
}

/// A site's page chrome, as CSS-like selectors (`div.share-box`, `#terkait`, `.baca-juga`,
/// `aside[data-ad]`): one element each, with its name, classes, id and attributes.
public struct HTMLOptions: Sendable, Equatable, Codable {
    /// Elements that are page chrome, beyond the generic rules.
    public var chrome: [String]
    /// Elements that are never chrome, whatever their class or id says (an article body whose
    /// class happens to hold `tags`).
    public var content: [String]

    public init(chrome: [String] = [], content: [String] = []) {
        self.chrome = chrome
        self.content = content
    }
}

/// How the XLIFF is written.
public struct XLIFFOptions: Sendable, Equatable, Codable {
    public var version: XLIFFVersion
    /// Copy each source into its target (XLIFF 1.2 for OmegaT, which translates `<target>`).
    public var prefillTargets: Bool

    public init(version: XLIFFVersion = .v2_1, prefillTargets: Bool = false) {
        self.version = version
        self.prefillTargets = prefillTargets
    }
}

/// The XLIFF versions Alih writes.
public enum XLIFFVersion: String, Sendable, Equatable, Codable, CaseIterable {
    // The cases are named after the versions' numbers.
    // swift-format-ignore: AlwaysUseLowerCamelCase
    case v2_1 = "2.1"
    // swift-format-ignore: AlwaysUseLowerCamelCase
    case v1_2 = "1.2"
}

extension PipelineDefinition {
    /// A checksum of everything that affects the output (not where the file was read from),
    /// so that a reimport or an incremental run can tell whether the pipeline changed.
    public var checksum: String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        let data = (try? encoder.encode(self)) ?? Data()
        var hash = SHA256()
        hash.update(data)
        return hash.finalizeChecksum()
    }
}
