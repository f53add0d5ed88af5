import AlihFormats
import Foundation
import Testing

#if canImport(FoundationXML)
    import FoundationXML
#endif

/// `SRXWriter`: a rule set as an SRX 2.0 document (the real rules, against the schema, are
/// checked in `SegmentationRuleExportTests`).
@Suite struct SRXWriterTests {
    static let ruleSet = SegmentationRuleSet(
        name: "Alih <test> & \"rules\"", languagePattern: "[Ii][Dd]([-_].*)?",
        rules: [
            .init(breaks: false, before: #"(?<=\s)Dr\."#, after: "", comment: "titles -- never an end-"),
            .init(breaks: true, before: #"[.?!]"#, after: #"(?=\s+\p{Lu})"#),
        ],
        remarks: ["First remark, with a -- dash pair.", "Second."])

    @Test func writesTheRulesInOrderEscapedWithTheirComments() {
        #expect(
            SRXWriter.document(Self.ruleSet) == """
                <?xml version="1.0" encoding="UTF-8"?>
                <!--
                First remark, with a - - dash pair.

                Second.
                -->
                <srx xmlns="http://www.lisa.org/srx20" version="2.0">
                  <header segmentsubflows="yes" cascade="no">
                    <formathandle type="start" include="no"/>
                    <formathandle type="end" include="yes"/>
                    <formathandle type="isolated" include="no"/>
                  </header>
                  <body>
                    <languagerules>
                      <languagerule languagerulename="Alih &lt;test&gt; &amp; &quot;rules&quot;">
                        <rule break="no">
                          <!-- titles - - never an end-  -->
                          <beforebreak>(?&lt;=\\s)Dr\\.</beforebreak>
                          <afterbreak></afterbreak>
                        </rule>
                        <rule break="yes">
                          <beforebreak>[.?!]</beforebreak>
                          <afterbreak>(?=\\s+\\p{Lu})</afterbreak>
                        </rule>
                      </languagerule>
                    </languagerules>
                    <maprules>
                      <languagemap languagepattern="[Ii][Dd]([-_].*)?" languagerulename="Alih &lt;test&gt; &amp; &quot;rules&quot;"/>
                    </maprules>
                  </body>
                </srx>

                """)
    }

    @Test func longRemarksAreWrappedAndTheDocumentIsWellFormed() {
        let long = Array(repeating: "segmentation", count: 30).joined(separator: " ")
        let comment = SRXWriter.remarksComment([long])
        #expect(comment.split(separator: "\n").allSatisfy { $0.count <= 100 })
        #expect(SRXWriter.remarksComment([]).isEmpty)
        #expect(XMLParser(data: Data(SRXWriter.document(Self.ruleSet).utf8)).parse())
    }
}
