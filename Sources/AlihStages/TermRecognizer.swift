import AlihCore

/// The glossary stage: records the glossary terms of every translatable segment.
public struct TermRecognizer: Stage {
    public let matcher: GlossaryMatcher
    public var name: String { "glossary" }

    public init(matcher: GlossaryMatcher) { self.matcher = matcher }

    public func run(on document: inout Document, diagnostics: inout [Diagnostic]) throws {
        var tokenizer = try WordTokenizer()
        let text = document.text
        for b in document.blocks.indices where document.blocks[b].isTranslatable {
            for s in document.blocks[b].segments.indices {
                let range = document.blocks[b].segments[s].range
                document.blocks[b].segments[s].terms = try matcher.matches(in: text[range], tokenizer: &tokenizer)
            }
        }
    }
}
