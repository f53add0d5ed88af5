// libFuzzer target: arbitrary bytes through the news pipeline — decode, normalize, paragraphs,
// boilerplate, segment and glossary match — via `ArticlePipeline.process(_:name:)`. Also
// differential: the bytes checked and normalized as bytes (the pipeline's path for UTF-8) must
// give what decoding them to a String and normalizing that gives, diagnostics included.
// Only part of the package when ALIH_FUZZ=1; run with `bash .ci/fuzz`.
import Alih
import AlihFormats
import AlihStages

/// A small glossary covering the matcher's features: multi-word terms, case-sensitive acronyms,
/// do-not-translate names, hyphenated and affixed forms, forbidden translations.
let glossary = Glossary(
    name: "fuzz", sourceLanguage: "id", targetLanguage: "en",
    entries: [
        GlossaryEntry(
            id: "e1", source: "juru bicara",
            translations: [
                GlossaryTranslation("spokesperson"), GlossaryTranslation("speaker", status: .forbidden),
            ]),
        GlossaryEntry(
            id: "e2", source: "KPK", translations: [GlossaryTranslation("KPK")], caseSensitive: true,
            doNotTranslate: true),
        GlossaryEntry(
            id: "e3", source: "warga negara Indonesia", translations: [GlossaryTranslation("Indonesian citizen")]),
        GlossaryEntry(id: "e4", source: "setuju", translations: [GlossaryTranslation("agree")]),
        GlossaryEntry(
            id: "e5", source: "negara-negara", translations: [GlossaryTranslation("countries", status: .admitted)]),
        GlossaryEntry(
            id: "e6", source: "MA", translations: [GlossaryTranslation("Supreme Court")], caseSensitive: true),
        GlossaryEntry(id: "e7", source: "pukul", translations: [GlossaryTranslation("hit")]),
    ])

/// Compiled once, on the first input; failing to compile is a setup error, not a finding.
let pipeline: ArticlePipeline = {
    do {
        return try ArticlePipeline(definition: .newsArticle, glossary: glossary)
    } catch {
        fatalError("cannot compile the news pipeline (is hunspell-id installed? run bash .ci/setup): \(error)")
    }
}()

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let bytes = Array(UnsafeBufferPointer(start: data, count: size))
    _ = try? pipeline.process(bytes, name: "fuzz.txt")
    compareDecodingPaths(bytes)
    return 0
}

let normalizer = TextNormalizer(options: PipelineDefinition.newsArticle.normalization)

/// Traps when `TextDecoder.checkUTF8` + `TextNormalizer.normalize(utf8:from:)` and
/// `TextDecoder.decode` + `TextNormalizer.normalize(_:)` disagree on `bytes`.
func compareDecodingPaths(_ bytes: [UInt8]) {
    let decoder = TextDecoder()
    let decoded = Result { () throws(DiagnosticError) in try decoder.decode(bytes, name: "fuzz.txt") }
    let checked = Result { () throws(DiagnosticError) in try decoder.checkUTF8(bytes, name: "fuzz.txt") }
    switch (decoded, checked) {
    case (_, .success(nil)):
        precondition(
            bytes.starts(with: [0xFF, 0xFE]) || bytes.starts(with: [0xFE, 0xFF]), "checkUTF8 left UTF-8 to decode")
    case (.success(let (text, origin)), .success(let found?)):
        precondition(found == origin, "origins differ: \(found) and \(origin)")
        let fromText = try? normalizer.normalize(text)
        let fromBytes = try? normalizer.normalize(utf8: bytes, from: found.hadByteOrderMark ? 3 : 0)
        precondition(fromText?.0 == fromBytes?.0 && fromText?.1 == fromBytes?.1, "normalized differently")
    case (.failure(let expected), .failure(let found)):
        precondition(found.diagnostic == expected.diagnostic, "diagnostics differ: \(found) and \(expected)")
    default:
        preconditionFailure("decode: \(decoded), checkUTF8: \(checked)")
    }
}
