/// Findings as a person reads them: many of one kind are shown as a few and a count.
///
/// A file with 23 untranslated segments gives 23 findings of one code; printed one by one they
/// bury everything else. `condensed` keeps the first `kept` of each code and severity (the first
/// with its hint, the others without), then one line with how many more there are and where.
package enum DiagnosticDigest {
    /// `diagnostics` with the findings beyond the first `kept` of each code and severity folded
    /// into one finding after the last kept, naming up to `named` of the places they are in.
    package static func condensed(_ diagnostics: [Diagnostic], kept: Int = 3, named: Int = 8) -> [Diagnostic] {
        struct Kind: Hashable {
            var code: String
            var severity: Diagnostic.Severity
        }
        var totals: [Kind: Int] = [:]
        for diagnostic in diagnostics {
            totals[Kind(code: diagnostic.code, severity: diagnostic.severity), default: 0] += 1
        }
        guard totals.values.contains(where: { $0 > kept }) else { return diagnostics }
        var seen: [Kind: Int] = [:]
        var folded: [Kind: [Diagnostic]] = [:]
        for diagnostic in diagnostics {
            let kind = Kind(code: diagnostic.code, severity: diagnostic.severity)
            if seen[kind, default: 0] >= kept { folded[kind, default: []].append(diagnostic) }
            seen[kind, default: 0] += 1
        }
        var result: [Diagnostic] = []
        seen = [:]
        for diagnostic in diagnostics {
            let kind = Kind(code: diagnostic.code, severity: diagnostic.severity)
            let index = seen[kind, default: 0]
            seen[kind] = index + 1
            guard index < kept else { continue }
            var shown = diagnostic
            if index > 0, shown.hint == diagnostics.first(where: { $0.code == kind.code })?.hint { shown.hint = nil }
            result.append(shown)
            if index == kept - 1, let rest = folded[kind] {
                let places = rest.prefix(named).map {
                    $0.location?.unitID ?? $0.location?.line.map { "line \($0)" } ?? "?"
                }
                let more = rest.count > named ? ", …" : ""
                result.append(
                    Diagnostic(
                        diagnostic.severity, code: diagnostic.code,
                        "\(rest.count) more like this: \(places.joined(separator: ", "))\(more)",
                        at: diagnostic.location.map { SourceLocation(file: $0.file) }))
            }
        }
        return result
    }
}
