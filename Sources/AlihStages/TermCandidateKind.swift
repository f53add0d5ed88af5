/// What a glossary candidate is: a name, an acronym, or a phrase of content words (see
/// `TermCandidateFinder`).
public enum TermCandidateKind: String, Sendable, Codable, CaseIterable {
    case name, acronym, phrase
}
