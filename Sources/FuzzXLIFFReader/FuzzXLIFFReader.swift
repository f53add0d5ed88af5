// libFuzzer target: arbitrary bytes through `XLIFFReader` (XLIFF 2.x and 1.2): from memory, and
// from a file read on one thread and in parts on three, which must agree (same document or same
// diagnostic; a disagreement traps). Only part of the package when ALIH_FUZZ=1; run with
// `bash .ci/fuzz`. Thrown errors are expected; crashes, hangs, leaks and sanitizer reports are not.
import AlihCore
import AlihFormats
import Foundation

private let path =
    (FileManager.default.fileExists(atPath: "/dev/shm") ? "/dev/shm" : NSTemporaryDirectory())
    + "/alih-fuzz-\(ProcessInfo.processInfo.processIdentifier).xlf"

private func read(workers: Int) -> Result<TranslatedDocument, DiagnosticError> {
    var reader = XLIFFReader()
    reader.workers = workers
    reader.minimumPartBytes = 64
    return Result { () throws(DiagnosticError) in try reader.read(path: path) }
}

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let bytes = Array(UnsafeBufferPointer(start: data, count: size))
    _ = try? XLIFFReader().read(bytes, path: "fuzz.xlf")
    guard FileManager.default.createFile(atPath: path, contents: Data(bytes)) else { return 0 }
    let whole = read(workers: 1)
    let inParts = read(workers: 3)
    if whole != inParts {
        fatalError("read in parts differs from one thread:\n\(inParts)\nnot\n\(whole)")
    }
    return 0
}
