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
        encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
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
        for (index, article) in report.articles.enumerated() {
            let encoded = try encoder.encode(article)
            var piece: [UInt8] = index == 0 ? [] : [0x2C, 0x0A]
            piece.reserveCapacity(encoded.count + encoded.count / 4)
            encoded.withUnsafeBytes { bytes in
                var lineStart = true
                for byte in bytes {
                    // Four spaces before every line that is not empty.
                    if lineStart && byte != 0x0A { piece.append(contentsOf: [0x20, 0x20, 0x20, 0x20]) }
                    piece.append(byte)
                    lineStart = byte == 0x0A
                }
            }
            try emit(piece)
        }
        try emit(Array("\n  ]".utf8) + restBytes[emptyArticles.count...] + [0x0A])
    }
}
