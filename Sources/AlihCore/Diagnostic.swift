/// A problem or remark about an input, with where it is and what the user can do about it.
public struct Diagnostic: Sendable, Equatable, Codable, CustomStringConvertible {
    public enum Severity: String, Sendable, Codable, Comparable {
        case note, warning, error

        public static func < (a: Severity, b: Severity) -> Bool {
            let order: [Severity] = [.note, .warning, .error]
            return order.firstIndex(of: a)! < order.firstIndex(of: b)!
        }
    }

    public var severity: Severity
    /// A stable identifier of the kind of problem, such as `input.invalid-utf8`.
    public var code: String
    public var message: String
    public var location: SourceLocation?
    /// What to do about it.
    public var hint: String?

    public init(
        _ severity: Severity, code: String, _ message: String,
        at location: SourceLocation? = nil, hint: String? = nil
    ) {
        self.severity = severity
        self.code = code
        self.message = message
        self.location = location
        self.hint = hint
    }

    /// `file:line:column: severity: message [code]`, then the hint on its own line.
    public var description: String {
        var text = ""
        if let location, !location.description.isEmpty { text += "\(location): " }
        text += "\(severity.rawValue): \(message) [\(code)]"
        if let hint { text += "\n  hint: \(hint)" }
        return text
    }
}

/// Where a diagnostic points: a file, a line and column in it, and/or a translation unit.
public struct SourceLocation: Sendable, Equatable, Hashable, Codable, CustomStringConvertible {
    public var file: String?
    public var line: Int?
    public var column: Int?
    /// The XLIFF unit or segment id, when the problem is in one.
    public var unitID: String?

    public init(file: String? = nil, line: Int? = nil, column: Int? = nil, unitID: String? = nil) {
        self.file = file
        self.line = line
        self.column = column
        self.unitID = unitID
    }

    public var description: String {
        var parts: [String] = []
        if let file { parts.append(file) }
        if let line { parts.append(String(line)) }
        if let column, line != nil { parts.append(String(column)) }
        var text = parts.joined(separator: ":")
        if let unitID { text += text.isEmpty ? "unit \(unitID)" : " (unit \(unitID))" }
        return text
    }
}

/// An error that carries a diagnostic: the input cannot be processed as it is.
public struct DiagnosticError: Error, Sendable, Equatable, CustomStringConvertible {
    public var diagnostic: Diagnostic

    public init(_ diagnostic: Diagnostic) { self.diagnostic = diagnostic }

    public init(code: String, _ message: String, at location: SourceLocation? = nil, hint: String? = nil) {
        self.diagnostic = Diagnostic(.error, code: code, message, at: location, hint: hint)
    }

    public var description: String { diagnostic.description }
}
