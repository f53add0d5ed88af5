import AlihCore
import AlihFormats
import Testing

@Suite struct CSVTableTests {
    func rows(_ text: String) throws -> [CSVTable.Row] {
        try CSVTable(parsing: text, file: "t.csv").rows
    }

    func failure(_ text: String) -> Diagnostic? {
        do {
            _ = try CSVTable(parsing: text, file: "t.csv")
            return nil
        } catch {
            return error.diagnostic
        }
    }

    @Test func plainRowsWithTheirLines() throws {
        let table = try rows("a,b,c\n1,2,3\n")
        #expect(
            table == [CSVTable.Row(line: 1, fields: ["a", "b", "c"]), CSVTable.Row(line: 2, fields: ["1", "2", "3"])])
    }

    @Test func quotedFieldsHoldCommasQuotesAndLineBreaks() throws {
        let table = try rows("a,\"b, c\",\"say \"\"hi\"\"\"\n\"two\nlines\",x,\"\"\nlast,row,here")
        #expect(
            table.map(\.fields) == [["a", "b, c", "say \"hi\""], ["two\nlines", "x", ""], ["last", "row", "here"]])
        // The row after a two-line field starts on line 4.
        #expect(table.map(\.line) == [1, 2, 4])
    }

    @Test(arguments: ["LF", "CRLF"])
    func crlfAndLFReadTheSame(ending: String) throws {
        let eol = ending == "LF" ? "\n" : "\r\n"
        let table = try rows("a,\"x\(eol)y\"\(eol)b,c\(eol)")
        #expect(table == [CSVTable.Row(line: 1, fields: ["a", "x\ny"]), CSVTable.Row(line: 3, fields: ["b", "c"])])
    }

    @Test func byteOrderMarkIsSkipped() throws {
        #expect(try rows("\u{FEFF}source,target\n").first?.fields == ["source", "target"])
    }

    @Test func emptyFieldsBlankLinesAndNoFinalLineBreak() throws {
        let table = try rows(",,\n\nx")
        #expect(
            table == [
                CSVTable.Row(line: 1, fields: ["", "", ""]), CSVTable.Row(line: 2, fields: [""]),
                CSVTable.Row(line: 3, fields: ["x"]),
            ])
        #expect(try rows("").isEmpty)
    }

    @Test func aQuoteInsideAnUnquotedFieldIsACharacter() throws {
        #expect(try rows("5\" screen,a\"b\"\n").first?.fields == ["5\" screen", "a\"b\""])
    }

    @Test(
        arguments: [
            // (text, line, column)
            ("a,b\n\"open,c\nd,e\n", 2, 1),
            ("a,b\nx,y\n1,\"unterminated", 3, 3),
            ("a,b\n\"closed\"x,c\n", 2, 9),
            ("a,\"two\nlines\" ,c\n", 2, 7),
            ("é,\"ü\"ö\n", 1, 6),
        ] as [(String, Int, Int)])
    func brokenQuotingIsAnErrorWithLineAndColumn(text: String, line: Int, column: Int) {
        let diagnostic = failure(text)
        #expect(diagnostic?.code == "glossary.csv-quoting")
        #expect(diagnostic?.location == SourceLocation(file: "t.csv", line: line, column: column))
        #expect(diagnostic?.hint != nil)
    }

    @Test(arguments: [
        ["plain", "with,comma", "with \"quote\"", "two\nlines", "", " spaced "],
        ["é ü — 🇮🇩", "carriage\rreturn", "\"", ","],
    ])
    func formatParsesBackToTheSameFields(fields: [String]) throws {
        let text = CSVTable.format([fields, ["end"]])
        #expect(try rows(text).map(\.fields) == [fields, ["end"]])
    }

    @Test func quotingOnlyWhenNeeded() {
        #expect(CSVTable.format([["a b", "c,d", "e\"f", "g"]]) == "a b,\"c,d\",\"e\"\"f\",g\n")
    }

    @Test func aOneMegabyteCellIsRead() throws {
        let big = String(repeating: "kata, \"kutip\"\n", count: 1 << 16)  // 1 MiB with commas, quotes, line breaks
        let text = CSVTable.format([["source", "note"], ["x", big], ["y", "z"]])
        let table = try rows(text)
        #expect(table.count == 3)
        #expect(table[1].fields[1] == big)
        #expect(table[2].line == 3 + (1 << 16))
    }
}
