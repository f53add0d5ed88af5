import AlihCore

/// A unit's inline codes as XLIFF 2.1 writes them: which `<data>` of the unit's
/// `<originalData>` holds each code's markup, and each opening's closing.
struct InlineCodeData {
    /// The number of the `<data id="dN">` of each code with markup, by index in `Document.codes`.
    var dataID: [Int: Int] = [:]
    /// The index of each opening's closing, by the opening's index.
    var closing: [Int: Int] = [:]
    /// The codes with markup, in order.
    var withData: [Int] = []

    init(_ unit: UnitLayout, codes: [InlineCode]) {
        guard !codes.isEmpty else { return }  // a text article's units: nothing to look through
        for piece in unit.pieces {
            guard case .segment(let segment) = piece, !segment.codes.isEmpty else { continue }
            var opened: [Int: Int] = [:]
            for index in segment.codes {
                let code = codes[index]
                if !code.data.isEmpty {
                    withData.append(index)
                    dataID[index] = withData.count
                }
                switch code.kind {
                case .opening: opened[code.id] = index
                case .closing: if let start = opened.removeValue(forKey: code.id) { closing[start] = index }
                case .standalone: break
                }
            }
        }
    }

    /// Whether the unit has no code with markup.
    var isEmpty: Bool { withData.isEmpty }

    /// `<originalData>` with each code's markup as it stood in the page.
    func appendOriginalData(_ codes: [InlineCode], to out: inout XMLText) {
        out += "      <originalData>\n"
        for (number, index) in withData.enumerated() {
            out += "        <data id=\"d"
            out.append(number + 1)
            out += "\">"
            XMLEscaping.appendText(codes[index].data[...], to: &out) { scalar in
                #"<cp hex="\#(XMLEscaping.hex(scalar))"/>"#
            }
            out += "</data>\n"
        }
        out += "      </originalData>\n"
    }
}
