/// Writes a `SegmentationRuleSet` as OmegaT's own `segmentation.conf`: where OmegaT keeps its
/// segmentation rules, in a project's `omegat/` folder (project-specific rules) or in the
/// user's configuration folder. OmegaT 3.6 reads no other file and has no SRX import; OmegaT
/// 6.1 and later read a `segmentation.srx` there first and still read this one.
///
/// The format is Java's `XMLEncoder` serialisation of OmegaT's `SRX` object, written the way
/// OmegaT 3.6 saves it:
///
///     <java version="1.8.0" class="java.beans.XMLDecoder">
///      <object class="org.omegat.core.segmentation.SRX" id="SRX0">
///       <void property="mappingRules">
///        <void method="add">
///         <object class="org.omegat.core.segmentation.MapRule">
///          <void property="language"><string>NAME</string></void>
///          <void property="pattern"><string>PATTERN</string></void>
///          <void property="rules">
///           <object class="java.util.ArrayList">
///            <void method="add">
///             <object class="org.omegat.core.segmentation.Rule">
///              <void property="afterbreak"><string>…</string></void>
///              <void property="beforebreak"><string>…</string></void>
///              <void property="breakRule"><boolean>true</boolean></void>   break rules only
///             </object>
///            </void>
///       …
///       <void property="version"><string>0.2.2</string></void>
///      </object>
///     </java>
///
/// The version is OmegaT's current rules version: an older one makes OmegaT merge its own
/// default rules into the file's on loading. The file holds only this rule set, so OmegaT uses
/// no other rules for the language (and none for other languages).
package enum OmegaTSegmentationWriter {
    /// The rules version OmegaT writes (since 1.6); an older one is merged with its defaults.
    package static let rulesVersion = "0.2.2"

    package static func document(_ ruleSet: SegmentationRuleSet) -> String {
        var out = #"<?xml version="1.0" encoding="UTF-8"?>"# + "\n" + SRXWriter.remarksComment(ruleSet.remarks)
        out += #"<java version="1.8.0" class="java.beans.XMLDecoder">"# + "\n"
        out += #" <object class="org.omegat.core.segmentation.SRX" id="SRX0">"# + "\n"
        out += #"  <void property="mappingRules">"# + "\n"
        out += #"   <void method="add">"# + "\n"
        out += #"    <object class="org.omegat.core.segmentation.MapRule">"# + "\n"
        out += #"     <void property="language"><string>\#(XMLEscaping.text(ruleSet.name))</string></void>"# + "\n"
        out +=
            #"     <void property="pattern"><string>\#(XMLEscaping.text(ruleSet.languagePattern))</string></void>"#
            + "\n"
        out += #"     <void property="rules">"# + "\n"
        out += #"      <object class="java.util.ArrayList">"# + "\n"
        for rule in ruleSet.rules {
            out += #"       <void method="add">"# + "\n"
            out += #"        <object class="org.omegat.core.segmentation.Rule">"# + "\n"
            if let comment = rule.comment { out += "         <!-- \(XMLEscaping.comment(comment)) -->\n" }
            out +=
                #"         <void property="afterbreak"><string>\#(XMLEscaping.text(rule.after))</string></void>"# + "\n"
            out +=
                #"         <void property="beforebreak"><string>\#(XMLEscaping.text(rule.before))</string></void>"#
                + "\n"
            if rule.breaks { out += #"         <void property="breakRule"><boolean>true</boolean></void>"# + "\n" }
            out += "        </object>\n"
            out += "       </void>\n"
        }
        out += "      </object>\n     </void>\n    </object>\n   </void>\n  </void>\n"
        out += #"  <void property="version"><string>\#(rulesVersion)</string></void>"# + "\n"
        out += " </object>\n</java>\n"
        return out
    }
}
