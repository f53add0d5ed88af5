/// Whether the commands' `validate()` checks run: off while `AlihCommand` parses the arguments
/// again to find an unknown option (`parseReportingUnknownOptionsFirst`), on otherwise.
enum Validation {
    nonisolated(unsafe) static var applies = true
}
