import AlihCore

/// The repeated-paragraph stage: marks a paragraph that repeats the one before it word for word.
///
/// Scraped pages often give the lead paragraph twice (as a summary above the article and again
/// as its first paragraph). A content block whose text is byte for byte the text of the content
/// block before it — page chrome between them does not count — becomes `.repeated(of:)`: the
/// XLIFF carries it as `translate="no"` with the id of the block it repeats, and the reimport
/// gives it that block's translation, so translators see the paragraph once and the English
/// article keeps both. Only blocks of at least `minimumWords` words count: a short line given
/// twice (a name, a heading) is as likely meant. Repeats further apart are left alone (an
/// article may quote a sentence again on purpose); a third copy repeats the first.
///
/// Each repeat is reported as an `input.repeated-paragraph` note with its line.
package struct RepeatedParagraphDetector: Stage {
    package var name: String { "repeated-paragraphs" }
    /// The fewest words a paragraph needs to be taken for a repeat.
    package let minimumWords: Int

    package init(minimumWords: Int = 5) { self.minimumWords = minimumWords }

    package func run(on document: inout Document, diagnostics: inout [Diagnostic]) throws {
        let text = document.text
        var previous: (index: Int, bytes: Range<Int>)? = nil
        var repeats: [(index: Int, of: Int)] = []
        text.withContiguousUTF8 { bytes in
            for (index, block) in document.blocks.enumerated() where block.kind == .content {
                let range = text.utf8Offsets(of: block.range)
                if let earlier = previous, earlier.bytes.count == range.count,
                    bytes[earlier.bytes].elementsEqual(bytes[range]),
                    WordCounter.count(utf8: UnsafeBufferPointer(rebasing: bytes[range])) >= minimumWords
                {
                    repeats.append((index, earlier.index))
                    continue
                }
                previous = (index, range)
            }
        }
        for (index, original) in repeats {
            let originalID = document.blocks[original].id
            document.blocks[index].kind = .repeated(of: originalID)
            let block = document.blocks[index]
            diagnostics.append(
                Diagnostic(
                    .note, code: "input.repeated-paragraph",
                    "paragraph \(block.id) repeats \(originalID) word for word: it is sent once (translate=\"no\") "
                        + "and given \(originalID)'s translation on reimport",
                    at: SourceLocation(file: document.sourceName, line: document.line(of: block.range.lowerBound)),
                    hint: "if the page really says it twice, nothing to do; to translate it on its own, set "
                        + "`repeated-paragraphs: false` under `boilerplate` in the pipeline"))
        }
    }
}
