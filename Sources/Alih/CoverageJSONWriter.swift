import AlihCore
import Foundation

/// Writes a `CoverageReport` as `alih coverage --format json`: pretty-printed with sorted keys,
/// the same bytes as encoding the whole report at once, but encoded article by article, so a
/// report over thousands of articles never exists as one encoder tree and one string.
///
/// With sorted keys `articles` is the report's first key. Each article is encoded alone and
/// indented two levels deeper (JSON strings hold no raw line breaks, so indenting lines is
/// safe); the rest of the report is encoded without articles and joined after them.
public struct CoverageJSONWriter {
    private let encoder: JSONEncoder

    public init() {
        encoder = Self.makeEncoder()
    }

    static func makeEncoder() -> JSONEncoder { ReportEncoder.make() }

    /// Articles encoded at once.
    static let articlesPerRound = 256

    /// An article's JSON as it stands in the report: after a comma unless it is the first, four
    /// spaces before every line that is not empty.
    static func indented(_ encoded: Data, first: Bool) -> [UInt8] {
        var piece: [UInt8] = first ? [] : [0x2C, 0x0A]
        piece.reserveCapacity(encoded.count + encoded.count / 4)
        encoded.withUnsafeBytes { bytes in
            var lineStart = true
            for byte in bytes {
                if lineStart && byte != 0x0A { piece.append(contentsOf: [0x20, 0x20, 0x20, 0x20]) }
                piece.append(byte)
                lineStart = byte == 0x0A
            }
        }
        return piece
    }

    /// Emits the report and a final line feed.
    public func write(_ report: CoverageReport, _ emit: ([UInt8]) throws -> Void) throws {
        var rest = report
        rest.articles = []
        let restBytes = Array(try encoder.encode(rest))
        let emptyArticles = Array("{\n  \"articles\" : [\n\n  ]".utf8)
        guard restBytes.starts(with: emptyArticles) else {
            // Not the layout expected: the whole report in one piece.
            try emit(Array(try encoder.encode(report)) + [0x0A])
            return
        }
        guard !report.articles.isEmpty else {
            try emit(restBytes + [0x0A])
            return
        }
        try emit(Array("{\n  \"articles\" : [\n".utf8))
        // Articles are encoded on the cores a round at a time (each thread with its encoder).
        let articles = report.articles
        var start = 0
        while start < articles.count {
            let end = min(articles.count, start + Self.articlesPerRound)
            let pieces = try ParallelChunks.map(count: end - start, minimumChunk: 8) {
                [start] chunk throws -> [[UInt8]] in
                let encoder = Self.makeEncoder()
                return try chunk.map { offset in
                    try Self.indented(encoder.encode(articles[start + offset]), first: start + offset == 0)
                }
            }
            for piece in pieces.joined() { try emit(piece) }
            start = end
        }
        try emit(Array("\n  ]".utf8) + restBytes[emptyArticles.count...] + [0x0A])
    }
}
