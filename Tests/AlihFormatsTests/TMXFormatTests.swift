import AlihCore
import AlihFormats
import AlihTestSupport
import Foundation
import Testing

@Suite struct TMXFormatTests {
    static let may10 = Date(timeIntervalSince1970: 1_715_335_810)  // 2024-05-10 10:10:10 UTC

    static let pairs = [
        TranslationPair(
            source: "Juru bicara KPK mengatakan itu.", target: "The KPK spokesperson said so.",
            sourceLanguage: "id", targetLanguage: "en", document: "berita.txt", segmentID: "b3-s1",
            origin: "OmegaT", created: may10, changed: may10.addingTimeInterval(86_400 * 40 + 5), useCount: 3),
        TranslationPair(
            source: "Harga \"beras\" & <gula> naik > 5%.", target: "Prices of \"rice\" & <sugar> rose > 5%.",
            sourceLanguage: "id", targetLanguage: "en", origin: "Alih",
            created: Date(timeIntervalSince1970: 0), changed: Date(timeIntervalSince1970: 4_102_444_799)),
        TranslationPair(
            source: "  Baris satu\nbaris\tdua\r\n ]]> 😀 ", target: "", sourceLanguage: "id-ID", targetLanguage: "en-GB",
            document: "a & b <c>.txt", segmentID: "", origin: "x\"y'z", created: may10, useCount: 0),
        // A source language the header's srclang does not pick: the <tu> gets its own srclang.
        TranslationPair(
            source: "The minister", target: "Menteri", sourceLanguage: "en", targetLanguage: "id",
            origin: "memoQ", created: Date(timeIntervalSince1970: -86_400 * 365), useCount: 12),
        TranslationPair(
            source: "Color", target: "Colour", sourceLanguage: "en-US", targetLanguage: "en-GB", origin: "Alih",
            created: may10),
    ]

    func read(_ xml: String, path: String = "m.tmx") throws(DiagnosticError) -> (
        pairs: [TranslationPair], diagnostics: [Diagnostic]
    ) {
        try TMXFormat.read(Array(xml.utf8), path: path)
    }

    func failure(_ bytes: [UInt8]) -> Diagnostic? {
        do {
            _ = try TMXFormat.read(bytes, path: "m.tmx")
            return nil
        } catch {
            return error.diagnostic
        }
    }

    func failure(_ xml: String) -> Diagnostic? { failure(Array(xml.utf8)) }

    /// `text` as UTF-16 with a byte-order mark.
    static func utf16(_ text: String, bigEndian: Bool) -> [UInt8] {
        var bytes: [UInt8] = []
        for unit in [UInt16(0xFEFF)] + Array(text.utf16) {
            let (high, low) = (UInt8(unit >> 8), UInt8(unit & 0xFF))
            bytes += bigEndian ? [high, low] : [low, high]
        }
        return bytes
    }

