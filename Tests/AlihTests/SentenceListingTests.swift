import Alih
import Foundation
import Testing

/// `SentenceListing`, the library entry point of `alih segment`.
@Suite struct SentenceListingTests {
    static let pipeline = try! ArticlePipeline(definition: .newsArticle)
    static let article = Array("Judul\n\nloading...\nSatu. Dua.\n".utf8)

    @Test func textIsASentenceALineWithBlocksApart() throws {
        let all = try SentenceListing(pipeline: Self.pipeline).text(of: Self.article, name: "a.txt")
        #expect(all == "Judul\n\nloading...\n\nSatu.\nDua.\n")
        let content = try SentenceListing(pipeline: Self.pipeline, contentOnly: true).text(
            of: Self.article, name: "a.txt")
        #expect(content == "Judul\n\nSatu.\nDua.\n")
    }

    @Test func jsonLinesKeepIdsAndReportBadLinesByNumber() {
        let input = """
            {"id": 7, "text": "Satu. Dua."}

            {"id": "x/y", "text": "  "}
            not json
            {"id": 2.5, "text": "Tiga."}
            """
        var out = Data()
        var failures: [Diagnostic] = []
        let count = SentenceListing(pipeline: Self.pipeline).jsonLines(
            Array(input.utf8), name: "in.jsonl", emit: { out.append($0) }, failure: { failures.append($0) })
        #expect(count == 1)
        #expect(
            failures.map(\.description) == [#"in.jsonl:4: error: not a JSON object with "id" and "text" [input.jsonl]"#]
        )
        #expect(
            String(decoding: out, as: UTF8.self) == """
                {"id":7,"sentences":["Satu.","Dua."]}
                {"id":"x/y","sentences":[]}
                {"id":2.5,"sentences":["Tiga."]}

                """)
    }

    @Test func aRunListsAsTextOrJSONLinesNamingTheInputByItsFileName() throws {
        let listing = SentenceListing(pipeline: Self.pipeline)
        var out: [UInt8] = []
        var failures: [Diagnostic] = []
        func run(_ bytes: [UInt8], _ input: String, jsonLines: Bool) throws -> Int {
            try listing.run(
                bytes, input: input, jsonLines: jsonLines, output: { out += $0 }, failure: { failures.append($0) })
        }
        #expect(try run(Self.article, "a/b.txt", jsonLines: false) == 0)
        #expect(String(decoding: out, as: UTF8.self) == (try listing.text(of: Self.article, name: "b.txt")))
        out = []
        let lines = Array("{\"id\": 1, \"text\": \"Satu.\"}\nnot json\n".utf8)
        #expect(try run(lines, "a/in.jsonl", jsonLines: true) == 1)
        #expect(String(decoding: out, as: UTF8.self) == "{\"id\":1,\"sentences\":[\"Satu.\"]}\n")
        #expect(failures.map(\.location?.file) == ["in.jsonl"])
        failures = []
        _ = try run(lines, "-", jsonLines: true)
        #expect(failures.map(\.location?.file) == ["stdin"])
    }

    @Test func aLargeAnswerComesInPiecesThatAddUp() {
        let lines = (0..<3_000).map { #"{"id": \#($0), "text": "Kalimat nomor \#($0) ada di sini."}"# }
        var pieces: [Data] = []
        let failures = SentenceListing(pipeline: Self.pipeline).jsonLines(
            Array(lines.joined(separator: "\n").utf8), name: "in.jsonl", emit: { pieces.append($0) },
            failure: { Issue.record("\($0)") })
        #expect(failures == 0)
        #expect(pieces.count > 1)
        let answer = String(decoding: pieces.reduce(Data(), +), as: UTF8.self)
        #expect(answer.split(separator: "\n").count == 3_000)
        #expect(answer.hasSuffix(#"{"id":2999,"sentences":["Kalimat nomor 2999 ada di sini."]}"# + "\n"))
    }
}
