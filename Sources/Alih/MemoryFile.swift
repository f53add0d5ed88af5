import AlihCore
import AlihFormats
import AlihMemory
import AlihPostgreSQL
import Foundation

/// A translation memory file as `alih tm` handles it: checked, exported to TMX and filled from
/// TMX. The library entry point of the `tm` subcommands.
public struct MemoryFile: Sendable {
    /// The SQLite file, or a PostgreSQL connection URI (`postgresql://…`).
    public var path: String

    public init(path: String) {
        self.path = path
    }

    /// What `check` finds.
    public struct Health: Sendable, Equatable {
        /// The memory file checked.
        public var memory: String
        public var pairs: Int
        /// SQLite's integrity check: `ok`, or what is damaged.
        public var integrity: String

        public var isSound: Bool { integrity == "ok" }

        /// `tm.sqlite: 12 pairs, integrity ok`.
        public var summary: String { "\(memory): \(pairs) pairs, integrity \(integrity)" }
    }

    /// A memory written as TMX 1.4b.
    public struct Export: Sendable, Equatable {
        /// The memory file exported.
        public var memory: String
        public var pairs: Int

        /// `tm.sqlite: 12 pairs exported to tm.tmx`, the TMX having gone to `destination` (`-`:
        /// standard output).
        public func summary(destination: String) -> String {
            "\(memory): \(pairs) pairs exported" + (destination == "-" ? "" : " to \(destination)")
        }
    }

    /// What an import read and stored.
    public struct Import: Sendable, Equatable {
        /// The TMX file read and the memory file stored into.
        public var tmx: String
        public var memory: String
        public var pairsRead: Int
        public var stored: TranslationMemory.StoreResult

        /// `a.tmx: 12 pairs read; 10 added to tm.sqlite, 2 already there`.
        public var summary: String {
            "\(tmx): \(pairsRead) pairs read; \(stored.added) added to \(memory), \(stored.updated) already there"
        }
    }

    /// SQLite's integrity check and the number of pairs; a missing file is `tm.not-found`.
    public func check() throws -> Health {
        let memory = try openExisting(hint: nil)
        // The integrity check first: on a damaged file it says what is damaged, where counting fails.
        do {
            let integrity = try memory.integrityCheck()
            return Health(memory: memory.location, pairs: try memory.count(), integrity: integrity)
        } catch {
            throw DiagnosticError(code: "tm.read", error.description)
        }
    }

    /// Writes the pairs (only those from `sourceLanguage` and into `targetLanguage`, when given)
    /// as TMX 1.4b to `output` (atomically), or hands it to `standardOutput` for `-`, piece by
    /// piece as the pairs are read a page at a time: a memory of any size is never whole in
    /// memory. A missing memory is `tm.not-found`; the TMX's source language is
    /// `sourceLanguage`, else the first pair's, else `id`.
    public func exportTMX(
        to output: String, sourceLanguage: String? = nil, targetLanguage: String? = nil,
        standardOutput: (String) -> Void
    ) throws -> Export {
        try OutputGuard.check(inputs: [("translation memory", fileOrNil(path))], outputs: [("TMX file", output)])
        let memory = try openExisting(hint: "reimport translations with --tm \(path) first")
        var count = 0
        func produce(_ emit: (String) throws -> Void) throws {
            count = 0
            var language = sourceLanguage
            var started = false
            do {
                try memory.forEachPage(sourceLanguage: sourceLanguage, targetLanguage: targetLanguage) { page in
                    if !started {
                        language = language ?? page.first?.sourceLanguage
                        try emit(
                            try TMXFormat.header(sourceLanguage: language ?? "id", toolVersion: AlihVersion.current))
                        started = true
                    }
                    try emit(try TMXFormat.units(page, firstNumber: count + 1, sourceLanguage: language ?? "id"))
                    count += page.count
                }
            } catch let error as MemoryError {
                throw DiagnosticError(code: "tm.read", error.description)
            }
            if !started {
                try emit(try TMXFormat.header(sourceLanguage: language ?? "id", toolVersion: AlihVersion.current))
            }
            try emit(TMXFormat.footer)
        }
        if output == "-" {
            try produce { standardOutput($0) }
        } else {
            do {
                try AtomicFile.write(to: output) { emit in try produce { try emit($0.utf8) } }
            } catch let error as DiagnosticError { throw error } catch {
                throw DiagnosticError(
                    code: "output.write", "cannot write \(output): \(error)", at: SourceLocation(file: output))
            }
        }
        return Export(memory: memory.location, pairs: count)
    }

