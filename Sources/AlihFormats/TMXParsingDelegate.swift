import AlihCore
import AlihXML
import Foundation

/// The event handler behind `TMXFormat.read`: builds translation pairs from TMX events
/// and stops at the first thing it must refuse.
final class TMXParsingDelegate: XMLEventHandler {
    let path: String
    let maximumDepth: Int
    let maximumTextBytes: Int
    /// The date of pairs whose file gives none.
    let now = Date()
    private(set) var pairs: [TranslationPair] = []
    /// When set, the pairs read are handed to it `batchSize` at a time as the file is read, and
    /// not kept; an error it throws stops the parse and is kept in `batchError`.
    var batch: (([TranslationPair]) throws -> Void)?
    var batchSize = 5_000
    /// What `batch` threw, the parse stopped.
    private(set) var batchError: (any Error)?
    private(set) var diagnostics: [Diagnostic] = []
    /// Set once, with the parse stopped: no event arrives after it.
    private(set) var failure: DiagnosticError?
    private(set) var sawRoot = false

    /// What a `<tuv>` or `<tu>` says about the translation.
    private struct Attributes {
        var created: Date?
        var changed: Date?
        var useCount: Int?
        var creationTool: String?
    }

    private struct Variant {
        var language: String
        var text: String?
        var attributes: Attributes
    }

    private struct Unit {
        var line: Int
        var sourceLanguage: String?
        var attributes: Attributes
        var props: [String: String] = [:]
        var variants: [Variant] = []
    }

    private var stack: [(name: String, uri: String)] = []
    private var headerSourceLanguage: String?
    private var headerCreationTool: String?
    private var warnedNoSourceLanguage = false
    private var unit: Unit?
    private var variant: Variant?

    // Text capture: which buffer characters go to, and the depth of dropped content.
    private enum Capture {
        case seg
        case prop(String)
    }
    private var capture: Capture?
    private var buffer: [UInt8] = []
    private var text: String { String(decoding: buffer, as: UTF8.self) }
    private var skipDepth = 0

    init(path: String, maximumDepth: Int, maximumTextBytes: Int) {
        self.path = path
        self.maximumDepth = maximumDepth
        self.maximumTextBytes = maximumTextBytes
    }

    private func fail(_ parser: StreamingXMLParser, code: String, _ message: String, hint: String? = nil) {
        guard failure == nil else { return }
        failure = DiagnosticError(
            code: code, message, at: SourceLocation(file: path, line: parser.line, column: parser.column), hint: hint)
        parser.stop()
    }

    private func warn(_ code: String, _ message: String, line: Int, hint: String? = nil) {
        diagnostics.append(
            Diagnostic(.warning, code: code, message, at: SourceLocation(file: path, line: line), hint: hint))
    }

    func startElement(_ name: String, namespace uri: String, attributes: XMLAttributes, parser: StreamingXMLParser) {
        stack.append((name, uri))
        if stack.count > maximumDepth {
            fail(
                parser, code: "tmx.too-deep", "elements nested more than \(maximumDepth) deep",
                hint: "a translation memory is never this deep; the file is damaged or hostile")
            return
        }
        if stack.count == 1 {
            guard name == "tmx", uri.isEmpty else {
                fail(
                    parser, code: "tmx.not-tmx",
                    "the root element is <\(name)>\(uri.isEmpty ? "" : " in namespace '\(uri)'"), not a TMX <tmx>",
                    hint: "read a .tmx file exported from a CAT tool")
                return
            }
            sawRoot = true
            return
        }
        if skipDepth > 0 {
            skipDepth += 1
            return
        }
        switch capture {
        case .seg:
            // Inline markup: <hi> (and a stray <sub>) keep their text; native codes are dropped.
            if !(uri.isEmpty && (name == "hi" || name == "sub")) { skipDepth = 1 }
            return
        case .prop:
            skipDepth = 1
            return
        case nil:
            break
        }
        guard uri.isEmpty else {
            skipDepth = 1  // another vocabulary's element: skipped with its content
            return
        }
        let parent = stack[stack.count - 2].name
        switch (name, parent) {
        case ("header", "tmx"):
            headerSourceLanguage = attributes["srclang"].flatMap { $0.isEmpty ? nil : $0 }
            headerCreationTool = attributes["creationtool"].flatMap { $0.isEmpty ? nil : $0 }
        case ("tu", "body"):
            let line = parser.line
            unit = Unit(
                line: line, sourceLanguage: attributes["srclang"].flatMap { $0.isEmpty ? nil : $0 },
                attributes: read(attributes, line: line))
        case ("prop", "tu") where unit != nil:
            beginCapture(.prop(attributes["type"] ?? ""))
        case ("tuv", "tu") where unit != nil:
            variant = Variant(
                language: attributes["xml:lang"] ?? attributes["lang"] ?? "", text: nil,
                attributes: read(attributes, line: parser.line))
        case ("seg", "tuv") where variant != nil:
            if variant?.text == nil { beginCapture(.seg) } else { skipDepth = 1 }
        default:
            break
        }
    }

