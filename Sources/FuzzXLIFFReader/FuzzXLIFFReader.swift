// libFuzzer target: arbitrary bytes through `XLIFFReader().read(_:path:)` (XLIFF 2.x and 1.2).
// Only part of the package when ALIH_FUZZ=1; run with `bash .ci/fuzz`.
// Thrown errors are expected; crashes, hangs, leaks and sanitizer reports are not.
import AlihFormats

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let bytes = Array(UnsafeBufferPointer(start: data, count: size))
    _ = try? XLIFFReader().read(bytes, path: "fuzz.xlf")
    return 0
}
