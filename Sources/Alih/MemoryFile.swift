import AlihCore
import AlihFormats
import AlihMemory
import Foundation

/// A translation memory file as `alih tm` handles it: checked, exported to TMX and filled from
/// TMX. The library entry point of the `tm` subcommands.
public struct MemoryFile: Sendable {
    /// The SQLite file.
    public var path: String

    public init(path: String) {
        self.path = path
    }

    /// What `check` finds.
    public struct Health: Sendable, Equatable {
        public var pairs: Int
        /// SQLite's integrity check: `ok`, or what is damaged.
        public var integrity: String

        public var isSound: Bool { integrity == "ok" }
    }

    /// A memory written as TMX 1.4b.
    public struct Export: Sendable, Equatable {
        public var tmx: String
        public var pairs: Int
    }

    /// What an import read and stored.
    public struct Import: Sendable, Equatable {
        public var pairsRead: Int
        public var stored: TranslationMemory.StoreResult
    }

    /// SQLite's integrity check and the number of pairs; a missing file is `tm.not-found`.
    public func check() throws -> Health {
        let memory = try openExisting(hint: nil)
        // The integrity check first: on a damaged file it says what is damaged, where counting fails.
        do {
            let integrity = try memory.integrityCheck()
            return Health(pairs: try memory.count(), integrity: integrity)
        } catch {
            throw DiagnosticError(code: "tm.read", error.description)
        }
    }

    /// The pairs (only those from `sourceLanguage` and into `targetLanguage`, when given) as
    /// TMX 1.4b; a missing file is `tm.not-found`.
    public func exportTMX(sourceLanguage: String? = nil, targetLanguage: String? = nil) throws -> Export {
        let memory = try openExisting(hint: "reimport translations with --tm \(path) first")
        let pairs: [TranslationPair]
        do { pairs = try memory.allPairs(sourceLanguage: sourceLanguage, targetLanguage: targetLanguage) } catch {
            throw DiagnosticError(code: "tm.read", error.description)
        }
        let tmx = try TMXFormat.write(
            pairs, sourceLanguage: sourceLanguage ?? pairs.first?.sourceLanguage ?? "id",
            toolVersion: AlihVersion.current)
        return Export(tmx: tmx, pairs: pairs.count)
    }

    /// Adds the pairs of the TMX file at `tmx` to the memory (created when missing), in one
    /// transaction; the file's warnings go to `warning` once it is read.
    public func importTMX(from tmx: String, warning: (Diagnostic) -> Void = { _ in }) throws -> Import {
        let (pairs, warnings) = try TMXFormat.read(path: tmx)
        warnings.forEach(warning)
        let memory = try TranslationMemory.open(path: path)
        do { return Import(pairsRead: pairs.count, stored: try memory.store(pairs)) } catch {
            throw DiagnosticError(
                code: "tm.write", error.description,
                hint: "nothing was imported (one transaction); check the file and retry")
        }
    }

    /// The memory, which must exist (opening would create it).
    private func openExisting(hint: String?) throws -> TranslationMemory {
        guard FileManager.default.fileExists(atPath: path) else {
            throw DiagnosticError(
                code: "tm.not-found", "no such translation memory: \(path)", at: SourceLocation(file: path),
                hint: hint)
        }
        return try TranslationMemory.open(path: path)
    }
}
