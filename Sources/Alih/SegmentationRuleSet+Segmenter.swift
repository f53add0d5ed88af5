import AlihCore
import AlihFormats
import AlihStages

extension SegmentationRuleSet {
    /// The sentence segmenter's rules restated as SRX rules, in the order that makes them
    /// decide as the segmenter does.
    ///
    /// The segmenter breaks where ICU's sentence rules do, then joins at some of those breaks
    /// (`SentenceSegmenter`). SRX takes the first rule that matches at a position, so the joins
    /// come first as no-break rules (each after the break that overrides it), then ICU's own
    /// exceptions, then ICU's breaks:
    /// 1. a break after the abbreviations that may end a sentence, before a sentence starter
    ///    (`IndonesianSentenceStarters`);
    /// 2. every abbreviation that never ends a sentence, as a word (after a space, a line
    ///    start or opening quotes and brackets), a capital first letter also matching in
    ///    lowercase, as the segmenter compares;
    /// 3. single-letter initials, when the segmenter has them: a break before a sentence
    ///    starter, none before anything else;
    /// 4. list abbreviations before a lowercase word, number abbreviations before a number or a
    ///    lowercase word;
    /// 5. a lowercase word after `?` or `!`;
    /// 6. a break at two sentences joined by a period without a space (`kematian.Masa`), which
    ///    the segmenter adds; ICU: a period before a digit, or between a letter and a capital;
    /// 7. breaks: after a line break; after a terminator and its closing marks, before spaces
    ///    and what ICU takes for the start of a sentence.
    /// Breaks fall right after the terminator and its closing marks; tools trim the spaces
    /// between segments, as the segmenter does.
    ///
    /// - Parameters:
    ///   - segmenter: the compiled stage, whose abbreviation sets are final (the pipeline's
    ///     additions and removals applied).
    ///   - options: the pipeline's segmentation options, for the order of its additions.
    ///   - language: the source language the rules are for (`id`).
    ///   - name: the rule set's name, as CAT tools show it.
    init(segmenter: SentenceSegmenter, options: SegmentationOptions, language: String, name: String) {
        typealias Classes = SentenceBreakClasses
        let closing = "[\(Classes.close)]*"
        var rules: [Rule] = []

        let nonTerminal = Self.ordered(
            IndonesianAbbreviations.nonTerminal + options.addNonTerminal, keeping: segmenter.nonTerminal
        )
        .filter { abbreviation in
            // `dr.` is matched by the rule for `Dr.` already.
            let capitalized = Self.capitalizedFirst(abbreviation)
            return capitalized == abbreviation || !segmenter.nonTerminal.contains(capitalized)
        }
        let starter = Self.sentenceStarter
        let mayEndSentence = nonTerminal.filter(segmenter.mayEndSentence.contains)
        if !mayEndSentence.isEmpty {
            rules.append(
                Rule(
                    breaks: true,
                    before: Self.word(
                        "(?:" + mayEndSentence.map(Self.firstLetterEitherCase).joined(separator: "|") + ")"),
                    after: starter,
                    comment: "An abbreviation that closes a name or phrase (company forms, degrees, Jr., months, tsb.) "
                        + "ends a sentence before a word that starts sentences (\(IndonesianSentenceStarters.words.count) "
                        + "words learnt from UD Indonesian-GSD: … Insurance Co. Sedangkan …)."))
        }
        for (n, abbreviation) in nonTerminal.enumerated() {
            rules.append(
                Rule(
                    breaks: false, before: Self.word(Self.firstLetterEitherCase(abbreviation)), after: "",
                    comment: n == 0
                        ? "Never a sentence end: titles, degrees, addresses, company forms, references and months "
                            + "(\(nonTerminal.count) rules; those of the rule above before a sentence starter only). "
                            + "A capital first letter also matches in lowercase (Jl. and jl.), as in Alih." : nil))
        }
        if segmenter.initials {
            let initial = Self.word("[\\p{Lu}\(Classes.otherUppercase)]\\.")
            rules.append(
                Rule(
                    breaks: true, before: initial, after: starter,
                    comment: "A capital letter with a period ends a sentence before a word that starts sentences "
                        + "(… vitamin C. Namun …)."))
            rules.append(
                Rule(
                    breaks: false, before: initial, after: "",
                    comment: "Otherwise it is an initial, no sentence end (Adnan Z. Amin)."))
        }
        let notLetterOrDigit = "[^\\p{L}\\p{N}\(Classes.upper)\(Classes.lower)\(Classes.lineBreak)]*"
        let listEnding = Self.ordered(
            IndonesianAbbreviations.listEnding + options.addListEnding, keeping: segmenter.listEnding)
        for (n, abbreviation) in listEnding.enumerated() {
            rules.append(
                Rule(
                    breaks: false, before: Self.word(Self.literal(abbreviation)),
                    after: "(?=\(notLetterOrDigit)[\(Classes.lower)])",
                    comment: n == 0
                        ? "A list abbreviation (dll.) ends a sentence unless the next letter or digit is a "
                            + "lowercase letter." : nil))
        }
        let beforeNumber = Self.ordered(IndonesianAbbreviations.beforeNumber, keeping: segmenter.beforeNumber)
        for (n, abbreviation) in beforeNumber.enumerated() {
            rules.append(
                Rule(
                    breaks: false, before: Self.word(Self.literal(abbreviation)),
                    after: "(?=\(notLetterOrDigit)[\\p{N}\(Classes.lower)])",
                    comment: n == 0
                        ? "A number abbreviation (No.) ends a sentence unless the next letter or digit is a "
                            + "digit or a lowercase letter (No. 12)." : nil))
        }
        rules.append(
            Rule(
                breaks: false, before: "[\(Classes.sTerm)]" + closing,
                after: "(?=[\(Classes.space)]*[\(Classes.lower)])",
                comment: "After ? or ! and closing quotes or brackets, a lowercase word continues the sentence "
                    + "(“Siapa?” tanya dia)."))
        rules.append(
            Rule(
                breaks: false, before: "[\(Classes.aTerm)]", after: "(?=[\(Classes.numeric)])",
                comment: "ICU: a period before a digit (3.14) ends no sentence."))
        rules.append(
            Rule(
                breaks: true, before: Self.word("[A-Za-z][a-z]{2,40}\\."),
                after: "(?=[A-Z][a-z]{2})(?!(?:" + SentenceSegmenter.domainEnds.sorted().joined(separator: "|")
                    + ")(?![A-Za-z]))",
                comment: "Two sentences joined by a period without a space (kematian.Masa): a break after a word of "
                    + "3 to 41 letters, lowercase but its first, before a capital and two lowercase letters "
                    + "(not a domain's Com, Net or Org)."))
        rules.append(
            Rule(
                breaks: false, before: "(?<=[\(Classes.upper)\(Classes.lower)])[\(Classes.aTerm)]",
                after: "(?=[\(Classes.upper)])",
                comment: "ICU: a period between a letter and a capital (U.S.A) ends no sentence."))

        rules.append(
            Rule(
                breaks: true, before: #"\r\n|["# + Classes.lineBreak + "]", after: "",
                comment: "A line break always ends a sentence."))
        let sentenceStart =
            "(?=[\(Classes.space)]*[^\(Classes.space)\(Classes.lineBreak)\(Classes.continuation)"
            + "\(Classes.aTerm)\(Classes.sTerm)])"
        rules.append(
            Rule(
                breaks: true, before: "[\(Classes.sTerm)]" + closing, after: sentenceStart,
                comment: "ICU: a sentence ends after ? or ! and closing quotes or brackets, unless spaces and then "
                    + "a line break, a comma, colon or dash, or another terminator follow."))
        rules.append(
            Rule(
                breaks: true, before: "[\(Classes.aTerm)]" + closing,
                after: sentenceStart
                    + "(?![^\\p{L}\\p{Nl}\(Classes.upper)\(Classes.lower)\(Classes.lineBreak)\(Classes.aTerm)\(Classes.sTerm)]*"
                    + "[\(Classes.lower)])",
                comment: "ICU: the same after a period, unless the next letter is lowercase."))

        self.init(
            name: name, languagePattern: Self.languagePattern(for: language), rules: rules,
            remarks: Self.remarks(segmenter: segmenter, language: language))
    }

