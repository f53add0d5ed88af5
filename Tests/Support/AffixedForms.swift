/// Indonesian word forms made from roots and affixes, for tests of the morphology.
public enum AffixedForms {
    /// Prefix and suffix pairs news writes: voices, nominalisations, clitics and particles.
    public static let common: [(prefix: String, suffix: String)] = [
        ("", ""), ("me", ""), ("me", "kan"), ("me", "i"), ("di", "kan"), ("pe", "an"), ("per", "an"), ("ke", "an"),
        ("ber", ""), ("ter", ""), ("memper", "kan"), ("diper", "i"), ("", "nya"), ("me", "kannya"), ("", "-nya"),
        ("ber", "an"), ("se", "nya"), ("menge", ""), ("penge", "an"), ("", "lah"), ("", "pun"), ("ku", ""),
    ]

    /// Each root with each pair of `affixes` (the nasal of meN-/peN- written as Indonesian
    /// writes it: *memukul*, *menarik*, *menyapu*, *mengirim*), then reduplicated (`root-root`)
    /// and in the informal `root2`.
    public static func forms(of roots: [String], affixes: [(prefix: String, suffix: String)] = common) -> [String] {
        var forms: [String] = []
        for root in roots {
            for (prefix, suffix) in affixes {
                var stem = root
                if prefix.hasSuffix("me") || prefix.hasSuffix("pe") {
                    switch root.first {
                    case "p": stem = "m" + root.dropFirst()
                    case "t": stem = "n" + root.dropFirst()
                    case "s": stem = "ny" + root.dropFirst()
                    case "k": stem = "ng" + root.dropFirst()
                    case "b", "f", "v": stem = "m" + root
                    case "a", "e", "i", "o", "u", "g", "h": stem = "ng" + root
                    case "c", "d", "j", "z": stem = "n" + root
                    default: break
                    }
                }
                forms.append(prefix + stem + suffix)
            }
            forms.append(root + "-" + root)
            forms.append(root + "2")
        }
        return forms
    }
}
