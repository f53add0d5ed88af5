/// How an input file's bytes were turned into text.
public struct TextOrigin: Sendable, Equatable, Codable {
    /// The encoding the bytes were in.
    public enum Encoding: String, Sendable, Codable {
        case utf8 = "utf-8"
        case utf16LittleEndian = "utf-16le"
        case utf16BigEndian = "utf-16be"
    }

    public var encoding: Encoding
    /// Whether the bytes started with a byte-order mark (it is not part of the text).
    public var hadByteOrderMark: Bool
    /// Size of the input in bytes.
    public var byteCount: Int
    /// For an HTML page: the checksum of the page's bytes (a reimport needs the same page to
    /// put the translation into); nil for text.
    public var pageChecksum: String?
    /// For an HTML page: the version of the generic rules that laid it out (recorded, so that a
    /// reimport reads the page the same way); nil for text.
    public var pageLayout: Int?
    /// For an HTML page: the line of each attribute value of a link (its `title`, the `alt` of
    /// an image in it), a paragraph of its own → the line of the text the link stands in, so
    /// that the value is page chrome when that line is (`BoilerplateDetector`).
    package var attributeOwners: [Int: Int] = [:]

    public init(encoding: Encoding = .utf8, hadByteOrderMark: Bool = false, byteCount: Int = 0) {
        self.encoding = encoding
        self.hadByteOrderMark = hadByteOrderMark
        self.byteCount = byteCount
    }
}
