import AlihCore
import AlihFormats
import Foundation
import Synchronization

/// Runs one compiled pipeline over many articles in parallel: `alih run`.
///
/// Each worker takes the next input, extracts it and writes its XLIFF at once (atomically: a
/// committing thread flushes and renames it while the worker goes on), so memory stays flat
/// however many files there are; the pipeline and the glossary automaton are compiled once and
/// shared read-only. Every output depends only on its input, so the bytes are
/// the same whatever the number of workers. A file that fails is recorded with its reason and
/// the others go on.
public struct BatchRun: Sendable {
    /// One input: where it is read from and where its XLIFF goes.
    public struct Job: Sendable, Equatable {
        public var input: String
        /// The input's path relative to the folder it was found in (used for the output path).
        public var relativePath: String
        public var output: String
    }

    /// What happened to one input.
    public struct FileResult: Sendable, Codable, Equatable {
        /// Whether an input was written, left as it was, or could not be converted.
        public enum Status: String, Sendable, Codable, Equatable {
            /// The input was converted and its XLIFF written.
            case extracted
            /// The input and configuration are unchanged since the last incremental run.
            case skipped
            /// The input could not be converted; `error` says why.
            case failed
        }

        public var input: String
        public var output: String?
        public var status: Status
        public var error: String?
        public var bytes: Int
        public var segments: Int
        public var words: Int
        public var boilerplateUnits: Int
        public var terms: Int
        /// Checksum of the input bytes (for `--incremental`).
        public var contentChecksum: String?
    }

    public var pipeline: ArticlePipeline
    public var options: ExtractionOptions
    public var jobs: Int
    /// A fingerprint of everything besides the input that decides the output.
    package var configurationChecksum: String

    public init(pipeline: ArticlePipeline, options: ExtractionOptions, jobs: Int) {
        self.pipeline = pipeline
        self.options = options
        self.jobs = max(1, jobs)
        var fingerprint = SHA256()
        fingerprint.update(pipeline.definitionChecksum.utf8)
        fingerprint.update(
            "\(options.xliffVersion.rawValue)|\(options.sourceLanguage)|\(options.targetLanguage)|\(options.dropBoilerplate)|\(options.prefillTargets)|\(options.markTerms)|\(AlihVersion.current)"
                .utf8)
        if let glossary = pipeline.glossary {
            for entry in glossary.entries {
                fingerprint.update(entry.source.utf8)
                for translation in entry.translations {
                    fingerprint.update("\(translation.text)|\(translation.status.rawValue)|".utf8)
                }
            }
        }
        configurationChecksum = fingerprint.finalizeChecksum()
    }

    /// The inputs under `paths`: files as they are, folders searched recursively for names
    /// ending in one of `extensions`, in a stable (sorted) order; outputs mirror the inputs under
    /// `outputFolder` with the XLIFF extension. A file reached twice with the same output (given
    /// on its own and inside a folder also given, say) is one job; different inputs that share
    /// an output are left for `requireDistinctOutputs(_:)` to refuse.
    public static func jobs(for paths: [String], extensions: [String], outputFolder: String) throws -> [Job] {
        var jobs: [Job] = []
        let manager = FileManager.default
        let streams = paths.count(where: InputFile.isStream)
        for path in paths {
            var isDirectory: ObjCBool = false
            guard manager.fileExists(atPath: path, isDirectory: &isDirectory) else {
                throw DiagnosticError(
                    code: "input.not-found", "no such file or folder: \(path)", at: SourceLocation(file: path))
            }
            if isDirectory.boolValue {
                let folder = path.hasSuffix("/") && path.count > 1 ? String(path.dropLast()) : path
                for relative in FolderWalk.files(under: folder, endingIn: extensions).sorted() {
                    jobs.append(
                        Job(
                            input: (path as NSString).appendingPathComponent(relative), relativePath: relative,
                            output: outputPath(relative, in: outputFolder)))
                }
            } else {
                // A pipe (`<(curl …)`, `/dev/fd/63`) is named `stdin`, as extract names it; of
                // several, each keeps its descriptor's number.
                let name =
                    InputFile.isStream(path) && streams == 1
                    ? InputFile.articleName(path) : (path as NSString).lastPathComponent
                jobs.append(Job(input: path, relativePath: name, output: outputPath(name, in: outputFolder)))
            }
        }
        // An input reached twice with the same output is one job, however it was named.
        // (Every input was just found, so it can be asked; one gone since keeps its own name.)
        var seen = Set<[String]>()
        return jobs.filter {
            let file = FileIdentity(path: $0.input).map { "\($0.device):\($0.inode)" } ?? $0.input
            return seen.insert([file, $0.output]).inserted
        }
    }

    /// The file name endings of a comma-separated list (`.txt, .md`), blanks left out.
    package static func extensions(_ list: String) -> [String] {
        CommaSeparatedList.items(list)
    }

    static func outputPath(_ relative: String, in folder: String) -> String {
        let base = (relative as NSString).deletingPathExtension
        return (folder as NSString).appendingPathComponent(base + ".xlf")
    }