    /// Adds the pairs of the TMX file at `tmx` to the memory (created when missing), in one
    /// transaction: the file is read as it is stored, 5,000 pairs at a time, so a TMX of any
    /// size is never whole in memory; a file that turns out damaged stores nothing. The file's
    /// warnings go to `warning` once it is stored.
    public func importTMX(from tmx: String, warning: (Diagnostic) -> Void = { _ in }) throws -> Import {
        // `-` is standard input, read as it comes (as `<(cat file.tmx)` is).
        let tmx = tmx == "-" ? "/dev/stdin" : tmx
        try OutputGuard.check(inputs: [("TMX file", tmx)], outputs: [("translation memory", fileOrNil(path))])
        try TMXFormat.requireReadable(path: tmx)
        // A memory file made for this import is removed again when nothing could be imported.
        let created = !PostgreSQLLocation.isURI(path) && !FileManager.default.fileExists(atPath: path)
        let memory = try TranslationMemory.open(path: path)
        var read = 0
        var warnings: [Diagnostic] = []
        var unreadable: (any Error)?
        let stored: TranslationMemory.StoreResult
        do {
            stored = try memory.store { (add) throws(MemoryError) in
                read = 0
                do {
                    warnings = try TMXFormat.read(path: tmx, batchSize: TranslationMemory.pageSize) { pairs in
                        read += pairs.count
                        try add(pairs)
                    }
                } catch let error as MemoryError {
                    throw error
                } catch {
                    unreadable = error
                    throw MemoryError(path: tmx, message: "the file could not be read")
                }
            }
        } catch {
            if created {
                for suffix in ["", "-wal", "-shm", "-journal"] {
                    try? FileManager.default.removeItem(atPath: path + suffix)
                }
            }
            if let unreadable { throw unreadable }
            throw DiagnosticError(
                code: "tm.write", error.description,
                hint: "nothing was imported (one transaction); check the file and retry")
        }
        warnings.forEach(warning)
        return Import(tmx: tmx, memory: memory.location, pairsRead: read, stored: stored)
    }

    /// What a copy read and stored.
    public struct Copy: Sendable, Equatable {
        /// The memory copied from and the memory copied into, as shown (URIs without passwords).
        public var source: String
        public var destination: String
        public var pairsRead: Int
        public var stored: TranslationMemory.StoreResult

        /// `tm.sqlite: 12 pairs copied to postgresql://alih@tm/alih (12 added, 0 already there)`.
        public var summary: String {
            "\(source): \(pairsRead) pairs copied to \(destination) (\(stored.added) added, \(stored.updated) already there)"
        }
    }

    /// Copies every pair of this memory into the memory at `destination` (created when it is a
    /// missing file), in one transaction there, keeping sources, targets, languages, provenance,
    /// dates and use counts; a pair already in the destination has its use count raised. Moves a
    /// memory between an SQLite file and a PostgreSQL database, either way.
    public func copy(to destination: String) throws -> Copy {
        guard TranslationMemory.displayed(destination) != TranslationMemory.displayed(path) else {
            throw DiagnosticError(
                code: "tm.copy", "the destination is the memory itself: \(TranslationMemory.displayed(path))",
                hint: "name another memory to copy into")
        }
        try OutputGuard.check(
            inputs: [("memory to copy from", fileOrNil(path))],
            outputs: [("memory to copy into", fileOrNil(destination))])
        let memory = try openExisting(hint: "check the path or URI of the memory to copy from")
        let target = try TranslationMemory.open(path: destination)
        do {
            let copied = try target.copy(from: memory)
            return Copy(
                source: memory.location, destination: target.location, pairsRead: copied.read, stored: copied.stored)
        } catch {
            throw DiagnosticError(
                code: "tm.write", error.description, hint: "nothing was copied (one transaction); check it and retry")
        }
    }

    /// `location` when it is a file's path, nil for a PostgreSQL URI.
    private func fileOrNil(_ location: String) -> String? {
        PostgreSQLLocation.isURI(location) ? nil : location
    }

    /// The memory, which must exist (opening a file would create it; a database must exist to
    /// connect to).
    private func openExisting(hint: String?) throws -> TranslationMemory {
        guard PostgreSQLLocation.isURI(path) || FileManager.default.fileExists(atPath: path) else {
            throw DiagnosticError(
                code: "tm.not-found", "no such translation memory: \(path)", at: SourceLocation(file: path),
                hint: hint)
        }
        return try TranslationMemory.open(path: path, readOnly: true)
    }
}