    /// What the segmenter takes for a sentence starter after an abbreviation or initial, as a
    /// lookahead: spaces, any opening quotes and brackets, then one of
    /// `IndonesianSentenceStarters` followed by no letter, mark or number. Without a space ICU
    /// does not break: the abbreviations and initials end in a letter and a period, and a
    /// capital right after them continues the sentence (`Corp.Namun`, as `U.S.A`).
    package static var sentenceStarter: String {
        "(?=[\(SentenceBreakClasses.space)]+[\(openingMarks)]*(?:"
            + IndonesianSentenceStarters.words.map(literal).joined(separator: "|") + ")(?![\\p{L}\\p{M}\\p{N}]))"
    }

    /// The segmenter's opening marks, as the inside of a character class.
    private static var openingMarks: String {
        SentenceSegmenter.openingMarks.sorted { $0.value < $1.value }.map(classMember).joined()
    }

    /// `pattern` as a whole word, as the segmenter finds words: after a space, a line break or
    /// the start of the text, and any opening quotes and brackets.
    ///
    /// The pattern comes first and a lookbehind holding it again follows
    /// (`Dr\.(?<=(?:^|[ ])["(]{0,8}Dr\.)`): a regular expression that starts with a lookbehind
    /// is tried at every position of the text, one that starts with the abbreviation only where
    /// its first letter is.
    package static func word(_ pattern: String) -> String {
        pattern
            + "(?<=(?:^|[\(SentenceBreakClasses.space)\(SentenceBreakClasses.lineBreak)])[\(openingMarks)]{0,8}\(pattern))"
    }

