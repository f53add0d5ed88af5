/// Finds quantities in the text of one language.
package protocol QuantityParser: Sendable {
    /// The quantities in `text`, in order; their ranges are ranges of `text`.
    func quantities(in text: String) -> [Quantity]
}
