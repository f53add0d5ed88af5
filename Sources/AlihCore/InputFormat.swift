/// How an article's bytes are read: as plain text, or as an HTML page whose article is its text
/// and whose markup comes back around the translation.
public enum InputFormat: String, Sendable, CaseIterable, Codable {
    case text, html
}
