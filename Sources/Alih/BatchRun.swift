import AlihFormats
import Foundation
import Synchronization

/// Runs one compiled pipeline over many articles in parallel: `alih run`.
///
/// Each worker takes the next input, extracts it and writes its XLIFF (atomically) at once, so
/// memory stays flat however many files there are; the pipeline and the glossary automaton are
/// compiled once and shared read-only. Every output depends only on its input, so the bytes are
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
        public var input: String
        public var output: String?
        /// `extracted`, `skipped` (unchanged since the last incremental run) or `failed`.
        public var status: String
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
    public var configurationChecksum: String

    public init(pipeline: ArticlePipeline, options: ExtractionOptions, jobs: Int) {
        self.pipeline = pipeline
        self.options = options
        self.jobs = max(1, jobs)
        var fingerprint = SHA256()
        fingerprint.update(pipeline.definitionChecksum.utf8)
        fingerprint.update("\(options.xliffVersion.rawValue)|\(options.sourceLanguage)|\(options.targetLanguage)|\(options.dropBoilerplate)|\(options.prefillTargets)|\(options.markTerms)|\(AlihVersion.current)".utf8)
        if let glossary = pipeline.glossary {
            for entry in glossary.entries {
                fingerprint.update(entry.source.utf8)
                for translation in entry.translations { fingerprint.update("\(translation.text)|\(translation.status.rawValue)|".utf8) }
            }
        }
        configurationChecksum = fingerprint.finalizeChecksum()
    }

    /// The inputs under `paths`: files as they are, folders searched recursively for names
    /// ending in one of `extensions`, in a stable (sorted) order; outputs mirror the inputs under
    /// `outputFolder` with the XLIFF extension.
    public static func jobs(for paths: [String], extensions: [String], outputFolder: String) throws -> [Job] {
        var jobs: [Job] = []
        let manager = FileManager.default
        for path in paths {
            var isDirectory: ObjCBool = false
            guard manager.fileExists(atPath: path, isDirectory: &isDirectory) else {
                throw DiagnosticError(code: "input.not-found", "no such file or folder: \(path)", at: SourceLocation(file: path))
            }
            if isDirectory.boolValue {
                guard let walker = manager.enumerator(atPath: path) else { continue }
                var found: [String] = []
                while let relative = walker.nextObject() as? String {
                    let name = (relative as NSString).lastPathComponent
                    guard !name.hasPrefix("."), extensions.contains(where: { name.hasSuffix($0) }) else { continue }
                    var child: ObjCBool = false
                    let full = (path as NSString).appendingPathComponent(relative)
                    if manager.fileExists(atPath: full, isDirectory: &child), !child.boolValue { found.append(relative) }
                }
                for relative in found.sorted() {
                    jobs.append(Job(input: (path as NSString).appendingPathComponent(relative), relativePath: relative,
                                    output: outputPath(relative, in: outputFolder)))
                }
            } else {
                let name = (path as NSString).lastPathComponent
                jobs.append(Job(input: path, relativePath: name, output: outputPath(name, in: outputFolder)))
            }
        }
        return jobs
    }

    static func outputPath(_ relative: String, in folder: String) -> String {
        let base = (relative as NSString).deletingPathExtension
        return (folder as NSString).appendingPathComponent(base + ".xlf")
    }

    /// Runs `jobs`; `previous` (input → content checksum) skips inputs unchanged since the last
    /// run with the same configuration; `progress` is called after each file (from any worker).
    public func run(
        _ jobs: [Job], previous: [String: String] = [:], progress: @Sendable (FileResult, Int) -> Void = { _, _ in }
    ) -> [FileResult] {
        let next = Atomic<Int>(0)
        let done = Atomic<Int>(0)
        let results = Mutex<[FileResult?]>(Array(repeating: nil, count: jobs.count))
        DispatchQueue.concurrentPerform(iterations: min(self.jobs, max(1, jobs.count))) { _ in
            while true {
                let index = next.wrappingAdd(1, ordering: .relaxed).oldValue
                guard index < jobs.count else { return }
                let result = process(jobs[index], previous: previous)
                results.withLock { $0[index] = result }
                progress(result, done.wrappingAdd(1, ordering: .relaxed).newValue)
            }
        }
        let finished = results.withLock { $0.compactMap { $0 } }
        // Each file was flushed before its rename; the folders holding the renames are
        // flushed once each here rather than once per file (which serialised the workers on
        // the file system's journal).
        for folder in Set(finished.compactMap { $0.output.map { ($0 as NSString).deletingLastPathComponent } }) {
            AtomicFile.syncFolder(folder.isEmpty ? "." : folder)
        }
        return finished
    }

    private func process(_ job: Job, previous: [String: String]) -> FileResult {
        var result = FileResult(input: job.input, output: nil, status: "failed", error: nil, bytes: 0, segments: 0, words: 0,
                                boilerplateUnits: 0, terms: 0, contentChecksum: nil)
        do {
            guard let data = FileManager.default.contents(atPath: job.input) else {
                throw DiagnosticError(code: "input.unreadable", "cannot read \(job.input)", at: SourceLocation(file: job.input))
            }
            let bytes = Array(data)
            result.bytes = bytes.count
            var hash = SHA256()
            hash.update(bytes)
            let checksum = hash.finalizeChecksum()
            result.contentChecksum = checksum
            if previous[job.relativePath] == checksum, FileManager.default.fileExists(atPath: job.output) {
                result.status = "skipped"
                result.output = job.output
                return result
            }
            let folder = (job.output as NSString).deletingLastPathComponent
            if !folder.isEmpty { try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true) }
            var extracted: (report: ExtractionReport, document: Document)?
            try AtomicFile.write(to: job.output, syncingFolder: false) { emit in
                extracted = try pipeline.extract(bytes, name: job.input, options: options, writingUTF8To: { try emit($0) })
            }
            guard let extraction = extracted else { return result }
            result.status = "extracted"
            result.output = job.output
            result.segments = extraction.report.segments
            result.words = extraction.report.words
            result.boilerplateUnits = extraction.report.boilerplate.count
            result.terms = extraction.report.terms?.matches ?? 0
        } catch let error as DiagnosticError {
            result.error = error.diagnostic.description
        } catch {
            result.error = "\(error)"
        }
        return result
    }
}

/// The record `--incremental` keeps in the output folder: what each input was when last extracted.
public struct BatchRecord: Sendable, Codable, Equatable {
    public static let fileName = ".alih-run.json"

    public var configurationChecksum: String
    /// Input path relative to its folder → content checksum.
    public var inputs: [String: String]

    public init(configurationChecksum: String, inputs: [String: String]) {
        self.configurationChecksum = configurationChecksum
        self.inputs = inputs
    }
}
