extension String {
    /// The last component of a path (`berita.txt` for `artikel/berita.txt`), as written into
    /// files and reports; the path itself when it has no component.
    package var fileName: String {
        split(separator: "/").last.map(String.init) ?? self
    }
}
