import Alih
import ArgumentParser
import Foundation

/// `alih segment`: sentences, one per line.
struct SegmentCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "segment",
        abstract: "Print an article's sentences, one per line, blocks separated by a blank line.",
        discussion: """
            With --jsonl, reads one JSON object {"id": ..., "text": ...} per line and writes \
            {"id": ..., "sentences": [...]} per line. A bad line is reported on standard error \
            with its line number and skipped; the exit code is then 1.
            """
    )

    @Argument(help: ArgumentHelp("The article, or - for standard input.", valueName: "article"))
    var input: String = "-"

    @Flag(help: "Batch mode: JSON lines in, JSON lines out.")
    var jsonl = false

    @Flag(name: .customLong("content-only"), help: "Leave boilerplate blocks out.")
    var contentOnly = false

    @OptionGroup var pipelineOptions: PipelineOptions

    func run() throws {
        let pipeline = try pipelineOptions.load()
        let bytes = try ArticleInput.read(input)
        if jsonl {
            try runJSONLines(bytes, pipeline: pipeline)
            return
        }
        let (document, _) = try pipeline.process(bytes, name: ArticleInput.name(of: input))
        var out = ""
        var first = true
        for block in document.blocks where !contentOnly || block.isTranslatable {
            if !first { out += "\n" }
            first = false
            for segment in block.segments { out += document.text(segment.range) + "\n" }
        }
        Console.output(out)
    }

    private struct Request: Decodable {
        var id: JSONValue
        var text: String
    }

    private struct Response: Encodable {
        var id: JSONValue
        var sentences: [String]
    }

    private func runJSONLines(_ bytes: [UInt8], pipeline: ArticlePipeline) throws {
        let decoder = JSONDecoder()
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        var failures = 0
        var out = Data()
        for (number, line) in bytes.split(separator: 0x0A, omittingEmptySubsequences: false).enumerated() {
            if line.allSatisfy({ $0 == 0x20 || $0 == 0x0D || $0 == 0x09 }) { continue }
            let location = SourceLocation(file: ArticleInput.name(of: input), line: number + 1)
            do {
                let request = try decoder.decode(Request.self, from: Data(line))
                var sentences: [String] = []
                if !request.text.allSatisfy(\.isWhitespace) {
                    let (document, _) = try pipeline.process(Array(request.text.utf8), name: location.description)
                    sentences = document.blocks.filter { !contentOnly || $0.isTranslatable }
                        .flatMap { $0.segments.map { String(document.text($0.range)) } }
                }
                out.append(try encoder.encode(Response(id: request.id, sentences: sentences)))
                out.append(0x0A)
            } catch let error as DiagnosticError {
                failures += 1
                Console.error(error.description)
            } catch {
                failures += 1
                Console.error("\(location): error: not a JSON object with \"id\" and \"text\" [input.jsonl]")
            }
            if out.count > 1 << 16 {
                FileHandle.standardOutput.write(out)
                out.removeAll(keepingCapacity: true)
            }
        }
        FileHandle.standardOutput.write(out)
        if failures > 0 { throw ExitCode(1) }
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
