import AlihCore
import AlihFormats
import AlihStages
import Foundation
import Synchronization

/// Glossary coverage over many articles: each read, processed and counted on the machine's
/// cores (`CoverageAnalysis.prepare`), then added to a `CoverageAnalysis` in input order.
///
/// The workers take the articles in turn, in small batches, at most a few batches ahead of the
/// one added next, so memory holds a few dozen articles, not the batch; once counted, a document is released (unless
/// `added` wants it). The figures
/// are the same whatever the number of workers (an article's are its own, and the total is
/// built in input order). Candidates are found with the analysis's finder.
package struct CoverageRun: Sendable {
    package let pipeline: ArticlePipeline
    /// Articles processed at once.
    package var workers: Int

    package typealias Failure = CoverageJob.Failure

    package init(pipeline: ArticlePipeline, workers: Int = ParallelChunks.defaultWorkers) {
        self.pipeline = pipeline
        self.workers = max(1, workers)
    }

    /// Adds every job's article to `analysis` in order; `added`, when given, sees each processed
    /// document with its figures and candidate places (for an HTML view), `progress` each job
    /// done with its size in bytes, `warning` what an article's text holds that a reader should
    /// know (mojibake), in input order.
    package func run(
        _ jobs: [BatchRun.Job], into analysis: inout CoverageAnalysis,
        added: ((Document, CoverageAnalysis.Article) -> Void)? = nil,
        progress: (_ bytes: Int, _ done: Int) -> Void = { _, _ in },
        warning: (Diagnostic) -> Void = { _ in }
    ) -> [Failure] {
        var failures: [Failure] = []
        let preparer = analysis
        let keepsDocuments = added != nil
        // The workers take the next batch of jobs as they finish one (no round waits for its
        // slowest article), at most two batches each ahead of the one added next; a batch's
        // articles are handed over together.
        let batch = max(1, min(16, jobs.count / (workers * 4)))
        let batches = (jobs.count + batch - 1) / batch
        let queue = PreparedQueue()
        let ahead = DispatchSemaphore(value: workers * 2)
        let next = Mutex(0)
        let done = DispatchGroup()
        for _ in 0..<min(workers, batches) {
            DispatchQueue.global().async(group: done) {
                while true {
                    ahead.wait()
                    let index = next.withLock { next in
                        defer { next += 1 }
                        return next
                    }
                    guard index < batches else {
                        ahead.signal()
                        return
                    }
                    let range = (index * batch)..<min(jobs.count, (index + 1) * batch)
                    queue.put(
                        index,
                        range.map {
                            prepare(jobs[$0], with: preparer, keepingDocument: keepsDocuments, alone: jobs.count == 1)
                        })
                }
            }
        }
        for index in 0..<batches {
            for (offset, result) in queue.take(index).enumerated() {
                let number = index * batch + offset
                result.warnings.forEach(warning)
                switch result.outcome {
                case .success(let (document, article)):
                    if let added, let document {
                        added(document, analysis.article(adding: article))
                    } else {
                        analysis.add(article)
                    }
                case .failure(let error):
                    failures.append(Failure(input: jobs[number].input, diagnostic: error.diagnostic))
                }
                progress(result.bytes, number + 1)
            }
            ahead.signal()
        }
        done.wait()
        // What the glossary's scanners know of the text's words is not needed for the report.
        pipeline.matcher?.releaseScanners()
        return failures
    }

    /// Batches of prepared articles handed from the workers to the thread that adds them in order.
    private final class PreparedQueue: @unchecked Sendable {
        private let condition = NSCondition()
        private var ready: [Int: [Prepared]] = [:]

        func put(_ index: Int, _ prepared: [Prepared]) {
            condition.lock()
            ready[index] = prepared
            condition.broadcast()
            condition.unlock()
        }

        /// Batch `index`, once it is prepared.
        func take(_ index: Int) -> [Prepared] {
            condition.lock()
            defer { condition.unlock() }
            while ready[index] == nil { condition.wait() }
            return ready.removeValue(forKey: index)!
        }
    }

    private struct Prepared: Sendable {
        var bytes: Int
        var outcome: Result<(Document?, CoverageAnalysis.PreparedArticle), DiagnosticError>
        var warnings: [Diagnostic] = []
    }

    private func process(_ bytes: [UInt8], of job: BatchRun.Job) throws -> (Document, [Diagnostic]) {
        var (document, diagnostics) = try pipeline.process(bytes, name: job.input)
        document.sourceName = job.relativePath
        return (document, diagnostics)
    }

    /// One note for the page chrome an HTML page had left out, if any.
    private static func chromeNote(_ diagnostics: [Diagnostic], file: String) -> Diagnostic? {
        let chrome = diagnostics.filter { $0.code == "html.chrome" }
        guard !chrome.isEmpty else { return nil }
        let elements = chrome.prefix(3).compactMap { note -> String? in
            guard let start = note.message.firstIndex(of: "<"), let end = note.message.firstIndex(of: ">") else {
                return nil
            }
            return String(note.message[start...end])
        }
        return Diagnostic(
            .note, code: "html.chrome",
            "\(chrome.count) element\(chrome.count == 1 ? "" : "s") of page chrome left out (\(elements.joined(separator: ", "))\(chrome.count > 3 ? ", …" : ""))",
            at: SourceLocation(file: file), hint: "alih segment --explain \(file) lists them")
    }

    /// Reads, processes and counts one article.
    private func prepare(_ job: BatchRun.Job, with analysis: CoverageAnalysis, keepingDocument: Bool, alone: Bool)
        -> Prepared
    {
        var size = 0
        do {
            let bytes = try InputFile.contents(
                of: job.input, noun: "article", codePrefix: "input", missingHint: "check the path",
                directoryHint: "name a .txt file or a folder of them")
            size = bytes.count
            let (document, diagnostics) = try process(bytes, of: job)
            // An article alone is the last one matched: what the glossary's scanners learnt of its
            // words is let go before its candidates are counted.
            if alone {
                pipeline.matcher?.releaseScanners()
                pipeline.matcher?.forgetAnalyses()
            }
            let warnings = [
                document.normalization.mojibake?.warning(file: job.input),
                Self.chromeNote(diagnostics, file: job.input),
            ].compactMap { $0 }
            if keepingDocument {
                return Prepared(
                    bytes: size, outcome: .success((document, try analysis.prepare(document, places: true))),
                    warnings: warnings)
            }
            let article = try analysis.prepare(consume document, places: false)
            return Prepared(bytes: size, outcome: .success((nil, article)), warnings: warnings)
        } catch let error as DiagnosticError {
            return Prepared(bytes: size, outcome: .failure(error))
        } catch {
            return Prepared(
                bytes: size,
                outcome: .failure(
                    DiagnosticError(
                        code: "coverage.article", "\(job.input): \(error)", at: SourceLocation(file: job.input))))
        }
    }
}
