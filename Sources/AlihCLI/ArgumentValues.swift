import Alih
import ArgumentParser

/// The library's choices as option values: enums whose names are their values on the command line.
extension ReportFormat: ExpressibleByArgument {}
extension QAReport.Format: ExpressibleByArgument {}
extension CoverageJob.Format: ExpressibleByArgument {}

extension XLIFFVersion {
    /// `--xliff`'s value; anything but a version there is refused.
    static func argument(_ value: String) throws -> XLIFFVersion {
        guard let version = XLIFFVersion(rawValue: value) else {
            throw ValidationError("--xliff must be 2.1 or 1.2, not '\(value)'.")
        }
        return version
    }
}

extension ArticleMerger.Boilerplate {
    /// `--boilerplate`'s value; anything but `drop` or `keep` is refused.
    static func argument(_ value: String) throws -> ArticleMerger.Boilerplate {
        guard let mode = ArticleMerger.Boilerplate(rawValue: value) else {
            throw ValidationError("--boilerplate must be drop or keep, not '\(value)'.")
        }
        return mode
    }
}