    /// The pattern of language codes for `language`'s primary subtag, in either case and with
    /// any region or script after it (`[Ii][Dd]([-_].*)?`); Indonesian's withdrawn code `in`
    /// (which Java used to give) matches too.
    package static func languagePattern(for language: String) -> String {
        let primary = language.split(whereSeparator: { $0 == "-" || $0 == "_" }).first.map(String.init) ?? language
        var classes = primary.lowercased().map { letter in
            letter.isLetter ? "[\(letter.uppercased())\(letter)]" : literal(String(letter))
        }
        if primary.lowercased() == "id" { classes[1] = "[DdNn]" }
        return classes.joined() + "([-_].*)?"
    }

    /// `items` without repeats, in their order, only those in `kept`.
    package static func ordered(_ items: [String], keeping kept: Set<String>) -> [String] {
        var seen = Set<String>()
        // A word never holds a space or line break, nor starts with an opening mark (the
        // segmenter strips those): such entries can never match and get no rule.
        return items.filter { item in
            guard let first = item.unicodeScalars.first, kept.contains(item), seen.insert(item).inserted else {
                return false
            }
            return !item.contains(" ") && !item.contains("\n") && !SentenceSegmenter.openingMarks.contains(first)
        }
    }

    /// `word` with its first character uppercased, as the segmenter compares non-terminal
    /// abbreviations.
    package static func capitalizedFirst(_ word: String) -> String {
        guard let first = word.first else { return word }
        return first.uppercased() + word.dropFirst()
    }

    /// The pattern matching what the segmenter takes for `abbreviation`: the word itself, or
    /// the word whose first letter uppercased gives it (`[Jj]l\.`).
    package static func firstLetterEitherCase(_ abbreviation: String) -> String {
        guard let first = abbreviation.first else { return "" }
        let lower = first.lowercased()
        let rest = literal(String(abbreviation.dropFirst()))
        guard first.isUppercase, lower != String(first), lower.uppercased() == String(first), lower.count == 1 else {
            return literal(abbreviation)
        }
        return "[\(literal(String(first)))\(literal(lower))]" + rest
    }

    /// `text` as a pattern matching exactly it: ASCII letters and digits and other letters,
    /// digits and marks as they are, ASCII punctuation after a backslash, anything else as
    /// `\uXXXX` (`\x{…}` beyond the Basic Multilingual Plane).
    package static func literal(_ text: String) -> String {
        var out = ""
        for scalar in text.unicodeScalars {
            let properties = scalar.properties
            if scalar.isASCII {
                if properties.isAlphabetic || ("0"..."9").contains(scalar) {
                    out.unicodeScalars.append(scalar)
                } else if (0x21...0x7E).contains(scalar.value) {
                    out += "\\" + String(scalar)
                } else {
                    out += escaped(scalar)
                }
            } else if properties.isAlphabetic || properties.numericType != nil
                || [.nonspacingMark, .spacingMark, .enclosingMark].contains(properties.generalCategory)
            {
                out.unicodeScalars.append(scalar)
            } else {
                out += escaped(scalar)
            }
        }
        return out
    }

    /// `scalar` inside a character class: ASCII punctuation after a backslash, the rest as `\uXXXX`.
    private static func classMember(_ scalar: Unicode.Scalar) -> String {
        scalar.isASCII && (0x21...0x7E).contains(scalar.value) ? "\\" + String(scalar) : escaped(scalar)
    }

    private static func escaped(_ scalar: Unicode.Scalar) -> String {
        let hex = String(scalar.value, radix: 16, uppercase: true)
        return scalar.value > 0xFFFF ? "\\x{\(hex)}" : "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
    }

    /// Where the rules come from and what they cannot express, for the file's opening comment.
    static func remarks(segmenter: SentenceSegmenter, language: String) -> [String] {
        [
            "Alih's sentence segmentation for \(language) (ICU locale \(segmenter.locale), single-letter initials "
                + "\(segmenter.initials ? "never end a sentence" : "may end a sentence")), restated as rules: "
                + "the first rule that matches at a position decides.",
            "Alih breaks where ICU's sentence rules (Unicode UAX #29) break, then keeps some of those sentences "
                + "together: after abbreviations and initials (unless a word that starts sentences follows one that "
                + "may close a sentence), and before a lowercase word. The no-break rules come first, then ICU's "
                + "breaks. On text as Alih writes it (its XLIFF) they give Alih's sentences; they differ in these "
                + "cases only:",
            "- Alih's character classes are Unicode's; here they are those of the Basic Multilingual Plane, "
                + "and Georgian letters, neither upper- nor lowercase for ICU, count as such here.",
            "- ICU looks through combining marks and format characters after a terminator; these rules do not "
                + "(Alih removes zero-width spaces and soft hyphens before segmenting).",
            "- Alih also sees an abbreviation at the start of a sentence split off without a space (…!Dr. Li), "
                + "and keeps the break after an abbreviation when no letter or digit follows before the next "
                + "sentence end (Dr. *!); these rules do not.",
            "- Tabs and no-break spaces count as spaces here; Alih turns them into spaces before segmenting "
                + "(a pipeline that keeps them may differ).",
            "The patterns use lookahead and bounded lookbehind, which ICU, Java (OmegaT, Okapi) and .NET read.",
        ]
    }
}
