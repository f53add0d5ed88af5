import AlihXML
import Testing

/// Records events as lines of text, e.g. `<urn:x|unit id=u1>`, `"text"`, `</unit>`.
private final class Recorder: XMLEventHandler {
    var events: [String] = []
    var text: [UInt8] = []
    var stopAt: String?

    private func flush() {
        if !text.isEmpty { events.append("\"\(String(decoding: text, as: UTF8.self))\"") }
        text = []
    }

    func startElement(_ name: String, namespace: String, attributes: XMLAttributes, parser: StreamingXMLParser) {
        flush()
        let attributeText = attributes.map { " \($0.name)=\($0.value)" }.joined()
        events.append("<\(namespace.isEmpty ? "" : namespace + "|")\(name)\(attributeText)>")
        if name == stopAt { parser.stop() }
    }

    func endElement(_ name: String, namespace: String, parser: StreamingXMLParser) {
        flush()
        events.append("</\(name)>")
    }

    func characters(_ bytes: UnsafeBufferPointer<UInt8>, parser: StreamingXMLParser) {
        text.append(contentsOf: bytes)
    }
}

private func parse(_ xml: String, chunk: Int = 7, stopAt: String? = nil) -> (
    events: [String], failure: StreamingXMLParser.Failure?
) {
    let recorder = Recorder()
    recorder.stopAt = stopAt
    let parser = StreamingXMLParser(handler: recorder)
    let bytes = Array(xml.utf8)
    do throws(StreamingXMLParser.Failure) {
        var start = 0
        while start < bytes.count {
            try parser.feed(Array(bytes[start..<min(bytes.count, start + chunk)]))
            start += chunk
        }
        try parser.finish()
        return (recorder.events, nil)
    } catch {
        return (recorder.events, error)
    }
}

@Suite struct StreamingXMLParserTests {
    @Test func deliversNamespacedEventsWhateverTheChunkSize() {
        let xml =
            #"<?xml version="1.0"?><x:a xmlns:x="urn:x" xml:lang="id"><b id="1&amp;2">t&lt;u<![CDATA[<v>]]>&#x263A;</b></x:a>"#
        let expected = ["<urn:x|a xml:lang=id>", "<b id=1&2>", "\"t<u<v>☺\"", "</b>", "</a>"]
        for chunk in [1, 3, 7, 4096] {
            let result = parse(xml, chunk: chunk)
            #expect(result.failure == nil)
            #expect(result.events == expected)
        }
    }

