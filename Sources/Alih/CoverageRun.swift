import AlihCore
import AlihFormats
import AlihStages
import Foundation

/// Glossary coverage over many articles: each read, processed and scanned for candidates on
/// the machine's cores, then added to a `CoverageAnalysis` in input order.
///
/// Articles go through in windows of a few per worker, so memory holds a window of documents,
/// not the batch; the figures are the same whatever the number of workers (an article's are
/// its own, and the total is built in input order).
package struct CoverageRun: Sendable {
    package let pipeline: ArticlePipeline
    package let finder: TermCandidateFinder
    /// Articles processed at once.
    package var workers: Int

    package typealias Failure = CoverageJob.Failure

    package init(pipeline: ArticlePipeline, finder: TermCandidateFinder, workers: Int = ParallelChunks.defaultWorkers) {
        self.pipeline = pipeline
        self.finder = finder
        self.workers = max(1, workers)
    }

    /// Adds every job's article to `analysis` in order; `added` sees each processed document
    /// with its figures (for an HTML view), `progress` each job done with its size in bytes.
    package func run(
        _ jobs: [BatchRun.Job], into analysis: inout CoverageAnalysis,
        added: (Document, CoverageAnalysis.Article) -> Void = { _, _ in },
        progress: (_ bytes: Int, _ done: Int) -> Void = { _, _ in }
    ) -> [Failure] {
        var failures: [Failure] = []
        let window = workers * 4
        var start = 0
        while start < jobs.count {
            let end = min(jobs.count, start + window)
            let prepared = ParallelChunks.map(count: end - start, minimumChunk: 1, workers: workers) { [start] chunk in
                chunk.map { prepare(jobs[start + $0]) }
            }
            for (offset, result) in prepared.joined().enumerated() {
                let job = jobs[start + offset]
                switch result.outcome {
                case .success(let (document, scan)):
                    added(document, analysis.add(document, scan: scan))
                case .failure(let error):
                    failures.append(Failure(input: job.input, diagnostic: error.diagnostic))
                }
                progress(result.bytes, start + offset + 1)
            }
            start = end
        }
        return failures
    }

    private struct Prepared: Sendable {
        var bytes: Int
        var outcome: Result<(Document, CandidateScan), DiagnosticError>
    }

    /// Reads, processes and scans one article.
    private func prepare(_ job: BatchRun.Job) -> Prepared {
        var size = 0
        do {
            let bytes = try InputFile.contents(
                of: job.input, noun: "article", codePrefix: "input", missingHint: "check the path",
                directoryHint: "name a .txt file or a folder of them")
            size = bytes.count
            var document = try pipeline.process(bytes, name: job.input).0
            document.sourceName = job.relativePath
            return Prepared(bytes: size, outcome: .success((document, try finder.scan(document))))
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