    private func beginCapture(_ kind: Capture) {
        capture = kind
        buffer.removeAll(keepingCapacity: true)
    }

    /// The dates, use count and tool of a `<tu>` or `<tuv>`.
    private func read(_ attributes: XMLAttributes, line: Int) -> Attributes {
        var result = Attributes(creationTool: attributes["creationtool"].flatMap { $0.isEmpty ? nil : $0 })
        for (name, keyPath) in [("creationdate", \Attributes.created), ("changedate", \Attributes.changed)] {
            guard let text = attributes[name] else { continue }
            if let date = TMXFormat.parseDate(text) {
                result[keyPath: keyPath] = date
            } else {
                warn("tmx.date", "\(name) '\(text)' is not a TMX date (YYYYMMDDThhmmssZ); ignored", line: line)
            }
        }
        if let text = attributes["usagecount"] {
            if let count = Int(text.trimmingCharacters(in: .whitespaces)) {
                result.useCount = count
            } else {
                warn("tmx.usagecount", "usagecount '\(text)' is not a number; ignored", line: line)
            }
        }
        return result
    }

    func characters(_ bytes: UnsafeBufferPointer<UInt8>, parser: StreamingXMLParser) {
        guard capture != nil, skipDepth == 0 else { return }
        buffer.append(contentsOf: bytes)
        if buffer.count > maximumTextBytes {
            fail(
                parser, code: "tmx.text-too-large", "an element holds more than \(maximumTextBytes >> 20) MB of text",
                hint: "a segment is never this long; the file is damaged or hostile")
        }
    }

    func endElement(_ name: String, namespace uri: String, parser: StreamingXMLParser) {
        defer { stack.removeLast() }
        if skipDepth > 0 {
            skipDepth -= 1
            return
        }
        if stack.count == 1 { return }
        guard uri.isEmpty else { return }
        switch (name, capture) {
        case ("seg", .seg?):
            variant?.text = text
            capture = nil
        case (_, .seg?):
            return  // the end of <hi> or <sub>
        case ("prop", .prop(let type)?):
            if unit?.props[type] == nil { unit?.props[type] = text }
            capture = nil
        case ("tuv", _):
            if let finished = variant { unit?.variants.append(finished) }
            variant = nil
        case ("tu", _):
            if let finished = unit { finish(finished) }
            unit = nil
            if let batch, pairs.count >= batchSize {
                do { try batch(pairs) } catch {
                    batchError = error
                    parser.stop()
                }
                pairs.removeAll(keepingCapacity: true)
            }
        default:
            break
        }
    }

    /// Makes a pair of the `<tu>`, or warns why it cannot.
    private func finish(_ unit: Unit) {
        let sourceLanguage = unit.sourceLanguage ?? headerSourceLanguage
        if sourceLanguage == nil, !warnedNoSourceLanguage {
            warnedNoSourceLanguage = true
            warn(
                "tmx.no-srclang", "the header names no srclang; the first <tuv> of each <tu> is taken as the source",
                line: unit.line,
                hint: "a TMX header must have srclang (the source language, or *all*)")
        }
        let hint = "the translation unit is left out of the translation memory"
        guard unit.variants.count >= 2 else {
            warn(
                "tmx.incomplete-tu",
                "a <tu> with \(unit.variants.count) <tuv>; a translation needs a source and a target",
                line: unit.line, hint: hint)
            return
        }
        guard let sourceIndex = TMXFormat.sourceIndex(of: unit.variants.map(\.language), sourceLanguage: sourceLanguage)
        else {
            warn(
                "tmx.incomplete-tu", "a <tu> without a <tuv> in the source language '\(sourceLanguage ?? "")'",
                line: unit.line, hint: hint)
            return
        }
        let source = unit.variants[sourceIndex]
        let target = unit.variants[sourceIndex == 0 ? 1 : 0]
        guard let text = source.text, !text.allSatisfy(\.isWhitespace) else {
            warn("tmx.incomplete-tu", "a <tu> whose source (\(source.language)) is empty", line: unit.line, hint: hint)
            return
        }
        let created = target.attributes.created ?? unit.attributes.created
        let changed = target.attributes.changed ?? unit.attributes.changed
        pairs.append(
            TranslationPair(
                source: text, target: target.text ?? "", sourceLanguage: source.language,
                targetLanguage: target.language,
                document: unit.props["x-alih-document"], segmentID: unit.props["x-alih-segment"],
                origin: unit.props["x-alih-origin"] ?? target.attributes.creationTool ?? unit.attributes.creationTool
                    ?? headerCreationTool,
                created: created ?? changed ?? now, changed: changed ?? created ?? now,
                useCount: target.attributes.useCount ?? unit.attributes.useCount ?? 1))
    }
}
