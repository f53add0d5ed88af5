/// Words that look affixed but are lemmas in their own right, added to Hunspell's roots.
///
/// Hunspell's Indonesian dictionary lists *pasuk* and derives *pasukan* from it, but
/// *pasukan* (troops) is a word of its own; likewise *penduduk* (inhabitant) is not
/// *peN-* + *duduk*, *merupakan* ("is, constitutes") not a verb made of *rupa* "appearance",
/// *tertarik* ("interested") not the passive of *menarik*, *akhirnya* ("finally") not *akhir*
/// "end" with a possessive. Keep this list to lexicalized words whose meaning is not the sum
/// of root and affix — ordinary derivations belong to the rules. A word listed here is its
/// own lemma; its regular analysis stays as an alternative, through which a glossary root
/// (`tarik`) still reaches it.
package enum IndonesianLexicon {
    package static let lexicalizedWords: Set<String> = [
        "pasukan", "penduduk", "perempuan", "peristiwa", "pesawat", "pertama", "perdana", "pemuda",
        "pemudi", "pelangi", "pendeta", "pertiwi", "kemarin", "kemudian", "ketika", "sekarang",
        "sebelum", "sesudah",
        // Verbs and nouns whose meaning is not that of root and affix.
        "merupakan", "mulai", "mengapa", "berhasil", "kesempatan", "kemungkinan", "kalangan", "peserta",
        "pengalaman",
        // ter- words that are not passives.
        "terjadi", "termasuk", "ternyata", "terutama", "terpaksa", "tertarik",
        // Adverbs and determiners made with -nya.
        "lainnya", "akhirnya", "sebelumnya", "biasanya", "umumnya", "berikutnya", "sebenarnya",
        // Ordinals (kedua is also "both").
        "kedua", "ketiga", "keempat",
        // Acronyms that look prefixed.
        "pemilu", "pilkada", "pemda", "pemkot", "pemkab", "pemprov", "perpres", "perppu", "kemlu",
        "kemenkeu", "kemhan", "kemendagri", "kemenlu", "menlu", "menhan", "mendagri", "menkeu",
    ]
}
