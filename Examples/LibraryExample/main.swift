// The README's library example as a program: `swift run alih-library-example ARTICLE GLOSSARY OUTPUT`.
// It imports `Alih` as an app would (no `@testable`), so it builds only against the public API;
// the tests build and run it, and check that the README shows `convert` exactly as it is here.

import Alih
import Foundation

/// Converts one article to XLIFF 2.1 with a glossary's terms marked.
func convert(article: String, glossary: String, to output: String) throws {
    let terms = try GlossaryFile.read(path: glossary).glossary
    let pipeline = try ArticlePipeline(definition: .newsArticle, glossary: terms)  // compile once, share freely
    let bytes = Array(try Data(contentsOf: URL(fileURLWithPath: article)))
    let extraction = try pipeline.extract(bytes, name: article, options: ExtractionOptions())
    print(extraction.report.summary)
    try extraction.xliff.write(toFile: output, atomically: true, encoding: .utf8)
}

let arguments = CommandLine.arguments.dropFirst()
guard arguments.count == 3 else {
    FileHandle.standardError.write(Data("usage: alih-library-example ARTICLE GLOSSARY OUTPUT\n".utf8))
    exit(2)
}
do {
    try convert(article: arguments[1], glossary: arguments[2], to: arguments[3])
} catch {
    FileHandle.standardError.write(Data("error: \(error)\n".utf8))
    exit(1)
}
