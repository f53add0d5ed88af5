import Testing

@testable import AlihPostgreSQL

/// Connection URIs are told from file paths, and shown without their password.
@Suite struct PostgreSQLLocationTests {
    @Test(arguments: [
        ("postgresql://alih@tm.example/alih", true),
        ("postgres://alih@tm.example/alih", true),
        ("PostgreSQL:///alih?host=/run/postgresql", true),
        ("tm.sqlite", false),
        ("/srv/postgresql/tm.sqlite", false),
        ("postgresql:tm.sqlite", false),
        ("", false),
    ])
    func tellsURIsFromPaths(location: String, isURI: Bool) {
        #expect(PostgreSQLLocation.isURI(location) == isURI)
    }

    @Test(arguments: [
        ("postgresql://alih:s3cret@tm.example:5432/alih", "postgresql://alih:***@tm.example:5432/alih"),
        ("postgresql://alih@tm.example/alih", "postgresql://alih@tm.example/alih"),
        (
            "postgresql://alih:p%40ss@[::1]:5432/alih?sslmode=require",
            "postgresql://alih:***@[::1]:5432/alih?sslmode=require"
        ),
        (
            "postgresql:///alih?host=/run/postgresql&password=s3cret&user=alih",
            "postgresql:///alih?host=/run/postgresql&password=***&user=alih"
        ),
        ("postgresql://tm.example/alih?PASSWORD=x", "postgresql://tm.example/alih?password=***"),
        ("postgresql://alih:a@b@tm.example/alih", "postgresql://alih:***@tm.example/alih"),
        ("postgresql://alih:pw@tm.example", "postgresql://alih:***@tm.example"),
    ])
    func hidesThePassword(uri: String, shown: String) {
        #expect(PostgreSQLLocation.redacted(uri) == shown)
    }
}
