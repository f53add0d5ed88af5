import AlihHTML

/// A CSS-like selector for page chrome in a pipeline: an element by its name, classes, id and
/// attributes, as in `div.share-box`, `#berita-terkait`, `.baca-juga`, `aside[data-ad]`,
/// `div[role=complementary]`.
///
/// One compound selector: a name (or `*`) followed by any number of `.class`, `#id`, `[attr]`
/// and `[attr=value]` (the value bare or in quotes). Combinators (`div p`, `ul > li`) and
/// pseudo-classes are not read: a selector names the element to leave out, and everything in
/// it goes with it. Names, classes and ids are compared as HTML does (names case-insensitively,
/// classes and ids exactly).
package struct HTMLSelector: Sendable, Equatable {
    package var element: String?
    package var classes: [String] = []
    package var id: String?
    package var attributes: [(name: String, value: String?)] = []

    /// The selector as written.
    package var text: String

    /// Why a selector was not read.
    package struct Failure: Error, Equatable {
        package var message: String
    }

    package init(_ text: String) throws(Failure) {
        self.text = text
        var rest = Substring(text.trimmingCharacters(in: .whitespaces))
        guard !rest.isEmpty else { throw Failure(message: "a selector is empty") }
        // The XLIFF 1.2 record, where extraction keeps the selectors, separates its fields with ';'.
        guard !text.contains(";") else { throw Failure(message: "'\(text)': ';' cannot be part of a selector") }
        func name() -> String {
            let name = rest.prefix { $0.isLetter || $0.isNumber || $0 == "-" || $0 == "_" }
            rest = rest.dropFirst(name.count)
            return String(name)
        }
        if rest.first == "*" {
            rest = rest.dropFirst()
        } else if rest.first?.isLetter == true {
            element = name().lowercased()
        }
        while let first = rest.first {
            rest = rest.dropFirst()
            switch first {
            case ".":
                let value = name()
                guard !value.isEmpty else { throw Failure(message: "'\(text)': a class name must follow '.'") }
                classes.append(value)
            case "#":
                let value = name()
                guard !value.isEmpty else { throw Failure(message: "'\(text)': an id must follow '#'") }
                id = value
            case "[":
                guard let close = rest.firstIndex(of: "]") else {
                    throw Failure(message: "'\(text)': '[' without ']'")
                }
                let inside = rest[..<close]
                rest = rest[rest.index(after: close)...]
                let parts = inside.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
                let attribute = parts.first.map { $0.trimmingCharacters(in: .whitespaces).lowercased() } ?? ""
                guard !attribute.isEmpty else { throw Failure(message: "'\(text)': an attribute name must follow '['") }
                var value = parts.count == 2 ? parts[1].trimmingCharacters(in: .whitespaces) : nil
                if let quoted = value, quoted.count >= 2, let q = quoted.first, q == "\"" || q == "'", quoted.last == q
                {
                    value = String(quoted.dropFirst().dropLast())
                }
                attributes.append((attribute, value))
            default:
                throw Failure(
                    message: "'\(text)': '\(first)' is not read (one element: a name, .class, #id, [attr] or "
                        + "[attr=value]; no spaces, combinators or pseudo-classes)")
            }
        }
        guard element != nil || !classes.isEmpty || id != nil || !attributes.isEmpty else {
            throw Failure(message: "'\(text)' selects every element")
        }
    }

    /// Whether `node` (an element) is one this selector names.
    package func matches(_ node: HTMLNode) -> Bool {
        guard node.kind == .element else { return false }
        if let element, element != node.name { return false }
        if let id, node.attribute("id") != id { return false }
        if !classes.isEmpty {
            let own = (node.attribute("class") ?? "").split(whereSeparator: { $0 == " " || $0 == "\t" || $0 == "\n" })
            guard classes.allSatisfy({ own.contains(Substring($0)) }) else { return false }
        }
        for attribute in attributes {
            guard let value = node.attribute(attribute.name) else { return false }
            if let expected = attribute.value, expected != value { return false }
        }
        return true
    }

    package static func == (lhs: HTMLSelector, rhs: HTMLSelector) -> Bool { lhs.text == rhs.text }
}
