import Alih
import AlihCore
import AlihFormats
import AlihTestSupport
import Foundation
import Testing

#if canImport(FoundationXML)
    import FoundationXML
#endif

/// `SegmentationRuleExport`: the segmenter's rules as SRX, checked with ICU's regular
/// expressions (`SRXRuleInterpreter`) against the segmenter itself. OmegaT's own reading of
/// them is `OmegaTSegmentationTests`.
@Suite struct SegmentationRuleExportTests {
    /// Pipelines whose segmentation differs: the default, initials off, and one adding,
    /// moving and removing abbreviations.
    static let definitions: [PipelineDefinition] = {
        var noInitials = PipelineDefinition.newsArticle
        noInitials.segmentation.initials = false
        var changed = PipelineDefinition.newsArticle
        changed.segmentation.addNonTerminal = ["Yg.", "a+b.", "dll."]
        changed.segmentation.addListEnding = ["sbb.", "Ekt."]
        changed.segmentation.remove = ["Dr.", "No.", "Kec."]
        return [.newsArticle, noInitials, changed]
    }()

    static func ruleSet(_ definition: PipelineDefinition) throws -> SegmentationRuleSet {
        try SegmentationRuleExport(pipeline: ArticlePipeline(definition: definition)).ruleSet
    }

    @Test(arguments: 0..<3)
    func withICURegularExpressionsTheRulesGiveTheSegmentersSentences(variant: Int) throws {
        let definition = Self.definitions[variant]
        let pipeline = try ArticlePipeline(definition: definition)
        let interpreter = try SRXRuleInterpreter(Self.ruleSet(definition))
        let example = try Data(contentsOf: TestPaths.repo("Examples/berita-contoh.txt"))
        for (name, bytes) in [
            ("cases.txt", Array(AbbreviationCases.text(options: definition.segmentation).utf8)),
            ("berita-contoh.txt", Array(example)),
        ] {
            let (document, _) = try pipeline.process(bytes, name: name)
            let expected = try SentenceListing(pipeline: pipeline).blocks(of: bytes, name: name)
            let found = document.blocks.map { interpreter.segments(String(document.text(of: $0))) }
            #expect(found.count == expected.count)
            for (segments, sentences) in zip(found, expected) where segments != sentences {
                Issue.record("\(name): the rules give \(segments), the segmenter \(sentences)")
            }
        }
    }

    /// Every punctuation mark, symbol and space of the Basic Multilingual Plane after a word,
    /// after a period, and between a period and the next word, and every cased letter after a
    /// sentence end: the rules' character classes (terminators, closing marks, spaces,
    /// continuations, upper- and lowercase) break where the segmenter does.
    @Test func theCharacterClassesAreICUs() throws {
        let pipeline = try ArticlePipeline(definition: .plainText)
        let interpreter = try SRXRuleInterpreter(Self.ruleSet(.plainText))
        var lines: [String] = []
        for value in 0x21...0xFFFD {
            guard let scalar = Unicode.Scalar(value), !(0xD800...0xDFFF).contains(value) else { continue }
            switch scalar.properties.generalCategory {
            case .connectorPunctuation, .dashPunctuation, .openPunctuation, .closePunctuation,
                .initialPunctuation, .finalPunctuation, .otherPunctuation, .mathSymbol, .currencySymbol,
                .modifierSymbol, .otherSymbol, .spaceSeparator:
                let c = String(scalar)
                lines += ["Ia pergi\(c) Lalu datang.", "Ia pergi.\(c) Lalu datang.", "Ia pergi.\(c)Lalu datang."]
            default:
                // Cased letters after a period, a question mark and between a period and a word:
                // upper- and lowercase as ICU and Alih count them (Georgian letters, which ICU
                // counts as neither, excepted: the rules' remarks say so; so are letters newer
                // than Unicode 15, which the system's ICU may not know).
                let properties = scalar.properties
                guard
                    properties.isLowercase || properties.isUppercase || properties.generalCategory == .titlecaseLetter,
                    !(0x10A0...0x10FF).contains(value), !(0x1C90...0x1CBF).contains(value), value != 0x0345,
                    let age = properties.age, age.major < 16
                else { continue }
                let c = String(scalar)
                lines += ["Ia pergi. \(c)ata lain.", "Ia pergi? \(c)ata lain.", "Ia pergi.\(c)ata lain."]
            }
        }
        let bytes = Array(lines.joined(separator: "\n\n").utf8)
        let (document, _) = try pipeline.process(bytes, name: "marks.txt")
        let expected = try SentenceListing(pipeline: pipeline).blocks(of: bytes, name: "marks.txt")
        let found = document.blocks.map { interpreter.segments(String(document.text(of: $0))) }
        #expect(found.count == expected.count)
        // The marks of the cases that differ, as U+XXXX.
        let differing = Set(
            zip(found, expected).filter { $0 != $1 }.compactMap { _, sentences in
                sentences.joined(separator: " ").dropFirst("Ia pergi".count).unicodeScalars.first {
                    !". ?".unicodeScalars.contains($0)
                }
            }
        ).map { "U+" + String($0.value, radix: 16, uppercase: true) }.sorted()
        #expect(differing.isEmpty, "\(differing.count) marks differ: \(differing.joined(separator: " "))")
    }

