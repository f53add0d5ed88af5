/// Which readers of a `QuantityGrammar` may find a quantity starting at a token.
enum QuantityCandidate {
    /// None: the scan moves past the token.
    case none
    /// A digit run that nothing after it makes more than a number (`QuantityGrammar.plainNumber`).
    case plainNumber
    /// A digit run that only the amount's reader can read more of (`5 juta`, `12 persen`).
    case amount
    /// A word that can start only a number in words (`tiga`, `ratusan`, `twenty`).
    case numberWord
    /// Any reader, asked in turn.
    case any
}
