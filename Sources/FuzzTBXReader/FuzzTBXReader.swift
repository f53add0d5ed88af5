// libFuzzer target: arbitrary bytes through `GlossaryFile.decode(_:path:format: .tbx)` (TBX v3
// and v2 `<martif>`), once with the default languages and once picking `id` → `en` explicitly.
// Only part of the package when ALIH_FUZZ=1; run with `bash .ci/fuzz`.
import AlihFormats

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let bytes = Array(UnsafeBufferPointer(start: data, count: size))
    _ = try? GlossaryFile.decode(bytes, path: "fuzz.tbx", format: .tbx)
    _ = try? GlossaryFile.decode(bytes, path: "fuzz.tbx", format: .tbx, sourceLanguage: "id", targetLanguage: "en")
    return 0
}