    /// Validates `xml` with xmllint against `tmx/tmx14.dtd`, from `../shared/schemas` as its
    /// README says (for tests enabled only when ``SchemaValidator/isAvailable``).
    static func validate(_ xml: String, sourceLocation: Testing.SourceLocation = #_sourceLocation) throws
        -> SchemaValidator.Result
    {
        try #require(try SchemaValidator.validate(xml, against: .tmx14), sourceLocation: sourceLocation)
    }

    // MARK: Writing

    @Test func writeThenReadGivesTheSamePairs() throws {
        let xml = try TMXFormat.write(Self.pairs, sourceLanguage: "id", toolVersion: "0.9")
        let reading = try read(xml)
        #expect(reading.diagnostics.isEmpty, "\(reading.diagnostics)")
        #expect(reading.pairs == Self.pairs)
        // The same through a file, streamed.
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("alih-\(UUID().uuidString).tmx")
        defer { try? FileManager.default.removeItem(at: file) }
        try AtomicFile.write(Array(xml.utf8), to: file.path)
        let fromFile = try TMXFormat.read(path: file.path)
        #expect(fromFile.pairs == Self.pairs)
    }

    @Test func theLayoutIsFixedAndTheSameInputGivesTheSameBytes() throws {
        let pair = TranslationPair(
            source: "Ya & tidak", target: "Yes & no", sourceLanguage: "id", targetLanguage: "en",
            document: "d.txt", segmentID: "b1-s1", created: Self.may10, useCount: 2)
        let xml = try TMXFormat.write([pair], sourceLanguage: "id", creationTool: "Alih", toolVersion: "1.2.3")
        #expect(
            xml == """
                <?xml version="1.0" encoding="UTF-8"?>
                <tmx version="1.4">
                  <header creationtool="Alih" creationtoolversion="1.2.3" segtype="sentence" o-tmf="Alih" adminlang="en" srclang="id" datatype="plaintext"/>
                  <body>
                    <tu creationdate="20240510T101010Z" changedate="20240510T101010Z" usagecount="2">
                      <prop type="x-alih-document">d.txt</prop>
                      <prop type="x-alih-segment">b1-s1</prop>
                      <tuv xml:lang="id"><seg>Ya &amp; tidak</seg></tuv>
                      <tuv xml:lang="en"><seg>Yes &amp; no</seg></tuv>
                    </tu>
                  </body>
                </tmx>

                """)
        #expect(try TMXFormat.write([pair], sourceLanguage: "id", toolVersion: "1.2.3") == xml)
        #expect(
            try TMXFormat.write(Self.pairs, sourceLanguage: "id", toolVersion: "1")
                == TMXFormat.write(Self.pairs, sourceLanguage: "id", toolVersion: "1"))
    }

    /// Text full of markup characters, in every field.
    static let markup: TranslationPair = {
        let text = "a & b < c > d \"e\" 'f' &amp; ]]> &#13;"
        return TranslationPair(
            source: text, target: text, sourceLanguage: "id", targetLanguage: "en",
            document: text, segmentID: text, origin: text, created: may10)
    }()

    static func writeMarkup() throws -> String {
        try TMXFormat.write([markup], sourceLanguage: "id", creationTool: "A & \"B\" <C>", toolVersion: "<1>")
    }

    @Test func escapingOfMarkupCharactersRoundTrips() throws {
        let pair = Self.markup
        let xml = try Self.writeMarkup()
        #expect(xml.contains("<seg>a &amp; b &lt; c &gt; d \"e\" 'f' &amp;amp; ]]&gt; &amp;#13;</seg>"))
        #expect(xml.contains("creationtool=\"A &amp; &quot;B&quot; &lt;C&gt;\" creationtoolversion=\"&lt;1&gt;\""))
        #expect(try read(xml).pairs == [pair])
    }

    @Test(.enabled(if: SchemaValidator.isAvailable, "\(SchemaValidator.unavailable)"))
    func escapedMarkupValidatesAgainstTheTMXDTD() throws {
        let result = try Self.validate(try Self.writeMarkup())
        #expect(result.valid, "\(result.output)")
    }

    @Test(.enabled(if: SchemaValidator.isAvailable, "\(SchemaValidator.unavailable)"))
    func writtenFilesValidateAgainstTheTMXDTD() throws {
        for pairs in [Self.pairs, []] {
            let xml = try TMXFormat.write(pairs, sourceLanguage: "id", toolVersion: "0.9")
            let result = try Self.validate(xml)
            #expect(result.valid, "\(result.output)")
        }
        // The check can fail: a <tuv> without xml:lang is invalid.
        let invalid = try TMXFormat.write(Self.pairs, sourceLanguage: "id", toolVersion: "1")
            .replacingOccurrences(of: "<tuv xml:lang=\"en\">", with: "<tuv>")
        #expect(try Self.validate(invalid).valid == false)
    }

    @Test func datesAreUTCToTheSecond() throws {
        let pair = TranslationPair(
            source: "a", target: "b", sourceLanguage: "id", targetLanguage: "en", origin: "Alih",
            created: Date(timeIntervalSince1970: 951_782_400.999),  // 2000-02-29 00:00:00.999
            changed: Date(timeIntervalSince1970: -0.5))  // 1969-12-31 23:59:59.5
        let xml = try TMXFormat.write([pair], sourceLanguage: "id", toolVersion: "1")
        #expect(xml.contains("creationdate=\"20000229T000000Z\" changedate=\"19691231T235959Z\""))
        let back = try #require(try read(xml).pairs.first)
        #expect(back.created == Date(timeIntervalSince1970: 951_782_400))
        #expect(back.changed == Date(timeIntervalSince1970: -1))
    }

    @Test func aPairWithoutOriginReadsBackWithTheCreationTool() throws {
        let pair = TranslationPair(
            source: "a", target: "b", sourceLanguage: "id", targetLanguage: "en", created: Self.may10)
        let xml = try TMXFormat.write([pair], sourceLanguage: "id", creationTool: "Alih", toolVersion: "1")
        #expect(!xml.contains("x-alih-origin"))
        var expected = pair
        expected.origin = "Alih"
        #expect(try read(xml).pairs == [expected])
    }

    @Test(arguments: [
        TranslationPair(source: "a\u{1}b", target: "x", sourceLanguage: "id", targetLanguage: "en", segmentID: "b2-s1"),
        TranslationPair(
            source: "a", target: "x\u{FFFF}", sourceLanguage: "id", targetLanguage: "en", segmentID: "b2-s1"),
        TranslationPair(
            source: "a", target: "x", sourceLanguage: "id", targetLanguage: "en", document: "d\u{0}", segmentID: "b2-s1"
        ),
        TranslationPair(source: "a", target: "x", sourceLanguage: "id\u{7}", targetLanguage: "en", segmentID: "b2-s1"),
    ])
    func forbiddenCharactersAreRefusedOnWrite(pair: TranslationPair) {
        let ok = TranslationPair(source: "ok", target: "ok", sourceLanguage: "id", targetLanguage: "en")
        do {
            _ = try TMXFormat.write([ok, pair], sourceLanguage: "id", toolVersion: "1")
            Issue.record("a forbidden character was written")
        } catch {
            #expect(error.diagnostic.code == "tmx.forbidden-character")
            #expect(error.diagnostic.message.contains("translation pair 2"))
            #expect(error.diagnostic.location?.unitID == "b2-s1")
        }
    }

    @Test func forbiddenCharactersInTheHeaderAndEmptyLanguagesAreRefused() {
        #expect(throws: DiagnosticError.self) { try TMXFormat.write([], sourceLanguage: "id", toolVersion: "1\u{8}") }
        do {
            _ = try TMXFormat.write([], sourceLanguage: "", toolVersion: "1")
            Issue.record("an empty source language was accepted")
        } catch {
            #expect(error.diagnostic.code == "tmx.language")
        }
        let pair = TranslationPair(source: "a", target: "b", sourceLanguage: "id", targetLanguage: "")
        #expect(throws: DiagnosticError.self) { try TMXFormat.write([pair], sourceLanguage: "id", toolVersion: "1") }
    }

    // MARK: Reading what other tools write

    /// As OmegaT 3.6 writes its project memories (`omegat/project_save.tmx`, `tm/auto`).
    static let omegaT = """
        <?xml version="1.0" encoding="UTF-8"?>
        <!DOCTYPE tmx SYSTEM "tmx11.dtd">
        <tmx version="1.4">
          <header creationtool="OmegaT" o-tmf="OmegaT TMX" adminlang="EN-US" datatype="plaintext" creationtoolversion="3.6.0" segtype="sentence" srclang="id"/>
          <body>
        <!-- Default translations -->
            <tu>
              <tuv xml:lang="id">
                <seg>Presiden meninjau lokasi banjir.</seg>
              </tuv>
              <tuv xml:lang="en" changeid="x" changedate="20240510T101010Z" creationid="x" creationdate="20240509T080000Z">
                <seg>The president visited the flood site.</seg>
              </tuv>
            </tu>
            <tu>
              <prop type="file">berita.xlf</prop>
              <prop type="id">b3-s1</prop>
              <tuv xml:lang="id">
                <seg>Dia &lt;g0&gt;berkata&lt;/g0&gt; &quot;tidak&quot;.</seg>
              </tuv>
              <tuv xml:lang="en" changeid="x" changedate="20240510T101010Z">
                <prop type="x-note">checked</prop>
                <seg>He &lt;g0&gt;said&lt;/g0&gt; "no".</seg>
              </tuv>
            </tu>
          </body>
        </tmx>

        """

    @Test func omegaTMemoriesAreRead() throws {
        let reading = try read(Self.omegaT)
        #expect(reading.diagnostics.isEmpty, "\(reading.diagnostics)")
        #expect(
            reading.pairs == [
                TranslationPair(
                    source: "Presiden meninjau lokasi banjir.", target: "The president visited the flood site.",
                    sourceLanguage: "id", targetLanguage: "en", origin: "OmegaT",
                    created: Date(timeIntervalSince1970: 1_715_241_600), changed: Self.may10),
                TranslationPair(
                    source: "Dia <g0>berkata</g0> \"tidak\".", target: "He <g0>said</g0> \"no\".",
                    sourceLanguage: "id", targetLanguage: "en", origin: "OmegaT", created: Self.may10,
                    changed: Self.may10),
            ])
    }

    /// The shape OmegaT 3.6's `--mode=console-createpseudotranslatetmx` really writes (observed):
    /// TMX 1.1 style, legacy `lang`, a multi-line header with an end tag, no dates.
    static let omegaTPseudo = """
        <?xml version="1.0" encoding="UTF-8"?>
        <!DOCTYPE tmx SYSTEM "tmx11.dtd">
        <tmx version="1.1">
          <header
            creationtool="OmegaT"
            creationtoolversion="3.6.0_10"
            segtype="paragraph"
            o-tmf="OmegaT TMX"
            adminlang="EN-US"
            srclang="id"
            datatype="plaintext"
          >
          </header>
          <body>
            <tu>
              <tuv lang="id">
                <seg>Juru bicara Kementerian Luar Negeri memberikan keterangan pers.</seg>
              </tuv>
              <tuv lang="en">
                <seg>Juru bicara Kementerian Luar Negeri memberikan keterangan pers.</seg>
              </tuv>
            </tu>
          </body>
        </tmx>

        """

    @Test func omegaTPseudoTranslationMemoriesAreRead() throws {
        let before = Date()
        let reading = try read(Self.omegaTPseudo)
        #expect(reading.diagnostics.isEmpty)
        let pair = try #require(reading.pairs.first)
        #expect(reading.pairs.count == 1)
        #expect(
            pair.source == "Juru bicara Kementerian Luar Negeri memberikan keterangan pers."
                && pair.target == pair.source)
        #expect(
            pair.sourceLanguage == "id" && pair.targetLanguage == "en" && pair.origin == "OmegaT" && pair.useCount == 1)
        #expect(pair.created >= before && pair.changed == pair.created)
    }

    @Test func inlineCodesAreDroppedAndHighlightsKeepTheirText() throws {
        let xml = """
            <tmx version="1.4"><header creationtool="T" creationtoolversion="1" segtype="sentence" o-tmf="t" adminlang="en" srclang="id" datatype="html"/><body>
            <tu><tuv xml:lang="id"><seg>Baca <bpt i="1" x="1">&lt;a href="x"&gt;</bpt>berita<ept i="1">&lt;/a&gt;</ept><ph x="2">&lt;br/&gt;</ph> ini<it pos="begin">&lt;b&gt;</it>.<ut>{u}</ut></seg></tuv>
            <tuv xml:lang="en"><seg>Read <hi type="b">this <hi>very</hi> news<ph><sub>alt text</sub></ph></hi><![CDATA[ <raw> ]]>item.</seg></tuv></tu>
            <tu><tuv xml:lang="id"><seg><bpt i="1">&lt;img alt="<sub>judul</sub>"&gt;</bpt>Judul</seg></tuv><tuv xml:lang="en"><seg>Title<x:custom xmlns:x="urn:x">drop</x:custom></seg></tuv></tu>
            </body></tmx>
            """
        let reading = try read(xml)
        #expect(reading.pairs.map(\.source) == ["Baca berita ini.", "Judul"])
        #expect(reading.pairs.map(\.target) == ["Read this very news <raw> item.", "Title"])
        #expect(reading.pairs.map(\.origin) == ["T", "T"])
    }

    static func memory(srclang: String, _ units: String) -> String {
        """
        <tmx version="1.4"><header creationtool="T" creationtoolversion="1" segtype="sentence" o-tmf="t" adminlang="en" srclang="\(srclang)" datatype="plaintext"/><body>
        \(units)
        </body></tmx>
        """
    }

    @Test func theSourceTuvIsChosenBySrclang() throws {
        let units = """
            <tu><tuv xml:lang="EN-US"><seg>house</seg></tuv><tuv xml:lang="id-ID"><seg>rumah</seg></tuv><tuv xml:lang="fr"><seg>maison</seg></tuv></tu>
            <tu><tuv lang="en"><seg>cat</seg></tuv><tuv lang="ID"><seg>kucing</seg></tuv></tu>
            <tu srclang="fr"><tuv xml:lang="en"><seg>dog</seg></tuv><tuv xml:lang="fr"><seg>chien</seg></tuv></tu>
            """
        let id = try read(Self.memory(srclang: "id", units)).pairs
        #expect(
            id.map { "\($0.sourceLanguage):\($0.source)>\($0.targetLanguage):\($0.target)" }
                == ["id-ID:rumah>EN-US:house", "ID:kucing>en:cat", "fr:chien>en:dog"])
        let english = try read(Self.memory(srclang: "en", units)).pairs
        #expect(english.map(\.source) == ["house", "cat", "chien"])
        #expect(english.first?.target == "rumah")
        let all = try read(Self.memory(srclang: "*all*", units)).pairs
        #expect(all.map(\.source) == ["house", "cat", "chien"])
        // An exact tag wins over one sharing only the primary subtag.
        let british = try read(
            Self.memory(
                srclang: "en-gb",
                """
                <tu><tuv xml:lang="en-US"><seg>color</seg></tuv><tuv xml:lang="en-GB"><seg>colour</seg></tuv></tu>
                """)
        ).pairs
        #expect(british.map(\.source) == ["colour"])
        #expect(british.map(\.target) == ["color"])
    }

    @Test func withoutSrclangTheFirstTuvIsTheSourceWithOneWarning() throws {
        let xml = """
            <tmx version="1.4"><header creationtool="T" creationtoolversion="1" segtype="sentence" o-tmf="t" adminlang="en" datatype="plaintext"/><body>
            <tu><tuv xml:lang="en"><seg>yes</seg></tuv><tuv xml:lang="id"><seg>ya</seg></tuv></tu>
            <tu><tuv xml:lang="id"><seg>tidak</seg></tuv><tuv xml:lang="en"><seg>no</seg></tuv></tu>
            </body></tmx>
            """
        let reading = try read(xml)
        #expect(reading.pairs.map(\.source) == ["yes", "tidak"])
        #expect(reading.diagnostics.map(\.code) == ["tmx.no-srclang"])
        #expect(reading.diagnostics.first?.location?.line == 2)
    }

    @Test func incompleteUnitsAreSkippedWithTheirLine() throws {
        let xml = """
            <?xml version="1.0" encoding="UTF-8"?>
            <tmx version="1.4">
            <header creationtool="T" creationtoolversion="1" segtype="sentence" o-tmf="t" adminlang="en" srclang="id" datatype="plaintext"/>
            <body>
            <tu><tuv xml:lang="id"><seg>sendiri</seg></tuv></tu>
            <tu>
              <tuv xml:lang="id"><seg> </seg></tuv>
              <tuv xml:lang="en"><seg>blank source</seg></tuv>
            </tu>
            <tu><tuv xml:lang="en"><seg>a</seg></tuv><tuv xml:lang="fr"><seg>b</seg></tuv></tu>
            <tu><tuv xml:lang="id"><seg>baik</seg></tuv><tuv xml:lang="en"><seg>good</seg></tuv></tu>
            <tu><tuv xml:lang="id"></tuv><tuv xml:lang="en"><seg>no seg</seg></tuv></tu>
            </body>
            </tmx>
            """
        let reading = try read(xml)
        #expect(reading.pairs.map(\.source) == ["baik"])
        #expect(reading.diagnostics.map(\.code) == Array(repeating: "tmx.incomplete-tu", count: 4))
        #expect(reading.diagnostics.map(\.severity) == Array(repeating: .warning, count: 4))
        #expect(reading.diagnostics.map { $0.location?.line } == [5, 6, 10, 12])
        #expect(reading.diagnostics.allSatisfy { $0.location?.file == "m.tmx" })
    }

    @Test func datesCountsAndOriginsFallBack() throws {
        let before = Date()
        let xml = Self.memory(
            srclang: "id",
            """
            <tu creationtool="Trados" usagecount="7" changedate="20240101T000000Z"><tuv xml:lang="id"><seg>a</seg></tuv><tuv xml:lang="en"><seg>b</seg></tuv></tu>
            <tu creationdate="2024-05-10" usagecount="many"><tuv xml:lang="id"><seg>c</seg></tuv><tuv xml:lang="en" creationtool="MT" usagecount="4"><seg>d</seg></tuv></tu>
            <tu changedate="20240231T000000Z"><prop type="x-alih-origin">Alih</prop><tuv xml:lang="id"><seg>e</seg></tuv><tuv xml:lang="en"><seg>f</seg></tuv></tu>
            """)
        let reading = try read(xml)
        let january = Date(timeIntervalSince1970: 1_704_067_200)
        #expect(reading.pairs[0].created == january && reading.pairs[0].changed == january)
        #expect(reading.pairs[0].useCount == 7 && reading.pairs[0].origin == "Trados")
        #expect(reading.pairs[1].useCount == 4 && reading.pairs[1].origin == "MT")
        #expect(reading.pairs[1].created >= before && reading.pairs[1].created <= Date())
        #expect(reading.pairs[1].changed == reading.pairs[1].created)
        #expect(reading.pairs[2].origin == "Alih")
        #expect(reading.diagnostics.map(\.code) == ["tmx.date", "tmx.usagecount", "tmx.date"])
        #expect(reading.diagnostics.map { $0.location?.line } == [3, 3, 4])
    }

    @Test func aPlainDoctypeAndUTF16AreAccepted() throws {
        let xml = try TMXFormat.write(Array(Self.pairs.prefix(2)), sourceLanguage: "id", toolVersion: "1")
            .replacingOccurrences(of: "<tmx version", with: "<!DOCTYPE tmx SYSTEM \"tmx14.dtd\">\n<tmx version")
        #expect(try read(xml).pairs == Array(Self.pairs.prefix(2)))
        let utf16 = xml.replacingOccurrences(of: "encoding=\"UTF-8\"", with: "encoding=\"UTF-16\"")
        let bytes = Self.utf16(utf16, bigEndian: false)
        #expect(try TMXFormat.read(bytes, path: "m.tmx").pairs == Array(Self.pairs.prefix(2)))
    }

    // MARK: Refusing

    @Test(
        arguments: [
            (
                """
                <?xml version="1.0"?>
                <!DOCTYPE tmx [
                  <!ENTITY lol "lol">
                  <!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
                  <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
                ]>
                <tmx version="1.4"><header srclang="id"/><body><tu><tuv xml:lang="id"><seg>&lol3;</seg></tuv></tu></body></tmx>
                """, 2
            ),
            (
                """
                <?xml version="1.0"?>
                <!-- a comment -->
                <!DOCTYPE tmx SYSTEM "tmx14.dtd" [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>
                <tmx version="1.4"><header srclang="id"/><body><tu><tuv xml:lang="id"><seg>&xxe;</seg></tuv></tu></body></tmx>
                """, 3
            ),
            ("<!DOCTYPE tmx [<!ENTITY % ext SYSTEM \"http://example.com/x.dtd\"> %ext;]><tmx/>", 1),
        ] as [(String, Int)])
    func doctypesWithEntitiesAreRefusedBeforeParsing(xml: String, line: Int) {
        let diagnostic = failure(xml)
        #expect(diagnostic?.code == "tmx.doctype-entities", "\(diagnostic?.description ?? "")")
        #expect(diagnostic?.location == SourceLocation(file: "m.tmx", line: line))
        // The same in UTF-16, which a UTF-8 check alone would not see.
        #expect(failure(Self.utf16(xml, bigEndian: true))?.code == "tmx.doctype-entities")
        #expect(failure(Self.utf16(xml, bigEndian: false))?.code == "tmx.doctype-entities")
    }

    @Test func aPrologTooLongToCheckIsRefused() {
        let xml =
            "<?xml version=\"1.0\"?>\n<!--" + String(repeating: "x", count: 70_000) + "-->\n"
            + "<!DOCTYPE tmx [<!ENTITY a \"aaaaaaaaaa\"><!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;\">]><tmx version=\"1.4\">&b;</tmx>"
        #expect(failure(xml)?.code == "tmx.prolog-too-long")
        // A long memory is fine: only the prolog must be short.
        let long = Self.memory(
            srclang: "id",
            String(
                repeating: "<tu><tuv xml:lang=\"id\"><seg>a</seg></tuv><tuv xml:lang=\"en\"><seg>b</seg></tuv></tu>\n",
                count: 2_000))
        #expect(((try? read(long))?.pairs.count) == 2_000)
    }

    @Test func truncatedFilesAreRefused() throws {
        let xml = try TMXFormat.write(Array(Self.pairs.prefix(2)), sourceLanguage: "id", toolVersion: "1")
        let bytes = Array(xml.utf8)
        #expect(try TMXFormat.read(bytes, path: "m.tmx").pairs.count == 2)
        // Inside the header, a <tu>, a <seg>, a prop, after </body>, and without the final '>'.
        let cuts = [60, 300, 420, 600, bytes.count - 8, bytes.count - 2]
        for cut in cuts {
            let diagnostic = failure(Array(bytes.prefix(cut)))
            #expect(diagnostic?.code == "tmx.truncated", "cut at \(cut): \(diagnostic?.description ?? "no error")")
            #expect(diagnostic?.location?.line != nil)
        }
    }

    @Test func brokenXMLIsAnErrorWithLineAndColumn() {
        let diagnostic = failure("<tmx version=\"1.4\">\n<header srclang=\"id\"/>\n<body>\n<tu></tuv>\n</body></tmx>")
        #expect(diagnostic?.code == "tmx.xml")
        #expect(diagnostic?.location?.line == 4)
        #expect(diagnostic?.location?.column != nil)
        #expect(failure("")?.code == "tmx.empty")  // an empty file says so
        #expect(failure("<tmx><seg>&nbsp;</seg></tmx>")?.code == "tmx.xml")
    }

    @Test(arguments: [
        "<?xml version=\"1.0\"?>\n<xliff version=\"1.2\" xmlns=\"urn:oasis:names:tc:xliff:document:1.2\"/>",
        "<tmx version=\"1.4\" xmlns=\"urn:example:tmx\"><header srclang=\"id\"/><body/></tmx>",
        "<TMX version=\"1.4\"><header srclang=\"id\"/><body/></TMX>",
    ])
    func otherDocumentsAreNotTMX(xml: String) {
        let diagnostic = failure(xml)
        #expect(diagnostic?.code == "tmx.not-tmx", "\(diagnostic?.description ?? "")")
        #expect(diagnostic?.location?.file == "m.tmx")
    }

    @Test func depthAndTextSizeAreBounded() {
        let deep =
            "<tmx><body><tu><tuv xml:lang=\"id\"><seg>" + String(repeating: "<hi>", count: 70) + "x"
            + String(repeating: "</hi>", count: 70) + "</seg></tuv></tu></body></tmx>"
        #expect(failure(deep)?.code == "tmx.too-deep")
        let large = Self.memory(
            srclang: "id",
            "<tu><tuv xml:lang=\"id\"><seg>" + String(repeating: "abcdefgh", count: (16 << 20) / 8 + 1)
                + "</seg></tuv></tu>")
        #expect(failure(large)?.code == "tmx.text-too-large")
    }

    @Test func missingFilesAndFoldersAreNamed() {
        for (path, code) in [
            ("/nonexistent/m.tmx", "tmx.not-found"), (FileManager.default.temporaryDirectory.path, "tmx.directory"),
        ] {
            do {
                _ = try TMXFormat.read(path: path)
                Issue.record("\(path) was read")
            } catch {
                #expect(error.diagnostic.code == code)
            }
        }
    }
}
