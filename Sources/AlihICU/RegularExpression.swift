import CAlihICU

/// A pattern ICU could not compile, with the UTF-16 offset of the problem in the pattern.
package struct RegexSyntaxError: Error, CustomStringConvertible, Equatable, Sendable {
    package let pattern: String
    /// Offset of the error in the pattern, in UTF-16 units, when ICU knows it.
    package let offset: Int?
    package let statusName: String

    package var description: String {
        let at = offset.map { " at offset \($0)" } ?? ""
        return "invalid regular expression '\(pattern)'\(at): \(statusName)"
    }
}

/// An ICU regular expression (ICU syntax, close to Java's and Perl's) with its matcher.
///
/// Matching state lives in the ICU object, so this is `~Copyable` and one owner uses it at a
/// time. Keep the pattern string around and compile one per thread where sharing is needed.
package struct RegularExpression: ~Copyable {
    private let handle: OpaquePointer
    private var scratch: [UInt16] = []

    /// Compiles `pattern`; case-insensitive matching when `caseInsensitive`.
    package init(_ pattern: String, caseInsensitive: Bool = false) throws(RegexSyntaxError) {
        let units = Array(pattern.utf16)
        var status: Int32 = 0
        var offset: Int32 = -1
        let opened = units.withUnsafeBufferPointer {
            alih_regex_open($0.baseAddress, Int32($0.count), caseInsensitive ? 1 : 0, &status, &offset)
        }
        guard let opened, status <= 0 else {
            throw RegexSyntaxError(
                pattern: pattern, offset: offset >= 0 ? Int(offset) : nil,
                statusName: String(cString: alih_status_name(status)))
        }
        handle = opened
    }

    deinit { alih_regex_close(handle) }

    /// The UTF-16 range of the first match in `text`, or nil.
    package mutating func firstMatch(in text: some StringProtocol) -> Range<Int>? {
        scratch.removeAll(keepingCapacity: true)
        scratch.append(contentsOf: text.utf16)
        var start: Int32 = 0
        var end: Int32 = 0
        var status: Int32 = 0
        let found = scratch.withUnsafeBufferPointer {
            alih_regex_find(handle, $0.baseAddress, Int32($0.count), &start, &end, &status)
        }
        guard found == 1, status <= 0 else { return nil }
        return Int(start)..<Int(end)
    }

    /// The range of the first match in text already in UTF-16 (for matching many patterns
    /// against one line without converting it for each).
    package mutating func firstMatch(utf16 units: UnsafeBufferPointer<UInt16>) -> Range<Int>? {
        var start: Int32 = 0
        var end: Int32 = 0
        var status: Int32 = 0
        let found = alih_regex_find(handle, units.baseAddress, Int32(units.count), &start, &end, &status)
        guard found == 1, status <= 0 else { return nil }
        return Int(start)..<Int(end)
    }

    /// Whether the pattern matches anywhere in `text`.
    package mutating func matches(_ text: some StringProtocol) -> Bool {
        firstMatch(in: text) != nil
    }
}
