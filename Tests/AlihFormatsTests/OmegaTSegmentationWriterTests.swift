import AlihFormats
import Foundation
import Testing

#if canImport(FoundationXML)
    import FoundationXML
#endif

/// `OmegaTSegmentationWriter`: a rule set as OmegaT's `segmentation.conf` (OmegaT 3.6 reading
/// it is `OmegaTSegmentationTests`).
@Suite struct OmegaTSegmentationWriterTests {
    @Test func writesOmegaTsSerialisedRuleSetWithTheCurrentRulesVersion() {
        let ruleSet = SegmentationRuleSet(
            name: "Alih (id)", languagePattern: "[Ii][Dd]([-_].*)?",
            rules: [
                .init(breaks: false, before: #"Dr\.(?<=\sDr\.)"#, after: "", comment: "titles"),
                .init(breaks: true, before: #"[.?!]"#, after: #"(?=\s+\p{Lu})"#),
            ])
        let conf = OmegaTSegmentationWriter.document(ruleSet)
        #expect(
            conf == """
                <?xml version="1.0" encoding="UTF-8"?>
                <java version="1.8.0" class="java.beans.XMLDecoder">
                 <object class="org.omegat.core.segmentation.SRX" id="SRX0">
                  <void property="mappingRules">
                   <void method="add">
                    <object class="org.omegat.core.segmentation.MapRule">
                     <void property="language"><string>Alih (id)</string></void>
                     <void property="pattern"><string>[Ii][Dd]([-_].*)?</string></void>
                     <void property="rules">
                      <object class="java.util.ArrayList">
                       <void method="add">
                        <object class="org.omegat.core.segmentation.Rule">
                         <!-- titles -->
                         <void property="afterbreak"><string></string></void>
                         <void property="beforebreak"><string>Dr\\.(?&lt;=\\sDr\\.)</string></void>
                        </object>
                       </void>
                       <void method="add">
                        <object class="org.omegat.core.segmentation.Rule">
                         <void property="afterbreak"><string>(?=\\s+\\p{Lu})</string></void>
                         <void property="beforebreak"><string>[.?!]</string></void>
                         <void property="breakRule"><boolean>true</boolean></void>
                        </object>
                       </void>
                      </object>
                     </void>
                    </object>
                   </void>
                  </void>
                  <void property="version"><string>0.2.2</string></void>
                 </object>
                </java>

                """)
        #expect(XMLParser(data: Data(conf.utf8)).parse())
    }
}
