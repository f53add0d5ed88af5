import AlihICU
import Testing

@Suite struct RegularExpressionTests {
    @Test func findsTheFirstMatch() throws {
        var regex = try RegularExpression(#"Foto\s*[:/]"#)
        let found = regex.firstMatch(in: "Sekutu Moskow. Foto/REUTERS")
        let missing = regex.firstMatch(in: "Tanpa kredit")
        #expect(found == 15..<20)
        #expect(missing == nil)
    }

    @Test func caseInsensitiveMatching() throws {
        var regex = try RegularExpression("^baca juga", caseInsensitive: true)
        let matched = regex.matches("BACA JUGA: berita lain")
        #expect(matched)
    }

    @Test func reportsSyntaxErrorsWithOffset() {
        do {
            _ = try RegularExpression("(unclosed")
            Issue.record("an unclosed group compiled")
        } catch {
            #expect(error.offset != nil || !error.statusName.isEmpty)
        }
        do {
            _ = try RegularExpression("ab[")
        } catch {
            #expect(error.statusName.hasPrefix("U_REGEX"))
        }
    }

    @Test func offsetsAreUTF16() throws {
        var regex = try RegularExpression("x")
        let found = regex.firstMatch(in: "😀x")
        #expect(found == 2..<3)
    }
}
