import Alih
import AlihCore
import ArgumentParser

/// The checks of `--source-lang` and `--target-lang`, for the commands that take them.
enum LanguageOptions {
    /// Refuses tags that are not BCP-47 and two tags of the same language, which `subject`
    /// (`a translation`, `a glossary`) needs two of.
    static func validate(source: String?, target: String?, for subject: String) throws {
        for (flag, tag) in [("--source-lang", source), ("--target-lang", target)] {
            if let tag, !LanguageTag.isWellFormed(tag) {
                throw ValidationError("\(flag) '\(tag)' is not a BCP-47 language tag (e.g. id, en, en-GB).")
            }
        }
        if let source, let target, source.lowercased() == target.lowercased() {
            throw ValidationError(
                "--source-lang and --target-lang are both '\(source)'; \(subject) needs two languages.")
        }
    }
}
