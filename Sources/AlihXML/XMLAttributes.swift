/// The attributes of one start tag, looked up by qualified name (`id`, `xml:lang`).
///
/// Values are as XML defines them: entity and character references replaced. Lookup is a
/// linear scan: start tags carry a handful of attributes.
public struct XMLAttributes: Sendable, Sequence {
    public struct Attribute: Sendable, Equatable {
        /// The name with its prefix when it has one (`xml:lang`).
        public var name: String
        public var value: String
    }

    private var attributes: [Attribute]

    public init(_ attributes: [Attribute] = []) { self.attributes = attributes }

    public subscript(name: String) -> String? {
        attributes.first { $0.name == name }?.value
    }

    public var count: Int { attributes.count }

    public func makeIterator() -> IndexingIterator<[Attribute]> { attributes.makeIterator() }
}
