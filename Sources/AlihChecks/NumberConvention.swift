/// How a language writes numbers.
struct NumberConvention {
    /// `.` in Indonesian, `,` in English.
    var groupSeparator: Character
    /// `,` in Indonesian, `.` in English.
    var decimalSeparator: Character
    /// English also groups with (no-break, normalised) spaces: `3 000`.
    var spaceGroups: Bool
}