    /// Runs `jobs`; `previous` (input → content checksum) skips inputs unchanged since the last
    /// run with the same configuration; `journal` records each input once its output is renamed
    /// into place; `progress` is called after each file (from any thread).
    ///
    /// Durability: each output is flushed (`fsync`) before it is renamed over its target, so it
    /// is the old file or the complete new one, never partial; each output folder is flushed once,
    /// after its last rename and before `run` returns. The flushes and renames are done by an
    /// `AtomicFileCommitter`, so the workers go on extracting while the disk catches up, and
    /// several files' flushes share one journal commit.
    package func run(
        _ jobs: [Job], previous: [String: String] = [:], journal: BatchJournal? = nil,
        progress: @Sendable (FileResult, Int) -> Void = { _, _ in }
    ) -> [FileResult] {
        let next = Atomic<Int>(0)
        let done = Atomic<Int>(0)
        let results = Mutex<[FileResult?]>(Array(repeating: nil, count: jobs.count))
        let folders = Mutex<Set<String>>([])
        let committer = AtomicFileCommitter(threads: Self.committingThreads)
        withoutActuallyEscaping(progress) { progress in
            // As many workers at once as asked for (`concurrentPerform` would run at most one per core).
            WorkerThreads.run(min(self.jobs, max(1, jobs.count))) { _ in
                while true {
                    let index = next.wrappingAdd(1, ordering: .relaxed).oldValue
                    guard index < jobs.count else { return }
                    let (result, staged) = process(jobs[index], previous: previous, folders: folders)
                    guard let staged else {
                        results.withLock { $0[index] = result }
                        progress(result, done.wrappingAdd(1, ordering: .relaxed).newValue)
                        continue
                    }
                    committer.submit(staged) { failure in
                        var result = result
                        if let failure {
                            result.status = .failed
                            result.output = nil
                            result.error = failure.diagnostic.description
                        } else if let journal, let checksum = result.contentChecksum {
                            journal.record(jobs[index].relativePath, checksum: checksum, folder: staged.folder)
                        }
                        results.withLock { $0[index] = result }
                        progress(result, done.wrappingAdd(1, ordering: .relaxed).newValue)
                    }
                }
            }
            committer.finish()
        }
        let finished = results.withLock { $0.compactMap { $0 } }
        // Each file was flushed before its rename; the folders holding the renames are
        // flushed once each here rather than once per file.
        for folder in Set(finished.compactMap { $0.output.map { ($0 as NSString).deletingLastPathComponent } }) {
            AtomicFile.syncFolder(folder.isEmpty ? "." : folder)
        }
        return finished
    }

    /// Threads flushing and renaming outputs: enough for several flushes to share a journal
    /// commit.
    static let committingThreads = 8

    /// Whether inputs are checked to be Indonesian (`FunctionWordCount`) before they are
    /// extracted: when the source language is Indonesian.
    var checksSourceLanguage: Bool {
        let language = options.sourceLanguage.lowercased()
        return language == "id" || language.hasPrefix("id-")
    }

    /// The refusal of an input that reads as English (`FunctionWordCount.isPlainlyEnglish`).
    static func notIndonesian(_ input: String, _ words: FunctionWordCount) -> DiagnosticError {
        DiagnosticError(
            code: "input.language",
            "this reads as English, not Indonesian: \(words.english) English function words (the, of, and …) "
                + "and \(words.indonesian) Indonesian ones (yang, di, dan …) at its start",
            at: SourceLocation(file: input),
            hint:
                "alih run takes Indonesian articles: move translations and English files out of the input folders "
                + "(an Indonesian file can be extracted on its own with alih extract)")
    }

    /// Extracts one input into a staged (written, not yet flushed) output; no staged file when
    /// it was skipped or failed.
    private func process(_ job: Job, previous: [String: String], folders: borrowing Mutex<Set<String>>) -> (
        FileResult, AtomicFile.StagedFile?
    ) {
        var result = FileResult(
            input: job.input, output: nil, status: .failed, error: nil, bytes: 0, segments: 0, words: 0,
            boilerplateUnits: 0, terms: 0, contentChecksum: nil)
        do {
            try ExtractionJob.requireArticle(job.input)
            // Read as extract reads an article: a pipe (`<(curl …)`) too, a device never.
            let bytes = try InputFile.contents(
                of: job.input, noun: "article", codePrefix: "input", missingHint: "check the path",
                directoryHint: "name a file or a folder of them")
            result.bytes = bytes.count
            var hash = SHA256()
            hash.update(bytes)
            let checksum = hash.finalizeChecksum()
            result.contentChecksum = checksum
            if previous[job.relativePath] == checksum, FileManager.default.fileExists(atPath: job.output) {
                result.status = .skipped
                result.output = job.output
                return (result, nil)
            }
            if checksSourceLanguage {
                let words = FunctionWordCount(bytes)
                if words.isPlainlyEnglish { throw Self.notIndonesian(job.input, words) }
            }
            let folder = (job.output as NSString).deletingLastPathComponent
            if !folder.isEmpty, !folders.withLock({ $0.contains(folder) }) {
                try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
                folders.withLock { _ = $0.insert(folder) }
            }
            var extracted: StreamedExtraction?
            let staged = try AtomicFile.stage(to: job.output) { emit in
                extracted = try pipeline.extract(
                    bytes, name: job.input, options: options, writingUTF8To: { try emit($0) })
            }
            guard let extraction = extracted else {
                if let staged { AtomicFile.discard(staged) }
                return (result, nil)
            }
            result.status = .extracted
            result.output = job.output
            result.segments = extraction.report.segments
            result.words = extraction.report.words
            result.boilerplateUnits = extraction.report.boilerplate.count
            result.terms = extraction.report.terms?.matches ?? 0
            return (result, staged)
        } catch let error as DiagnosticError {
            result.error = error.diagnostic.description
        } catch {
            result.error = "\(error)"
        }
        return (result, nil)
    }
}
