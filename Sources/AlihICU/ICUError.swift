import CAlihICU

/// An ICU call that failed, with ICU's status name (for example `U_ILLEGAL_ARGUMENT_ERROR`).
package struct ICUError: Error, CustomStringConvertible, Equatable, Sendable {
    /// What Alih was doing when ICU failed.
    package let operation: String
    /// ICU's numeric status (positive: error).
    package let status: Int32

    package var description: String {
        "ICU \(operation) failed: \(String(cString: alih_status_name(status))). Is libicu-dev (ICU 70 or later) installed?"
    }

    /// ICU reports warnings as negative codes; only positive codes are failures.
    static func check(_ status: Int32, _ operation: String) throws(ICUError) {
        if status > 0 { throw ICUError(operation: operation, status: status) }
    }
}

/// Facts about the ICU library Alih runs on.
package enum ICU {
    /// The version of the system ICU, such as `72.1`.
    package static var version: String {
        var buffer = [CChar](repeating: 0, count: 32)
        alih_icu_version(&buffer, Int32(buffer.count))
        return String(decoding: buffer.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
    }
}
