/// Writes a `SegmentationRuleSet` as an SRX 2.0 document (LISA's Segmentation Rules eXchange),
/// valid against `srx20.xsd`:
///
///     <?xml version="1.0" encoding="UTF-8"?>
///     <!-- the rule set's remarks -->
///     <srx xmlns="http://www.lisa.org/srx20" version="2.0">
///       <header segmentsubflows="yes" cascade="no">
///         <formathandle type="start" include="no"/>
///         <formathandle type="end" include="yes"/>
///         <formathandle type="isolated" include="no"/>
///       </header>
///       <body>
///         <languagerules>
///           <languagerule languagerulename="NAME">
///             <rule break="no">
///               <!-- the rule's comment -->
///               <beforebreak>…</beforebreak>
///               <afterbreak>…</afterbreak>
///             </rule>
///           </languagerule>
///         </languagerules>
///         <maprules>
///           <languagemap languagepattern="PATTERN" languagerulename="NAME"/>
///         </maprules>
///       </body>
///     </srx>
///
/// `cascade="no"`: a tool uses these rules alone for the language, not followed by its own
/// defaults. Tags are handled as SRX's defaults say (an opening tag starts the next segment,
/// a closing one stays with the segment it ends). Both patterns are always written, empty
/// when the rule has none.
package enum SRXWriter {
    package static let namespace = "http://www.lisa.org/srx20"

    package static func document(_ ruleSet: SegmentationRuleSet) -> String {
        var out = #"<?xml version="1.0" encoding="UTF-8"?>"# + "\n" + remarksComment(ruleSet.remarks)
        out += #"<srx xmlns="\#(namespace)" version="2.0">"# + "\n"
        out += #"  <header segmentsubflows="yes" cascade="no">"# + "\n"
        out += #"    <formathandle type="start" include="no"/>"# + "\n"
        out += #"    <formathandle type="end" include="yes"/>"# + "\n"
        out += #"    <formathandle type="isolated" include="no"/>"# + "\n"
        out += "  </header>\n  <body>\n    <languagerules>\n"
        out += #"      <languagerule languagerulename="\#(XMLEscaping.attribute(ruleSet.name))">"# + "\n"
        for rule in ruleSet.rules {
            out += #"        <rule break="\#(rule.breaks ? "yes" : "no")">"# + "\n"
            if let comment = rule.comment { out += "          <!-- \(XMLEscaping.comment(comment)) -->\n" }
            out += "          <beforebreak>\(XMLEscaping.text(rule.before))</beforebreak>\n"
            out += "          <afterbreak>\(XMLEscaping.text(rule.after))</afterbreak>\n"
            out += "        </rule>\n"
        }
        out += "      </languagerule>\n    </languagerules>\n    <maprules>\n"
        out +=
            #"      <languagemap languagepattern="\#(XMLEscaping.attribute(ruleSet.languagePattern))" languagerulename="\#(XMLEscaping.attribute(ruleSet.name))"/>"#
            + "\n"
        out += "    </maprules>\n  </body>\n</srx>\n"
        return out
    }

    /// `remarks` as one XML comment, a paragraph each, lines wrapped at 100 columns (nothing
    /// when there are none).
    package static func remarksComment(_ remarks: [String]) -> String {
        guard !remarks.isEmpty else { return "" }
        let paragraphs = remarks.map { remark in
            var lines: [String] = []
            var line = ""
            for word in XMLEscaping.comment(remark).split(separator: " ") {
                if !line.isEmpty && line.count + 1 + word.count > 100 {
                    lines.append(line)
                    line = ""
                }
                line += (line.isEmpty ? "" : " ") + word
            }
            return (lines + [line]).joined(separator: "\n")
        }
        return "<!--\n" + paragraphs.joined(separator: "\n\n") + "\n-->\n"
    }
}
