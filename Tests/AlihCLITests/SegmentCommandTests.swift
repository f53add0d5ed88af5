import AlihTestSupport
import Foundation
import Testing

@Suite struct SegmentCommandTests {
    @Test func printsOneSentencePerLineAndBlankLinesBetweenBlocks() throws {
        let text = "Judul Berita\n\nRusia setuju. Kata Bpk. Joko, itu baik.\nBaris baru\n"
        let result = try AlihProcess.run(["segment", "-", "--pipeline", "plain-text"], stdin: Data(text.utf8))
        #expect(result.status == 0)
        #expect(result.stdout == "Judul Berita\n\nRusia setuju.\nKata Bpk. Joko, itu baik.\nBaris baru\n")
    }

    @Test func contentOnlyLeavesChromeOut() throws {
        let text = "Isi berita.\n\nloading...\n\n(rdn)\n"
        let all = try AlihProcess.run(["segment", "-"], stdin: Data(text.utf8))
        let content = try AlihProcess.run(["segment", "-", "--content-only"], stdin: Data(text.utf8))
        #expect(all.stdout == "Isi berita.\n\nloading...\n\n(rdn)\n")
        #expect(content.stdout == "Isi berita.\n")
    }

    @Test func jsonLinesBatch() throws {
        let input = """
            {"id": "a", "text": "Satu. Dua dr. Budi."}
            {"id": 7, "text": ""}

            {"id": "c", "text": "Tiga!"}
            """
        let result = try AlihProcess.run(["segment", "--jsonl"], stdin: Data(input.utf8))
        #expect(result.status == 0, "\(result.stderr)")
        #expect(
            result.stdout == """
                {"id":"a","sentences":["Satu.","Dua dr. Budi."]}
                {"id":7,"sentences":[]}
                {"id":"c","sentences":["Tiga!"]}

                """)
    }

    @Test func aBadJSONLineIsReportedWithItsNumberAndTheRestGoOn() throws {
        let input = "{\"id\": \"a\", \"text\": \"Satu.\"}\nnot json\n{\"id\": \"b\", \"text\": \"Dua.\"}\n"
        let result = try AlihProcess.run(["segment", "--jsonl", "-"], stdin: Data(input.utf8))
        #expect(result.status == 1)
        #expect(result.stderr.contains("stdin:2: error"))
        #expect(result.stdout.split(separator: "\n").count == 2)
    }
}
