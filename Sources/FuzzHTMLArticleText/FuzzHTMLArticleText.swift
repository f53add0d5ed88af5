// libFuzzer target: arbitrary bytes through `HTMLArticleText.read` (charset detection, the
// nesting estimate, Gumbo's HTML5 parse and the layout of the page's text).
// Only part of the package when ALIH_FUZZ=1; run with `bash .ci/fuzz`.
import AlihFormats

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let bytes = Array(UnsafeBufferPointer(start: data, count: size))
    _ = try? HTMLArticleText.read(bytes, name: "fuzz.html")
    return 0
}
