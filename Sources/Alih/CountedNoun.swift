/// "1 unit", "3 units": `number` and `noun`, the noun with an s unless the number is 1 (for the
/// regular English nouns of summaries).
func counted(_ number: Int, _ noun: String) -> String { "\(number) \(noun)\(number == 1 ? "" : "s")" }