    /// Every character of the Basic Multilingual Plane between an abbreviation that may end a
    /// sentence and a sentence starter, and after the starter (ideographs and syllables of the
    /// large blocks sampled): the rules read spaces, opening marks and the end of the word as
    /// the segmenter does.
    @Test func theSentenceStarterRuleReadsWordsAsTheSegmenterDoes() throws {
        let pipeline = try ArticlePipeline(definition: .plainText)
        let interpreter = try SRXRuleInterpreter(Self.ruleSet(.plainText))
        var lines: [String] = []
        for value in 0x21...0xFFFD {
            guard let scalar = Unicode.Scalar(value), !(0xD800...0xDFFF).contains(value),
                let age = scalar.properties.age, age.major < 16
            else { continue }
            let category = scalar.properties.generalCategory
            if category == .otherLetter || category == .unassigned || category == .privateUse,
                value % 61 != 0
            {
                continue
            }
            let c = String(scalar)
            lines += ["Ia bertemu Corp.\(c)Namun pulang.", "Ia ke Co. Namun\(c) ya."]
            // ICU looks through combining marks and format characters after a terminator and
            // spaces, the rules do not (their remarks say so).
            if ![.nonspacingMark, .spacingMark, .enclosingMark, .format].contains(category),
                !scalar.properties.isGraphemeExtend
            {
                lines += ["Ia bertemu Z. \(c)Namun pulang.", "Ia bertemu S.H.\(c) Namun."]
            }
        }
        let bytes = Array(lines.joined(separator: "\n\n").utf8)
        let (document, _) = try pipeline.process(bytes, name: "starters.txt")
        let expected = try SentenceListing(pipeline: pipeline).blocks(of: bytes, name: "starters.txt")
        let found = document.blocks.map { interpreter.segments(String(document.text(of: $0))) }
        #expect(found.count == expected.count)
        let differing = zip(found, expected).filter { $0 != $1 }.map { $0.1.joined(separator: " | ") }
        #expect(differing.isEmpty, "\(differing.count) differ: \(differing.prefix(20))")
    }

