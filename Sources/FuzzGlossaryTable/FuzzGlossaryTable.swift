// libFuzzer target: arbitrary bytes through the table glossary readers,
// `GlossaryFile.decode(_:path:format:)` with `.tsv` and with `.csv`.
// Only part of the package when ALIH_FUZZ=1; run with `bash .ci/fuzz`.
import AlihFormats

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let bytes = Array(UnsafeBufferPointer(start: data, count: size))
    _ = try? GlossaryFile.decode(bytes, path: "fuzz.tsv", format: .tsv)
    _ = try? GlossaryFile.decode(bytes, path: "fuzz.csv", format: .csv)
    return 0
}
