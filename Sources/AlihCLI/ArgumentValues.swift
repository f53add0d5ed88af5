import Alih
import ArgumentParser

/// The library's choices as option values: enums whose names are their values on the command line.
extension ReportFormat: ExpressibleByArgument {}
extension QAReport.Format: ExpressibleByArgument {}
extension CoverageJob.Format: ExpressibleByArgument {}
extension SegmentationRuleExport.Format: ExpressibleByArgument {}
extension InputFormat: ExpressibleByArgument {}

/// The case of `Choice` named `value` (`--xliff`, `--boilerplate`); anything else is refused:
/// `option` must be one of `choices`.
func choice<Choice: RawRepresentable<String>>(_ value: String, for option: String, _ choices: String) throws
    -> Choice
{
    guard let choice = Choice(rawValue: value) else { throw ValidationError("\(option) must be \(choices).") }
    return choice
}
