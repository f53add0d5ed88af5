import AlihCore
import AlihStages

/// Generated Indonesian paragraphs that exercise every segmentation rule: each abbreviation of
/// the segmenter's lists (and a pipeline's additions) mid-sentence and sentence-final, in
/// lowercase and after opening marks, before a sentence starter and before words that only
/// look like one; initials; every sentence starter; numbers after `No.`; lowercase words after
/// `?` and `!`; and ICU's own cases (`3.14`, `U.S.A.`, quotes and brackets after a terminator).
/// One paragraph per case, separated by blank lines.
enum AbbreviationCases {
    static func text(options: SegmentationOptions = SegmentationOptions()) -> String {
        paragraphs(options: options).joined(separator: "\n\n") + "\n"
    }

    static func paragraphs(options: SegmentationOptions = SegmentationOptions()) -> [String] {
        var cases: [String] = []
        for abbreviation in IndonesianAbbreviations.nonTerminal + options.addNonTerminal {
            cases.append("Kemarin \(abbreviation) Budi datang ke kantor.")
            cases.append("Ia bertemu dengan \(abbreviation) Kemudian mereka pulang.")
            cases.append("Surat itu (untuk \(abbreviation) Sari) tiba. Lalu ia pergi.")
            cases.append("Kata “\(abbreviation) Sari” sudah lama. Ia pulang.")
            if let first = abbreviation.first, first.isUppercase {
                cases.append("Kemarin \(first.lowercased() + abbreviation.dropFirst()) Budi datang.")
                cases.append("Ia bertemu \(first.lowercased() + abbreviation.dropFirst()) Namun pulang.")
            }
            // Sentence starters, after quotes, brackets and no space, and words that begin like one.
            cases.append("Kontrak dengan \(abbreviation) “Jumlah itu besar,” katanya.")
            cases.append("Kontrak dengan \(abbreviation) (Namun) ditunda.")
            cases.append("Kontrak dengan \(abbreviation)“Namun itu,” katanya.")
            cases.append("Kontrak dengan \(abbreviation)Namun itu.")
            cases.append("Kontrak dengan \(abbreviation) Namunya Jaya. Sedangkan-nya lain.")
            cases.append("Kontrak dengan \(abbreviation) Namun\u{301} Jaya. Jumlah2 itu.")
        }
        for starter in IndonesianSentenceStarters.words {
            cases.append("Saham Itochu Corp. \(starter) naik. Ia lulus dengan gelar S.H. \(starter), lalu pulang.")
            cases.append("Ia minum vitamin C. \(starter) naik. Adnan Z. \(starter.uppercased()) datang.")
        }
        for abbreviation in IndonesianAbbreviations.listEnding + options.addListEnding {
            cases.append("Ia membeli buku, pena, \(abbreviation) dan kertas.")
            cases.append("Ia membeli buku, pena, \(abbreviation) Kemudian ia pulang.")
            cases.append("Ia membeli buku, \(abbreviation) 2024 adalah tahunnya.")
            cases.append("Ia membeli buku, \(abbreviation) (lihat daftar) lalu pulang.")
            cases.append("Ia membeli buku, pena, \(abbreviation)Kemudian ia pulang.")
        }
        for abbreviation in IndonesianAbbreviations.beforeNumber {
            cases.append("Lihat \(abbreviation) 12, Kec. Gambir, Jakarta.")
            cases.append("Berdasarkan dekrit \(abbreviation) Setelah itu ia pulang.")
            cases.append("Lihat \(abbreviation) lima di sana.")
            cases.append("Lihat \(abbreviation) (12) Lalu pergi.")
            cases.append("Lihat \(abbreviation)Dua di sana.")
        }
        for letter in "ABCDEFGHIJKLMNOPQRSTUVWXYZÉ" {
            cases.append("Adnan \(letter). Amin datang. Dia pergi.")
            cases.append("Ia menulis huruf \(letter). Kemudian pergi.")
            cases.append("Ia menulis huruf \(letter). “Namun itu,” katanya. Lalu \(letter).“Namun” pergi.")
        }
        cases += [
            "“Siapa?” tanya dia. Dia diam.", "Apa? tidak mungkin.", "Hebat! kata dia.",
            "Hebat!” kata dia. Lalu pulang.", "Benarkah? (Tidak) Ia pergi.", "Ia pergi? Ya.", "Ia pergi?! Ya.",
            "Ia pergi?? lalu datang.", "Ia pergi…? Lalu.", "Ia pergi !Lalu.", "Apa?tidak.",
            "Nilai pi 3.14 dipakai.", "Di U.S.A. Kemudian ia pulang.", "Halo.Dunia ini.", "Dia berkata... Lalu pergi.",
            "Harga naik… Lalu turun.", "Ia selesai.) Lalu pergi.", "(Lihat hlm. 5.) Lalu pergi.", "Halo.” Kata dia.",
            "Ia pergi. 2024 adalah tahunnya.", "Ia pergi. (catatan) Lalu.", "Ia pergi. (catatan lain) lalu.",
            "Ia pergi. - Lalu.", "Ia pergi, Dr. (Li) datang.", "Ia pergi. “Kata dia.”", "Ia pergi.“Kata dia.”",
            "Ia pergi. ‘Lalu’ datang.", "Ia pergi. 'lalu' datang.", "Ia pergi. Ó Lalu.", "Ia pergi. élan baru.",
            "Ia pergi! élan baru.", "Ia pergi. 5. Lalu.", "Ia pergi.5 Lalu.", "Ia pergi. , lalu.", "Ia pergi: Lalu.",
            "Jl. Merdeka Barat No. 12, Kec. Gambir. Lalu.", "Berbagai alat (dll.) Kemudian.",
            "Yudhistira Nugroho, S.H., mengatakan. Lalu.", "Ini e.g. contoh.", "Ini (e.g. Contoh) ya.",
            "K.H. Ahmad datang. Lalu pergi.", "Bab. 5 berisi. Lalu.", "Ia tgl. 5 datang.",
            "Baris pertama. Masih.\nBaris kedua! lalu.\nBaris ketiga", "Ia pergi。Lalu datang.", "Ia pergi． Lalu.",
            "Ia pergi‼ Lalu.", "Ia pergi.\u{201D}\u{2019} Lalu.", "Ia pergi.» Lalu.", "Ia pergi.]) Lalu.",
            // Two sentences joined by a period without a space, and what only looks like them.
            "Angka kematian.Masa inkubasi lima hari.", "Di Tiongkok.Dalam laporan itu.", "Ia (pulang.Lalu pergi.",
            "Kata “kematian.Masa” dipakai.", "Kompas.Com menulis. Situs detik.Net dan x.Org.", "Harga iPhone.Naik.",
            "Pakai Node.Js saja.", "Ia ke ABC.Lalu pergi.", "Angka dua.Tiga.", "Angka tiga.Empat lima.",
            "Ia pulang.Lalu\u{301} pergi.", "Ia kembali.LALU pergi.", "Ia kembali.Émile datang.",
            "Kata \(String(repeating: "a", count: 41)).Lalu pergi.", "Kata \(String(repeating: "a", count: 42)).Lalu.",
        ]
        return cases
    }
}
