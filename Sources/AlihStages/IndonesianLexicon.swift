/// Words that look affixed but are lemmas in their own right, added to Hunspell's roots.
///
/// Hunspell's Indonesian dictionary lists *pasuk* and derives *pasukan* from it, but
/// *pasukan* (troops) is a word of its own; likewise *penduduk* (inhabitant) is not
/// *peN-* + *duduk*. Keep this list to lexicalized words whose meaning is not the sum of
/// root and affix — ordinary derivations belong to the rules.
package enum IndonesianLexicon {
    package static let lexicalizedWords: Set<String> = [
        "pasukan", "penduduk", "perempuan", "peristiwa", "pesawat", "pertama", "perdana", "pemuda",
        "pemudi", "pelangi", "pendeta", "pertiwi", "kemarin", "kemudian", "ketika", "sekarang",
        "sebelum", "sesudah",
        // Acronyms that look prefixed.
        "pemilu", "pilkada", "pemda", "pemkot", "pemkab", "pemprov", "perpres", "perppu", "kemlu",
        "kemenkeu", "kemhan", "kemendagri", "kemenlu", "menlu", "menhan", "mendagri", "menkeu",
    ]
}