    @Test func theRulesFollowThePipelinesAdditionsAndRemovals() throws {
        let rules = try Self.ruleSet(Self.definitions[2]).rules
        func befores(breaking: Bool = false) -> [String] { rules.filter { $0.breaks == breaking }.map(\.before) }
        let word = SegmentationRuleSet.word
        #expect(befores().contains(word(#"[Yy]g\."#)))
        #expect(befores().contains(word(#"a\+b\."#)))
        #expect(befores().contains(word(#"sbb\."#)))
        // Removed: no rule for Dr. (dr. gets its own), No. or Kec.
        #expect(!befores().contains(word(#"[Dd]r\."#)))
        #expect(befores().contains(word(#"dr\."#)))
        #expect(!befores().contains { $0.hasPrefix(#"No\.(?<="#) || $0.hasPrefix(#"[Kk]ec\.(?<="#) })
        // dll. made non-terminal: one rule, with no condition on what follows.
        let dll = rules.filter { $0.before == word(#"dll\."#) || $0.before == word(#"[Dd]ll\."#) }
        #expect(dll.map(\.after) == [""])
        let initials = rules.filter { $0.before == word(#"[\p{Lu}\u2160-\u216F\u24B6-\u24CF]\."#) }
        #expect(initials.map(\.breaks) == [true, false])
        #expect(
            try Self.ruleSet(Self.definitions[1]).rules.allSatisfy {
                $0.before != word(#"[\p{Lu}\u2160-\u216F\u24B6-\u24CF]\."#)
            })
        // The break before a sentence starter first, then the no-break rules (with the break
        // after an initial before a starter, and the break between two sentences joined by a
        // period, after the abbreviations), then ICU's three break rules.
        #expect(rules.first?.breaks == true && rules.first?.after == SegmentationRuleSet.sentenceStarter)
        let mayEndSentence = try #require(rules.first?.before)
        #expect(mayEndSentence.contains(#"|[Cc]orp\.|"#) && mayEndSentence.contains(#"|[Ss]\.H\.|"#))
        #expect(mayEndSentence.contains(#"|tsb\.|"#) && !mayEndSentence.contains(#"[Pp]T\."#))
        #expect(rules.suffix(3).allSatisfy { $0.breaks })
        let joined = word(#"[A-Za-z][a-z]{2,40}\."#)
        #expect(rules.dropFirst().dropLast(3).filter(\.breaks).map(\.before) == [initials.first?.before, joined])
        let lastAbbreviation = try #require(rules.lastIndex { $0.before.hasSuffix(#"\.)"#) && $0.before != joined })
        #expect(rules.firstIndex { $0.before == joined }! > lastAbbreviation)
        #expect(
            try Self.ruleSet(Self.definitions[1]).rules.dropFirst().dropLast(3).filter(\.breaks).map(\.before) == [
                joined
            ])
    }

    @Test func abbreviationsArePatternsMatchingExactlyThem() {
        #expect(SegmentationRuleSet.literal("a+b.") == #"a\+b\."#)
        #expect(SegmentationRuleSet.literal("S.I.Kom.") == #"S\.I\.Kom\."#)
        #expect(SegmentationRuleSet.literal("Ø–x") == #"Ø\u2013x"#)
        #expect(SegmentationRuleSet.firstLetterEitherCase("Jl.") == #"[Jj]l\."#)
        #expect(SegmentationRuleSet.firstLetterEitherCase("drg.") == #"drg\."#)
        #expect(SegmentationRuleSet.firstLetterEitherCase("Ölf.") == #"[Öö]lf\."#)
        #expect(SegmentationRuleSet.firstLetterEitherCase("3M.") == #"3M\."#)
        // A word holds no space and does not start with an opening mark: such entries get no rule.
        #expect(
            SegmentationRuleSet.ordered(["a. n.", "(dkk.)", "Yg.", "Yg."], keeping: ["a. n.", "(dkk.)", "Yg."]) == [
                "Yg."
            ])
    }

    @Test(arguments: [
        ("id", true), ("ID", true), ("id-ID", true), ("id_ID", true), ("in", true), ("ido", false), ("en", false),
        ("i", false),
    ])
    func theLanguagePatternMatchesIndonesiansCodes(code: String, matches: Bool) throws {
        let pattern = try NSRegularExpression(pattern: "^(?:" + SegmentationRuleSet.languagePattern(for: "id") + ")$")
        #expect((pattern.firstMatch(in: code, range: NSRange(location: 0, length: code.utf16.count)) != nil) == matches)
        #expect(SegmentationRuleSet.languagePattern(for: "ms-MY") == "[Mm][Ss]([-_].*)?")
    }

    @Test func theSRXDocumentNamesTheRulesAndSaysWhatTheyCannotExpress() throws {
        let export = try SegmentationRuleExport(pipeline: ArticlePipeline(definition: .newsArticle))
        let srx = export.document(.srx)
        #expect(srx.contains(#"<languagerule languagerulename="Alih news-article (id)">"#))
        #expect(
            srx.contains(
                #"<languagemap languagepattern="[Ii][DdNn]([-_].*)?" languagerulename="Alih news-article (id)"/>"#))
        #expect(srx.contains("lookahead and bounded lookbehind"))
        #expect(srx.contains("(…!Dr. Li)"))
        let omegat = export.document(.omegat)
        #expect(omegat.contains("PROJECT/omegat/segmentation.conf"))
        #expect(omegat.contains(#"<void property="version"><string>0.2.2</string></void>"#))
        // Both are well-formed XML.
        for document in [srx, omegat] { #expect(XMLParser(data: Data(document.utf8)).parse()) }
    }

    @Test(
        .enabled(
            if: OmegaTProject.isInstalled && SchemaValidator.xmllintAvailable, "needs OmegaT's SRX schema and xmllint"))
    func theSRXDocumentIsValidAgainstTheSRX20Schema() throws {
        let folder = try ScratchFolder("srx-schema")
        defer { folder.remove() }
        let schema = try #require(try OmegaTProject.srxSchema(in: folder.url))
        for definition in Self.definitions {
            let file = folder.url.appendingPathComponent("rules.srx")
            try Data(try SegmentationRuleExport(pipeline: ArticlePipeline(definition: definition)).document(.srx).utf8)
                .write(to: file)
            let process = Process()
            process.executableURL = URL(fileURLWithPath: "/usr/bin/xmllint")
            process.arguments = ["--noout", "--nonet", "--schema", schema.path, file.path]
            let pipe = Pipe()
            process.standardOutput = pipe
            process.standardError = pipe
            try process.run()
            let output = String(decoding: pipe.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
            process.waitUntilExit()
            #expect(process.terminationStatus == 0, "\(output)")
        }
    }
}