    /// The first piece fed is parsed as it is fed (libxml2 keeps the bytes a parser is created
    /// with and parsed them only with the next piece: a reader that stops early on the first
    /// piece saw nothing).
    @Test func theFirstPieceIsParsedWhenItIsFed() throws {
        let recorder = Recorder()
        let parser = StreamingXMLParser(handler: recorder)
        try parser.feed(Array(#"<?xml version="1.0"?><a><b id="1"/><c>"#.utf8))
        #expect(recorder.events == ["<a>", "<b id=1>", "</b>", "<c>"])
        #expect(parser.bytesConsumed == 38)
        try parser.feed(Array("</c></a>".utf8))
        try parser.finish()
        #expect(recorder.events == ["<a>", "<b id=1>", "</b>", "<c>", "</c>", "</a>"])
    }

    @Test func aTruncatedDocumentIsAnErrorAtTheEnd() {
        let result = parse("<a><b>text</b>")
        guard case .malformed(let message)? = result.failure?.kind else {
            Issue.record("expected malformed, got \(String(describing: result.failure))")
            return
        }
        #expect(message.contains("end"))
    }

    @Test(arguments: [
        (#"<!DOCTYPE a [<!ENTITY e "x">]><a>&e;</a>"#, StreamingXMLParser.Failure.Kind.entityDeclaration("e")),
        (#"<!DOCTYPE a SYSTEM "a.dtd"><a>&e;</a>"#, .entityReference("e")),
        (#"<!DOCTYPE a [<!ENTITY x SYSTEM "file:///etc/passwd">]><a>&x;</a>"#, .entityDeclaration("x")),
        (#"<!DOCTYPE a [<!ENTITY % p SYSTEM "http://example.invalid/p.dtd"> %p;]><a/>"#, .entityDeclaration("%p")),
    ])
    func entitiesAreRefused(xml: String, kind: StreamingXMLParser.Failure.Kind) {
        let result = parse(xml)
        if case .entityDeclaration(let name) = kind, name.hasPrefix("%") {
            // A parameter entity: its declaration is refused whatever name libxml2 reports.
            guard case .entityDeclaration? = result.failure?.kind else {
                Issue.record("expected a refused declaration, got \(String(describing: result.failure))")
                return
            }
        } else {
            #expect(result.failure?.kind == kind)
        }
        // Nothing the entity stands for reaches the handler.
        #expect(!result.events.contains { $0.hasPrefix("\"") })
    }

    @Test func anUndeclaredEntityWithoutDoctypeIsAnError() {
        let result = parse("<a>&nbsp;</a>")
        #expect(result.failure != nil)
        #expect(!result.events.contains("\"\u{A0}\""))
    }

    /// A namespace URI that is not absolute is only a libxml2 warning: the document is read.
    @Test func warningsAreNotErrors() {
        let result = parse(#"<a xmlns:v="vendor-tool"><v:b/></a>"#)
        #expect(result.failure == nil)
        #expect(result.events == ["<a>", "<vendor-tool|b>", "</b>", "</a>"])
    }

    @Test func theHandlerStopsTheParse() {
        let result = parse("<a><b/><c/><d/></a>", stopAt: "b")
        #expect(result.failure == nil)
        #expect(result.events == ["<a>", "<b>"])
    }

    @Test func reportsLineAndColumnOfAnError() {
        let result = parse("<a>\n<b>\n</a>")
        #expect(result.failure?.line == 3)
    }

    @Test func readsUTF16WithAByteOrderMark() throws {
        let units: [UInt16] = [0xFEFF] + Array(#"<?xml version="1.0" encoding="UTF-16"?><a>é☺</a>"#.utf16)
        let bytes = units.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] }
        let recorder = Recorder()
        let parser = StreamingXMLParser(handler: recorder)
        try parser.feed(bytes)
        try parser.finish()
        #expect(recorder.events == ["<a>", "\"é☺\"", "</a>"])
    }
}

/// Keeps the attributes each start tag was asked for.
private final class AttributeProbe: XMLEventHandler {
    var seen: [[String?]] = []
    func startElement(_ name: String, namespace: String, attributes: XMLAttributes, parser: StreamingXMLParser) {
        seen.append([attributes["lang"], attributes["xml:lang"], attributes["x:id"], attributes["id"], attributes["i"]])
    }
    func endElement(_ name: String, namespace: String, parser: StreamingXMLParser) {}
    func characters(_ text: UnsafeBufferPointer<UInt8>, parser: StreamingXMLParser) {}
}

@Suite struct XMLAttributesTests {
    @Test func lookupTellsPrefixesApart() throws {
        let probe = AttributeProbe()
        let parser = StreamingXMLParser(handler: probe)
        try parser.feed(Array(#"<a xmlns:x="urn:x" lang="L" xml:lang="X" x:id="P" id="I &quot;q&quot;"><b/></a>"#.utf8))
        try parser.finish()
        #expect(probe.seen == [["L", "X", "P", "I \"q\"", nil], [nil, nil, nil, nil, nil]])
    }
}

/// Stops at the first start tag, then reads its attributes (as a handler refusing a tag does).
private final class StopThenRead: XMLEventHandler {
    var values: [String?] = []
    func startElement(_ name: String, namespace: String, attributes: XMLAttributes, parser: StreamingXMLParser) {
        parser.stop()
        values = [attributes["id"], attributes["original"]]
    }
    func endElement(_ name: String, namespace: String, parser: StreamingXMLParser) {}
    func characters(_ text: UnsafeBufferPointer<UInt8>, parser: StreamingXMLParser) {}
}

@Suite struct StreamingXMLParserStopTests {
    /// Found by fuzzing (heap use after free): libxml2 frees its input buffer when stopped, and
    /// the attributes point into it; the stop now waits for the handler to return. Without a
    /// sanitizer the freed bytes may still read right; the fuzz smoke in CI (ASan) runs the seed
    /// Tests/FuzzCorpus/FuzzXLIFFReader/regression-second-file-use-after-free.xlf (the example's
    /// XLIFF 1.2 with its <file> twice), which ASan reports as a use after free without the fix.
    @Test func attributesStayReadableAfterStopInsideTheHandler() throws {
        let handler = StopThenRead()
        let parser = StreamingXMLParser(handler: handler)
        try parser.feed(
            Array(#"<a id="abcdefgh" original="berita-contoh.txt"><b/></a>"#.utf8)
                + Array(repeating: UInt8(ascii: " "), count: 4096))
        try parser.finish()
        #expect(handler.values == ["abcdefgh", "berita-contoh.txt"])
    }
}

/// Wants text only inside `<keep>`: says so with `skipsCharacters`.
private final class TextInKeep: XMLEventHandler {
    var text = ""

    func startElement(_ name: String, namespace: String, attributes: XMLAttributes, parser: StreamingXMLParser) {
        parser.skipsCharacters = name != "keep"
    }

    func endElement(_ name: String, namespace: String, parser: StreamingXMLParser) {
        parser.skipsCharacters = true
    }

    func characters(_ bytes: UnsafeBufferPointer<UInt8>, parser: StreamingXMLParser) {
        text += String(decoding: bytes, as: UTF8.self)
    }
}

@Suite struct SkippedCharactersTests {
    /// Text arriving while the handler skips characters never reaches it; the rest does, in
    /// chunks of any size.
    @Test(arguments: [1, 3, 1 << 20])
    func skippedTextIsNotDelivered(chunk: Int) throws {
        let handler = TextInKeep()
        let parser = StreamingXMLParser(handler: handler)
        let bytes = Array("<a>\n  lewat <keep>simpan &amp; ini</keep> lewat\n  <b>lewat</b><keep>juga</keep></a>".utf8)
        var start = 0
        while start < bytes.count {
            try parser.feed(Array(bytes[start..<min(bytes.count, start + chunk)]))
            start += chunk
        }
        try parser.finish()
        #expect(handler.text == "simpan & inijuga")
    }
}
