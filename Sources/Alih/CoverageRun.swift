import AlihCore
import AlihFormats
import AlihStages
import Foundation

/// Glossary coverage over many articles: each read, processed and counted on the machine's
/// cores (`CoverageAnalysis.prepare`), then added to a `CoverageAnalysis` in input order.
///
/// Articles go through in windows of a few per worker, so memory holds a window of documents,
/// not the batch; once counted, a document is released (unless `added` wants it). The figures
/// are the same whatever the number of workers (an article's are its own, and the total is
/// built in input order). Candidates are found with the analysis's finder.
public struct CoverageRun: Sendable {
    public let pipeline: ArticlePipeline
    /// Articles processed at once.
    public var workers: Int

    /// An input that could not be read or processed, with why.
    public struct Failure: Sendable {
        public var input: String
        public var diagnostic: Diagnostic
    }

    public init(pipeline: ArticlePipeline, workers: Int = ParallelChunks.defaultWorkers) {
        self.pipeline = pipeline
        self.workers = max(1, workers)
    }

    /// Adds every job's article to `analysis` in order; `added`, when given, sees each processed
    /// document with its figures and candidate places (for an HTML view), `progress` each job
    /// done with its size in bytes.
    public func run(
        _ jobs: [BatchRun.Job], into analysis: inout CoverageAnalysis,
        added: ((Document, CoverageAnalysis.Article) -> Void)? = nil,
        progress: (_ bytes: Int, _ done: Int) -> Void = { _, _ in }
    ) -> [Failure] {
        var failures: [Failure] = []
        let window = workers * 4
        let preparer = analysis
        let keepsDocuments = added != nil
        var start = 0
        while start < jobs.count {
            let end = min(jobs.count, start + window)
            let prepared = ParallelChunks.map(count: end - start, minimumChunk: 1, workers: workers) { [start] chunk in
                chunk.map { prepare(jobs[start + $0], with: preparer, keepingDocument: keepsDocuments) }
            }
            for (offset, result) in prepared.joined().enumerated() {
                let job = jobs[start + offset]
                switch result.outcome {
                case .success(let (document, article)):
                    if let added, let document {
                        added(document, analysis.article(adding: article))
                    } else {
                        analysis.add(article)
                    }
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
        var outcome: Result<(Document?, CoverageAnalysis.PreparedArticle), DiagnosticError>
    }

    private func process(_ bytes: [UInt8], of job: BatchRun.Job) throws -> Document {
        var document = try pipeline.process(bytes, name: job.input).0
        document.sourceName = job.relativePath
        return document
    }

    /// Reads, processes and counts one article.
    private func prepare(_ job: BatchRun.Job, with analysis: CoverageAnalysis, keepingDocument: Bool) -> Prepared {
        var size = 0
        do {
            let bytes = try InputFile.contents(
                of: job.input, noun: "article", codePrefix: "input", missingHint: "check the path",
                directoryHint: "name a .txt file or a folder of them")
            size = bytes.count
            let document = try process(bytes, of: job)
            if keepingDocument {
                return Prepared(
                    bytes: size, outcome: .success((document, try analysis.prepare(document, places: true))))
            }
            let article = try analysis.prepare(consume document, places: false)
            return Prepared(bytes: size, outcome: .success((nil, article)))
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
