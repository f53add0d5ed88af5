// libFuzzer target: arbitrary bytes through the news pipeline — decode, normalize, paragraphs,
// boilerplate, segment and glossary match — via `ArticlePipeline.process(_:name:)`.
// Only part of the package when ALIH_FUZZ=1; run with `bash .ci/fuzz`.
import Alih

/// A small glossary covering the matcher's features: multi-word terms, case-sensitive acronyms,
/// do-not-translate names, hyphenated and affixed forms, forbidden translations.
let glossary = Glossary(name: "fuzz", sourceLanguage: "id", targetLanguage: "en", entries: [
    GlossaryEntry(id: "e1", source: "juru bicara", translations: [
        GlossaryTranslation("spokesperson"), GlossaryTranslation("speaker", status: .forbidden),
    ]),
    GlossaryEntry(id: "e2", source: "KPK", translations: [GlossaryTranslation("KPK")], caseSensitive: true, doNotTranslate: true),
    GlossaryEntry(id: "e3", source: "warga negara Indonesia", translations: [GlossaryTranslation("Indonesian citizen")]),
    GlossaryEntry(id: "e4", source: "setuju", translations: [GlossaryTranslation("agree")]),
    GlossaryEntry(id: "e5", source: "negara-negara", translations: [GlossaryTranslation("countries", status: .admitted)]),
    GlossaryEntry(id: "e6", source: "MA", translations: [GlossaryTranslation("Supreme Court")], caseSensitive: true),
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
    return 0
}
