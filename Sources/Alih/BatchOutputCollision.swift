import AlihCore
import Foundation

extension BatchRun {
    /// Refuses `jobs` when two of them would write the same output, or an output would replace
    /// one of the inputs; nothing has been written when it throws.
    ///
    /// Outputs mirror the inputs' names relative to the folder they were found in, with the
    /// XLIFF extension, so `a/wiki.txt` and `b/wiki.txt` given together, or `berita.txt` and
    /// `berita.html` in one folder, would both become `wiki.xlf` or `berita.xlf`, and the later
    /// would silently replace the earlier. The error names every such output (the first
    /// `listed`) with its inputs.
    package static func requireDistinctOutputs(_ jobs: [Job], listed: Int = 5) throws {
        var inputsByOutput: [String: [String]] = [:]
        var order: [String] = []
        var paths = PathResolver()
        for job in jobs {
            let output = paths.resolve(job.output)
            if inputsByOutput[output] == nil { order.append(output) }
            inputsByOutput[output, default: []].append(job.input)
        }
        // An output is an input when it is the same file, however the two are spelled.
        let inputs = Set(jobs.compactMap { FileIdentity(path: $0.input) })
        var problems: [String] = []
        for output in order {
            let sharing = inputsByOutput[output]!
            if let file = FileIdentity(path: output), inputs.contains(file) {
                problems.append("\(output) is also an input, and writing it would replace that input")
            } else if sharing.count > 1 {
                problems.append(
                    "\(output) would be written from \(sharing.count) inputs: \(sharing.joined(separator: ", "))")
            }
        }
        guard let first = problems.first else { return }
        var message =
            problems.count == 1
            ? first : "\(problems.count) outputs clash:\n  " + problems.prefix(listed).joined(separator: "\n  ")
        if problems.count > listed { message += "\n  … and \(problems.count - listed) more" }
        throw DiagnosticError(
            code: "output.collision", message,
            hint:
                "nothing was written; rename the inputs, run them into different --out folders, or narrow --extensions")
    }
}
