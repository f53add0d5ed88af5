import AlihCore
import AlihFormats
import Foundation

/// The glossary a translated file was extracted with, as its extraction record names it
/// (`glossary`, `glossary-checksum`, `glossary-path`): what the QA checks terminology against
/// when it is given no glossary.
///
/// It is looked for beside the XLIFF file (by its file name), then at the relative path
/// extraction was given (from the working folder, as a page's `page-path`), and used only when
/// its bytes have the recorded checksum: a glossary edited since could hold entries the
/// translator never saw marked, so it is not used without being asked for (`-g`).
struct RecordedGlossary {
    /// The glossary's file name.
    var name: String
    var checksum: String
    /// The path extraction was given, when relative.
    var path: String?
    /// The translated file, named in messages.
    var file: String

    /// The record's glossary, or nil when the file was extracted without one.
    init?(document: TranslatedDocument, file: String) {
        guard let name = document.record["glossary"], let checksum = document.record["glossary-checksum"] else {
            return nil
        }
        self.name = name
        self.checksum = checksum
        self.path = document.record["glossary-path"]
        self.file = file
    }

    /// Glossary files larger than this are not read (a glossary of 100,000 entries is a few MB).
    static let sizeLimit = 256 << 20

    /// The places looked at, in order: beside the XLIFF file (not for a pipe: `/dev/fd` is no
    /// folder of the user's), then the recorded path.
    var candidates: [String] {
        let folder = (file as NSString).deletingLastPathComponent
        var places = InputFile.isStream(file) ? [] : [folder.isEmpty ? name : folder + "/" + name]
        if let path, !places.contains(path) { places.append(path) }
        return places
    }

    /// The path of the recorded glossary when one of the places holds it unchanged, and a note
    /// that says which was used, or why none was.
    func locate() -> (path: String?, note: Diagnostic) {
        var changed: [String] = []
        for place in candidates {
            guard let bytes = RecordedFile.contents(atPath: place, limit: Self.sizeLimit) else { continue }
            if SHA256.checksum(bytes: bytes) == checksum {
                return (
                    place,
                    Diagnostic(
                        .note, code: "glossary.recorded",
                        "terminology is checked against \(place), the glossary \(file) was extracted with",
                        at: SourceLocation(file: file), hint: "give another glossary with -g FILE")
                )
            }
            changed.append(place)
        }
        if !changed.isEmpty {
            return (
                nil,
                Diagnostic(
                    .warning, code: "glossary.recorded-changed",
                    "terminology is not checked: \(changed.joined(separator: " and ")) changed since \(file) was "
                        + "extracted with it (its checksum differs), so it may hold entries the translator never saw",
                    at: SourceLocation(file: file), hint: "check against it anyway with -g \(changed[0])")
            )
        }
        // Without a recorded path, extract was given an absolute one (not written into a file
        // that goes to translators): say so, or the user is left wondering where it looked.
        let places = candidates
        let looked =
            places.isEmpty
            ? "which is not looked for beside a file that came through a pipe, and no path to it was recorded"
            : path == nil
                ? "which is not beside it (\(places[0])), and no path to it was recorded (extract does not write an "
                    + "absolute -g path into the file)"
                : "which is not at " + places.joined(separator: " or ")
        return (
            nil,
            Diagnostic(
                .warning, code: "glossary.recorded-missing",
                "terminology is not checked: \(file) was extracted with the glossary \(name), \(looked)",
                at: SourceLocation(file: file), hint: "give it with -g FILE (or put it beside the XLIFF file)")
        )
    }
}
