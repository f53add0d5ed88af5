/// Receives the events of a `StreamingXMLParser`, in document order.
///
/// Names arrive without their prefix, with the namespace URI they resolve to ("" for none).
/// Text arrives in pieces (character data, CDATA and white space alike) as UTF-8 bytes that are
/// only valid during the call. A handler refuses the document with `parser.stop(_:)`; no event
/// follows.
package protocol XMLEventHandler: AnyObject {
    func startElement(_ name: String, namespace: String, attributes: XMLAttributes, parser: StreamingXMLParser)
    func endElement(_ name: String, namespace: String, parser: StreamingXMLParser)
    func characters(_ text: UnsafeBufferPointer<UInt8>, parser: StreamingXMLParser)
    /// Names and namespace URIs the handler compares with, as its own strings: the parser hands
    /// these instances over rather than copies of its own (a literal costs no reference counting
    /// on each event, and compares with itself at once).
    var knownStrings: [String] { get }
}

extension XMLEventHandler {
    package var knownStrings: [String] { [] }
}
