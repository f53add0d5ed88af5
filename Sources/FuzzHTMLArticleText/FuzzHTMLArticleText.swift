// libFuzzer target: arbitrary bytes through `HTMLArticleText.read` (charset detection, the
// nesting estimate, Gumbo's HTML5 parse, the layout of the page's text and markup) and, when the
// page has text, `HTMLPageMerge` of its own text back into it (the identity merge: it must
// succeed, and give back every byte outside the regions).
// Only part of the package when ALIH_FUZZ=1; run with `bash .ci/fuzz`.
import AlihFormats

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let bytes = Array(UnsafeBufferPointer(start: data, count: size))
    guard let page = try? HTMLArticleText.read(bytes, name: "fuzz.html"), !page.regions.isEmpty else { return 0 }
    do {
        _ = try HTMLPageMerge.merge(page: bytes, name: "fuzz.html", translated: page.text, targetLanguage: "en")
    } catch {
        fatalError("the identity merge of a page failed: \(error)")
    }
    return 0
}
