/// Unicode's sentence break classes (UAX #29 `Sentence_Break`, Unicode 15 as in ICU 72) as the
/// inside of regular-expression character classes: the characters ICU's sentence rules look at,
/// for rules that restate them (`SegmentationRuleSet(segmenter:…)`).
///
/// Only the Basic Multilingual Plane is listed (terminators and closing marks of historic
/// scripts beyond it are left out), each character as `\uXXXX`, which Java, ICU and .NET read.
enum SentenceBreakClasses {
    /// `ATerm`: the full stop and its variants.
    static let aTerm = #"\.\u2024\uFE52\uFF0E"#

    /// `STerm`: `?`, `!` and the sentence terminators of other scripts (`‼`, `。`, `।`, …).
    static let sTerm =
        #"!?\u0589\u061D-\u061F\u06D4\u0700-\u0702\u07F9\u0837\u0839\u083D\u083E\u0964\u0965\u104A\u104B"#
        + #"\u1362\u1367\u1368\u166E\u1735\u1736\u1803\u1809\u1944\u1945\u1AA8-\u1AAB\u1B5A\u1B5B\u1B5E"#
        + #"\u1B5F\u1B7D\u1B7E\u1C3B\u1C3C\u1C7E\u1C7F\u203C\u203D\u2047-\u2049\u2E2E\u2E3C\u2E53\u2E54"#
        + #"\u3002\uA4FF\uA60E\uA60F\uA6F3\uA6F7\uA876\uA877\uA8CE\uA8CF\uA92F\uA9C8\uA9C9\uAA5D-\uAA5F"#
        + #"\uAAF0\uAAF1\uABEB\uFE56\uFE57\uFF01\uFF1F\uFF61"#

    /// `Close`: quotation marks and brackets, opening ones too (`"`, `'`, `(`, `)`, `“`, `”`, `«`).
    static let close = #"\p{Ps}\p{Pe}\p{Pi}\p{Pf}"'\u275B-\u2760\u2E00\u2E01\u2E06-\u2E08\u2E0B"#

    /// Uppercase letters beyond `\p{Lu}` (Unicode's `Other_Uppercase`: Roman numerals, circled
    /// capitals), which both ICU and Alih count as uppercase.
    static let otherUppercase = #"\u2160-\u216F\u24B6-\u24CF"#

    /// `Upper`: uppercase and titlecase letters (ICU does not count Georgian capitals).
    static let upper = #"\p{Lu}\p{Lt}"# + otherUppercase

    /// `Lower`: Unicode's `Lowercase` property, which Alih also uses (ICU does not count Georgian
    /// letters, nor the combining U+0345, which is left out here).
    static let lower =
        #"\p{Ll}\u00AA\u00BA\u02B0-\u02B8\u02C0\u02C1\u02E0-\u02E4\u037A\u10FC\u1D2C-\u1D6A\u1D78\u1D9B-\u1DBF"#
        + #"\u2071\u207F\u2090-\u209C\u2170-\u217F\u24D0-\u24E9\u2C7C\u2C7D\uA69C\uA69D\uA770\uA7F2-\uA7F4\uA7F8"#
        + #"\uA7F9\uAB5C-\uAB5F\uAB69"#

    /// `Numeric`: decimal digits and the Arabic decimal and thousands separators.
    static let numeric = #"\p{Nd}\u066B\u066C"#

    /// `Sp`: spaces other than line breaks (tab, no-break space, the typographic spaces).
    static let space = #"\t\u000B\f \u00A0\u1680\u2000-\u200A\u202F\u205F\u3000"#

    /// `Sep`, `CR` and `LF`: what ends a paragraph or line.
    static let lineBreak = #"\n\r\u0085\u2028\u2029"#

    /// `SContinue`: a comma, colon, hyphen or dash after a terminator continues the sentence.
    static let continuation =
        #",\-:\u055D\u060C\u060D\u07F8\u1802\u1808\u2013\u2014\u3001\uFE10\uFE11\uFE13\uFE31\uFE32"#
        + #"\uFE50\uFE51\uFE55\uFE58\uFE63\uFF0C\uFF0D\uFF1A\uFF64"#
}
