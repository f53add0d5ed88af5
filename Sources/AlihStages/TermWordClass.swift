/// How far a glossary word that is a bare root reaches through morphology, from its entry's
/// part of speech: which derivations of the root are forms of the term and which are other
/// words.
///
/// Every root matches its inflections: clitics and particles (*tentaranya*), proclitics
/// (*kubaca*) and reduplication (*negara-negara*). Beyond those, a verb matches its voices
/// (meN-, di-, ter-, the bare object voice), its applicatives (-kan, -i) and ber-: `tarik`
/// matches *menarik*, *ditarik*, *tertarik*, *tarikkan*. A noun matches se- "one" (`hari`
/// *sehari*, but not *sehari-hari* "daily") and a reduplication with -an or ber- (`obat`
/// *obat-obatan*, `bulan` *berbulan-bulan* "for months"); a noun made a verb (`rokok`
/// *merokok*, `saksi` *menyaksikan*) or another noun (`dokter` *kedokteran*, `tanda`
/// *penanda*) is another word. An adjective matches ter- (the superlative) and se-; a number
/// se-, -an (*triliunan*) and ber- with reduplication (*berjuta-juta*); adverbs, phrases and
/// the like only their inflections. A root whose part of speech is not given matches voices
/// and applicatives, as a verb does, but not ber- — never a peN-, peN-an, per-an, ke-an or -an
/// noun. Every root matches the prepositions *di* and *ke* written together with it
/// (*ditahun* for *di tahun*, *kedepan* for *ke depan*) where the dictionary knows no such
/// word. Only an entry's first word has its entry's class; the words after it (`sumber
/// daya`, `meninggal dunia`) match their inflections.
package enum TermWordClass: UInt8, CaseIterable, Sendable {
    case verb, open, noun, number, adjective, fixed

    /// The class of the first word of an entry whose part of speech is `partOfSpeech`.
    package init(partOfSpeech: String?) {
        switch partOfSpeech?.lowercased() {
        case nil, "": self = .open
        case "verb", "v": self = .verb
        case "noun", "n", "propn", "abbr", "abbreviation", "acronym": self = .noun
        case "num", "number", "numeral": self = .number
        case "adj", "adjective": self = .adjective
        default: self = .fixed
        }
    }

    /// Whether a root of this class matches a form of it with `derivation` (as
    /// `LemmaAnalysis.derivation` writes it) that is not just an inflection; `gluedPreposition`:
    /// the form is *di* or *ke* written together with the root, a word the dictionary does not
    /// know (*ditahun*, see `gluedPreposition(_:)`).
    package func accepts(derivation: [String], reduplicated: Bool, gluedPreposition: Bool = false) -> Bool {
        gluedPreposition || accepts(Shape(derivation), reduplicated: reduplicated)
    }

    private func accepts(_ shape: Shape, reduplicated: Bool) -> Bool {
        switch self {
        case .verb: shape.isVoice || shape == .ber
        case .open: shape.isVoice
        case .noun: (shape == .se && !reduplicated) || (reduplicated && (shape == .an || shape == .ber))
        case .number: (shape == .se && !reduplicated) || shape == .an || (reduplicated && shape == .ber)
        case .adjective: shape == .ter || (shape == .se && !reduplicated)
        case .fixed: false
        }
    }

    /// The affixes of a derivation that the classes tell apart, as bits.
    private struct Shape: OptionSet {
        let rawValue: UInt16
        static let voice = Shape(rawValue: 1)
        static let ter = Shape(rawValue: 2)
        static let ber = Shape(rawValue: 4)
        static let se = Shape(rawValue: 8)
        static let kan = Shape(rawValue: 16)
        static let i = Shape(rawValue: 32)
        static let an = Shape(rawValue: 64)
        static let other = Shape(rawValue: 128)

        init(rawValue: UInt16) { self.rawValue = rawValue }

        init(_ derivation: [String]) {
            var shape: Shape = []
            for affix in derivation {
                switch affix {
                case "V-": shape.insert(.voice)
                case "ter-": shape.insert(.ter)
                case "ber-": shape.insert(.ber)
                case "se-": shape.insert(.se)
                case "-kan": shape.insert(.kan)
                case "-i": shape.insert(.i)
                case "-an": shape.insert(.an)
                default: shape.insert(.other)
                }
            }
            self = shape
        }

        /// A verb's voices and applicatives: meN- and di- (`V-`) or ter-, -kan or -i, or one
        /// of each (the suffix alone is the bare object voice: *yang ia akui*).
        var isVoice: Bool {
            !isEmpty && isSubset(of: [.voice, .ter, .kan, .i]) && !isSuperset(of: [.voice, .ter])
                && !isSuperset(of: [.kan, .i])
        }
    }

    /// The classes that accept a form (see `accepts`), as a bit set (bit `rawValue`).
    package static func mask(accepting derivation: [String], reduplicated: Bool, gluedPreposition: Bool = false)
        -> UInt8
    {
        if gluedPreposition { return UInt8((1 << allCases.count) - 1) }
        let shape = Shape(derivation)
        var mask: UInt8 = 0
        for c in allCases where c.accepts(shape, reduplicated: reduplicated) { mask |= 1 << c.rawValue }
        return mask
    }

    /// The preposition (*di* or *ke*) a word with `affixes` and `derivation` (as
    /// `LemmaAnalysis` lists and writes them) may be written together with its root: di- or ke-
    /// and nothing else but inflections. Whether it is a preposition is the dictionary's to say
    /// (a word it does not know: *ditahun*, not *dihukum*).
    package static func gluedPreposition(_ affixes: [String], derivation: [String]) -> String? {
        guard derivation.count == 1 else { return nil }
        if derivation[0] == "V-" && affixes.contains("di-") { return "di" }
        if derivation[0] == "ke-" { return "ke" }
        return nil
    }

    /// `derivation` (of a word with `affixes`) with the voices a derived verb takes read as its
    /// meN-/di- voice (`V-`): ter- (*terbunuh* is a voice of `membunuh`), ku- and kau-, and the
    /// bare object voice, -kan or -i without a prefix (*yang ia akui* is `mengakui`).
    package static func voiced(_ derivation: [String], affixes: [String]) -> [String] {
        // Most derivations are their own voiced form: nothing to make.
        if !derivation.contains("ter-") && derivation.contains(where: { $0.hasSuffix("-") }) { return derivation }
        var voiced = derivation.map { $0 == "ter-" ? "V-" : $0 }
        let hasPrefix = voiced.contains { $0.hasSuffix("-") }
        if !hasPrefix
            && (affixes.contains("ku-") || affixes.contains("kau-") || voiced.contains("-kan") || voiced.contains("-i"))
        {
            voiced.append("V-")
        }
        var unique: [String] = []
        for affix in voiced where !unique.contains(affix) { unique.append(affix) }
        return unique.sorted()
    }
}
