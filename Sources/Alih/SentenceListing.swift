import AlihCore
import AlihFormats
import Foundation

/// An article's sentences, block by block: the library entry point of `alih segment`.
///
/// As text (one sentence a line, blocks separated by a blank line) or as JSON lines: one
/// `{"id": …, "text": …}` object a line in, one `{"id": …, "sentences": […]}` a line out, a bad
/// line reported with its line number and skipped.
package struct SentenceListing: Sendable {
    package var pipeline: ArticlePipeline
    /// Leave boilerplate blocks out.
    package var contentOnly: Bool
    /// Head each block (text only) with its id, its line and what it is: content, or chrome
    /// and the rule that recognised it.
    package var explain: Bool

    package init(pipeline: ArticlePipeline, contentOnly: Bool = false, explain: Bool = false) {
        self.pipeline = pipeline
        self.contentOnly = contentOnly
        self.explain = explain
    }

    /// The sentences of the article `bytes` (named `name` in messages), block by block.
    package func blocks(of bytes: [UInt8], name: String) throws -> [[String]] {
        let (document, _) = try pipeline.process(bytes, name: name)
        return document.blocks.filter { !contentOnly || $0.isTranslatable }.map { block in
            block.segments.map { String(document.text($0.range)) }
        }
    }

    /// One sentence a line, blocks separated by a blank line; with `explain`, each block headed
    /// by `b3 chrome: loading (line 5)` or `b4 content (line 7)`, after a line for each element
    /// of an HTML page's chrome left out, with the rule that took it (`page chrome (line 12 of
    /// the page; a nav element): <nav> "…"`); the blocks' lines are then lines of the page's text.
    package func text(of bytes: [UInt8], name: String) throws -> String {
        guard explain else {
            return try blocks(of: bytes, name: name).map { $0.map { $0 + "\n" }.joined() }.joined(separator: "\n")
        }
        let (document, diagnostics) = try pipeline.process(bytes, name: name)
        var line = 1
        var cursor = document.text.startIndex
        // A note says `left out as page chrome (REASON): <element> "preview"`.
        let chrome = diagnostics.filter { $0.code == "html.chrome" }.map { note in
            let said = note.message.replacingOccurrences(of: "left out as page chrome (", with: "")
            let (reason, rest) =
                said.range(of: "): ").map { (String(said[..<$0.lowerBound]), String(said[$0.upperBound...])) }
                ?? ("", said)
            return "page chrome (line \(note.location?.line ?? 0) of the page; \(reason)): " + rest + "\n"
        }
        return chrome.map { $0 + "\n" }.joined()
            + document.blocks.filter { !contentOnly || $0.isTranslatable }.map { block in
                line += document.text.utf8[cursor..<block.range.lowerBound].count { $0 == UInt8(ascii: "\n") }
                cursor = block.range.lowerBound
                let what =
                    block.kind.boilerplateRule.map { "chrome: \($0)" } ?? block.kind.repeatedBlock.map {
                        "repeats \($0)"
                    }
                    ?? "content"
                return "\(block.id) \(what) (line \(line))\n"
                    + block.segments.map { String(document.text($0.range)) + "\n" }.joined()
            }.joined(separator: "\n")
    }

    /// Lists the sentences of `bytes`, read from `input` (`-`: standard input, named `stdin`;
    /// a file, by its name): as text, or with `jsonLines` as JSON lines answered line by line,
    /// the output going to `output`, each bad line to `failure`; returns the number of bad lines.
    public func run(
        _ bytes: [UInt8], input: String, jsonLines: Bool, output: ([UInt8]) -> Void, failure: (Diagnostic) -> Void
    ) throws -> Int {
        let name = InputFile.isStream(input) ? "stdin" : (input as NSString).lastPathComponent
        guard jsonLines else {
            output(Array(try text(of: bytes, name: name).utf8))
            return 0
        }
        return self.jsonLines(bytes, name: name, emit: { output(Array($0)) }, failure: failure)
    }

    /// The JSON lines of `bytes` (named `name` in messages) answered: the output goes to `emit`
    /// in pieces of about 64 KB, each bad line to `failure`; returns the number of bad lines.
    package func jsonLines(_ bytes: [UInt8], name: String, emit: (Data) -> Void, failure: (Diagnostic) -> Void) -> Int {
        let decoder = JSONDecoder()
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        var failures = 0
        var out = Data()
        for (number, line) in bytes.split(separator: 0x0A, omittingEmptySubsequences: false).enumerated() {
            if line.allSatisfy({ $0 == 0x20 || $0 == 0x0D || $0 == 0x09 }) { continue }
            let location = SourceLocation(file: name, line: number + 1)
            do {
                let request = try decoder.decode(Request.self, from: Data(line))
                var sentences: [String] = []
                if !request.text.allSatisfy(\.isWhitespace) {
                    sentences = try blocks(of: Array(request.text.utf8), name: location.description).flatMap { $0 }
                }
                out.append(try encoder.encode(Response(id: request.id, sentences: sentences)))
                out.append(0x0A)
            } catch let error as DiagnosticError {
                failures += 1
                failure(error.diagnostic)
            } catch {
                failures += 1
                failure(
                    Diagnostic(
                        .error, code: "input.jsonl", #"not a JSON object with "id" and "text""#, at: location))
            }
            if out.count > 1 << 16 {
                emit(out)
                out.removeAll(keepingCapacity: true)
            }
        }
        emit(out)
        return failures
    }

    private struct Request: Decodable {
        var id: JSONValue
        var text: String
    }

    private struct Response: Encodable {
        var id: JSONValue
        var sentences: [String]
    }
}

/// A JSON id kept as it came: string or number.
enum JSONValue: Codable, Equatable {
    case string(String)
    case number(Double)
    case integer(Int)

    init(from decoder: Decoder) throws {
        let container = try decoder.singleValueContainer()
        if let integer = try? container.decode(Int.self) {
            self = .integer(integer)
        } else if let number = try? container.decode(Double.self) {
            self = .number(number)
        } else {
            self = .string(try container.decode(String.self))
        }
    }

    func encode(to encoder: Encoder) throws {
        var container = encoder.singleValueContainer()
        switch self {
        case .string(let text): try container.encode(text)
        case .number(let number): try container.encode(number)
        case .integer(let integer): try container.encode(integer)
        }
    }
}
