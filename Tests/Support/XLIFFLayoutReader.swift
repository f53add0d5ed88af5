import Foundation

#if canImport(FoundationXML)
    import FoundationXML
#endif

/// Rebuilds the article text from an Alih XLIFF file, the way a merge will: for tests that
/// prove the files carry everything needed to give back the article byte for byte.
public enum XLIFFLayoutReader {
    /// XLIFF 2.1: every segment's and ignorable's `<source>` in order (`<cp>` decoded).
    public static func text21(_ xml: String) -> String? {
        let delegate = Delegate21()
        return run(xml, delegate) ? delegate.text : nil
    }

    /// XLIFF 1.2: per group, each trans-unit's `x-alih-before` + source + `x-alih-after`
    /// (default: a space between sentences, nothing after the last), then `x-alih-separator`.
    public static func text12(_ xml: String) -> String? {
        let delegate = Delegate12()
        return run(xml, delegate) ? delegate.text : nil
    }

    /// Every `<source>` of the segments, in order.
    public static func segmentSources21(_ xml: String) -> [String] {
        let delegate = Delegate21()
        _ = run(xml, delegate)
        return delegate.segments
    }

    private static func run(_ xml: String, _ delegate: XMLParserDelegate) -> Bool {
        let parser = XMLParser(data: Data(xml.utf8))
        parser.delegate = delegate
        return parser.parse()
    }

    private final class Delegate21: NSObject, XMLParserDelegate {
        var text = ""
        var segments: [String] = []
        var inSource = false
        var inSegment = false
        var current = ""

        func parser(
            _ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?,
            attributes: [String: String] = [:]
        ) {
            switch name {
            case "segment": inSegment = true
            case "source":
                inSource = true
                current = ""
            case "cp" where inSource:
                if let hex = attributes["hex"], let value = UInt32(hex, radix: 16), let scalar = Unicode.Scalar(value) {
                    current.unicodeScalars.append(scalar)
                }
            default: break
            }
        }

        func parser(_ parser: XMLParser, foundCharacters string: String) {
            if inSource { current += string }
        }

        func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
            switch name {
            case "source":
                inSource = false
                text += current
                if inSegment { segments.append(current) }
            case "segment": inSegment = false
            default: break
            }
        }
    }

    private final class Delegate12: NSObject, XMLParserDelegate {
        var text = ""
        var capture: String? = nil
        var contextType: String? = nil
        var groupSeparator = ""
        var units: [(before: String, source: String, after: String?)] = []

        func parser(
            _ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?,
            attributes: [String: String] = [:]
        ) {
            switch name {
            case "group":
                units = []
                groupSeparator = ""
            case "trans-unit": units.append(("", "", nil))
            case "source": capture = ""
            case "context":
                capture = ""
                contextType = attributes["context-type"]
            default: break
            }
        }

        func parser(_ parser: XMLParser, foundCharacters string: String) {
            capture? += string
        }

        func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
            switch name {
            case "source":
                units[units.count - 1].source = capture ?? ""
                capture = nil
            case "context":
                let value = capture ?? ""
                switch contextType {
                case "x-alih-separator": groupSeparator = value
                case "x-alih-before": units[units.count - 1].before = value
                case "x-alih-after": units[units.count - 1].after = value
                default: break
                }
                capture = nil
            case "group":
                for (index, unit) in units.enumerated() {
                    text += unit.before + unit.source + (unit.after ?? (index == units.count - 1 ? "" : " "))
                }
                text += groupSeparator
            default: break
            }
        }
    }
}
