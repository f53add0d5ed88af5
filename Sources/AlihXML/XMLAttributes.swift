/// The attributes of one start tag, looked up by qualified name (`id`, `xml:lang`).
///
/// A view of the parser's own buffers, valid only during the `startElement` call that received
/// it: a value becomes a String only when it is asked for. Values are as XML defines them
/// (entity and character references replaced). Lookup is a linear scan: start tags carry a
/// handful of attributes.
package struct XMLAttributes: Sequence {
    package struct Attribute: Sendable, Equatable {
        /// The name with its prefix when it has one (`xml:lang`).
        package var name: String
        package var value: String
    }

    /// libxml2's layout: five pointers per attribute (local name, prefix, URI, value start,
    /// value end).
    private let raw: UnsafePointer<UnsafePointer<UInt8>?>?
    package let count: Int

    init(raw: UnsafePointer<UnsafePointer<UInt8>?>?, count: Int) {
        self.raw = raw
        self.count = raw == nil ? 0 : count
    }

    package subscript(name: String) -> String? {
        guard let raw else { return nil }
        var name = name
        return name.withUTF8 { wanted -> String? in
            let colon = wanted.firstIndex(of: UInt8(ascii: ":"))
            let prefix = colon.map { UnsafeBufferPointer(rebasing: wanted[..<$0]) }
            let local = colon.map { UnsafeBufferPointer(rebasing: wanted[($0 + 1)...]) } ?? wanted
            for index in 0..<count {
                let base = raw + index * 5
                guard Self.equal(base[0], local) else { continue }
                if let prefix {
                    guard Self.equal(base[1], prefix) else { continue }
                } else if base[1] != nil {
                    continue
                }
                return Self.value(base)
            }
            return nil
        }
    }

    package func makeIterator() -> IndexingIterator<[Attribute]> {
        guard let raw else { return [Attribute]().makeIterator() }
        return (0..<count).map { index -> Attribute in
            let base = raw + index * 5
            let local = base[0].map { String(cString: $0) } ?? ""
            return Attribute(name: base[1].map { String(cString: $0) + ":" + local } ?? local, value: Self.value(base))
        }.makeIterator()
    }

    private static func value(_ base: UnsafePointer<UnsafePointer<UInt8>?>) -> String {
        guard let start = base[3], let end = base[4] else { return "" }
        return String(decoding: UnsafeBufferPointer(start: start, count: end - start), as: UTF8.self)
    }

    /// Whether the NUL-terminated `c` holds exactly `bytes`.
    private static func equal(_ c: UnsafePointer<UInt8>?, _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let c else { return false }
        for (offset, byte) in bytes.enumerated() where c[offset] != byte { return false }
        return c[bytes.count] == 0
    }
}
