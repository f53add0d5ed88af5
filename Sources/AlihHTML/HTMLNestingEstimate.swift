/// How deep a page's elements nest, estimated from its tags before it is parsed.
///
/// The HTML5 tree builder looks through the stack of open elements for every tag, so a page
/// nested `n` deep costs time in `n²` (100,000 `<div>`s: 20 s). The estimate lets a reader
/// refuse such a page at once. It counts start tags minus end tags of the elements whose end
/// tag may not be left out, skipping comments, `<script>`/`<style>` bodies, void elements
/// (`<br>`, `<img>` …), self-closing tags and the elements a later tag closes by itself (`<p>`,
/// `<li>`, table rows and cells …), so ordinary pages — old ones with unclosed `<p>` included —
/// read about as deep as they are.
package struct HTMLNestingEstimate: Sendable, Equatable {
    /// The deepest the count went (at most `limit + 1`).
    package var depth = 0
    /// The byte offset of the tag where it first went that deep.
    package var offset = 0

    /// Estimates the depth of `bytes`, stopping once it is above `limit`.
    package init(_ bytes: UnsafeBufferPointer<UInt8>, limit: Int = .max) {
        var current = 0
        var i = 0
        let n = bytes.count
        @inline(__always) func lower(_ byte: UInt8) -> UInt8 { byte | 0x20 }
        @inline(__always) func isLetter(_ byte: UInt8) -> Bool { (lower(byte) &- 0x61) < 26 }
        while i < n {
            guard bytes[i] == UInt8(ascii: "<"), i + 1 < n else {
                i += 1
                continue
            }
            let next = bytes[i + 1]
            if next == UInt8(ascii: "!") {
                // A comment runs to `-->`; a doctype or other declaration to `>`.
                let isComment = i + 3 < n && bytes[i + 2] == UInt8(ascii: "-") && bytes[i + 3] == UInt8(ascii: "-")
                i = isComment ? Self.find("-->", in: bytes, from: i + 4) : Self.find(">", in: bytes, from: i + 2)
                continue
            }
            let closing = next == UInt8(ascii: "/")
            let nameStart = closing ? i + 2 : i + 1
            guard nameStart < n, isLetter(bytes[nameStart]) else {
                i += 1
                continue
            }
            var nameEnd = nameStart
            var name: UInt64 = 0
            while nameEnd < n, isLetter(bytes[nameEnd]) || (bytes[nameEnd] &- 0x30) < 10 {
                if nameEnd - nameStart < 8 { name = name << 8 | UInt64(lower(bytes[nameEnd])) }
                nameEnd += 1
            }
            if nameEnd - nameStart > 8 { name = 0 }
            let tagEnd = Self.find(">", in: bytes, from: nameEnd)
            let selfClosing = tagEnd - 2 >= nameEnd && bytes[tagEnd - 2] == UInt8(ascii: "/")
            if closing {
                if !Self.optionalEnd.contains(name) && !Self.void.contains(name) { current = max(0, current - 1) }
            } else if Self.rawText.contains(name) {
                // Its body is text up to its end tag.
                i = Self.findEndTag(name: bytes[nameStart..<nameEnd], in: bytes, from: tagEnd)
                continue
            } else if !selfClosing && !Self.void.contains(name) && !Self.optionalEnd.contains(name) {
                current += 1
                if current > depth {
                    depth = current
                    offset = i
                    if depth > limit { return }
                }
            }
            i = tagEnd
        }
    }

    /// The index after the first `needle` at or after `start`, or the end.
    private static func find(_ needle: StaticString, in bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> Int {
        let pattern = UnsafeBufferPointer(start: needle.utf8Start, count: needle.utf8CodeUnitCount)
        var i = start
        while i + pattern.count <= bytes.count {
            if bytes[i] == pattern[0] && (1..<pattern.count).allSatisfy({ bytes[i + $0] == pattern[$0] }) {
                return i + pattern.count
            }
            i += 1
        }
        return bytes.count
    }

    /// The index after `</name` at or after `start` (any case), or the end.
    private static func findEndTag(
        name: Slice<UnsafeBufferPointer<UInt8>>, in bytes: UnsafeBufferPointer<UInt8>, from start: Int
    )
        -> Int
    {
        var i = start
        while i + 2 + name.count <= bytes.count {
            if bytes[i] == UInt8(ascii: "<") && bytes[i + 1] == UInt8(ascii: "/")
                && zip(bytes[(i + 2)...], name).allSatisfy({ $0 | 0x20 == $1 | 0x20 })
            {
                return i + 2 + name.count
            }
            i += 1
        }
        return bytes.count
    }

    /// A tag name of up to eight letters as one number (the letters' bytes, lowercase).
    private static func key(_ name: String) -> UInt64 { name.utf8.reduce(0) { $0 << 8 | UInt64($1) } }

    /// Elements that never have content.
    private static let void: Set<UInt64> = Set(
        [
            "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source", "track",
            "wbr",
            "keygen", "basefont", "bgsound", "frame", "image",
        ].map(key))
    /// Elements a later tag may close without an end tag.
    private static let optionalEnd: Set<UInt64> = Set(
        [
            "p", "li", "dt", "dd", "option", "optgroup", "tr", "td", "th", "tbody", "thead", "tfoot", "colgroup", "rb",
            "rt", "rp", "rtc", "caption", "html", "head", "body",
        ].map(key))
    /// Elements whose content is text up to their end tag.
    private static let rawText: Set<UInt64> = Set(
        ["script", "style", "textarea", "title", "xmp", "iframe", "noembed", "noframes", "plaintext"].map(key))
}
