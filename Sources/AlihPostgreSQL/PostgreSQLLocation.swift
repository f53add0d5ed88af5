/// Telling a PostgreSQL connection URI from a memory file's path, and showing it without secrets.
package enum PostgreSQLLocation {
    /// Whether `location` is a PostgreSQL connection URI (`postgresql://…` or `postgres://…`)
    /// rather than the path of an SQLite file.
    package static func isURI(_ location: String) -> Bool {
        let lowered = location.prefix(14).lowercased()
        return lowered.hasPrefix("postgresql://") || lowered.hasPrefix("postgres://")
    }

    /// `uri` with its password (in the user part or as a `password=` parameter) replaced by
    /// `***`, as every message, report and log shows it.
    package static func redacted(_ uri: String) -> String {
        guard let scheme = uri.range(of: "://") else { return uri }
        var result = String(uri[..<scheme.upperBound])
        var rest = uri[scheme.upperBound...]
        // The authority ends at the first `/` or `?`; its user information at the last `@`.
        let authorityEnd = rest.firstIndex { $0 == "/" || $0 == "?" } ?? rest.endIndex
        if let at = rest[..<authorityEnd].lastIndex(of: "@") {
            let user = rest[..<at]
            if let colon = user.firstIndex(of: ":") {
                result += user[..<colon] + ":***"
            } else {
                result += user
            }
            rest = rest[at...]
        }
        guard let query = rest.firstIndex(of: "?") else { return result + rest }
        result += rest[...query]
        let parameters = rest[rest.index(after: query)...].split(separator: "&", omittingEmptySubsequences: false)
        result += parameters.map { parameter in
            let key = parameter.prefix { $0 != "=" }.lowercased()
            return key == "password" ? "password=***" : String(parameter)
        }.joined(separator: "&")
        return result
    }
}
