// libFuzzer target: arbitrary bytes through `TMXFormat.read(_:path:)`.
// Only part of the package when ALIH_FUZZ=1; run with `bash .ci/fuzz`.
import AlihFormats

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let bytes = Array(UnsafeBufferPointer(start: data, count: size))
    _ = try? TMXFormat.read(bytes, path: "fuzz.tmx")
    return 0
}
