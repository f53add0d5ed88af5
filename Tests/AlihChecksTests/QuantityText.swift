import PropertyBased

/// Generators of text full of what the quantity parsers and the checks react to, for the
/// differential tests: digits and separators, the words of both grammars (months, weekdays,
/// scales, currencies, time words, number words), and the characters that make Swift's
/// `Character` differ from a byte (combining marks, CR LF, prepended marks, non-ASCII digits,
/// letters whose lowercase is longer, emoji).
enum QuantityText {
    static let fragments: [String] = [
        // Digits and separators.
        "0", "1", "2", "3", "5", "9", "10", "12", "13", "14", "15", "24", "25", "30", "31", "59", "60", "99", "100", "000", "500",
        "123", "1234", "0800", "1500", "2024", "1998", "2023", "99999", "1234567890", ".", ",", ":", "/", "-", "\u{2013}",
        "\u{2014}", "%", "$", "€", "£", "¥", "₩", "(", ")", "_", "+", "'", "\u{2019}", "!", "?", "\"", "]", "»", "…", "“", "”",
        // Spaces.
        " ", " ", " ", " ", " ", " ", "  ", "\n", "\r\n", "\r", "\t", "\u{00A0}", "\u{2028}",
        // Currencies and names.
        "Rp", "RP", "IDR", "USD", "SGD", "US", "S", "A", "HK", "C", "NZ", "RM", "M", "T", "k", "m", "b", "K", "G", "H", "N", "COVID",
        "MH", "KPK",
        // Indonesian.
        "ribu", "rb", "juta", "jt", "miliar", "milyar", "triliun", "ratus", "persen", "prosen", "poin", "persentase", "rupiah",
        "dolar", "dollar", "AS", "amerika", "serikat", "singapura", "hong", "kong", "selandia", "baru", "euro", "yen", "pound",
        "sterling", "hingga", "sampai", "dengan", "s", "d", "sd", "dan", "atau", "pukul", "pk", "jam", "pagi", "siang", "sore",
        "malam", "dini", "hari", "WIB", "WITA", "WIT", "GMT", "UTC", "waktu", "setempat", "Jumat", "Jum'at", "Senin", "Minggu",
        "tanggal", "tgl", "Mei", "Januari", "Agt", "Des", "des", "mei", "tiga", "dua", "satu", "nol", "sembilan", "belas", "puluh",
        "sepuluh", "sebelas", "seratus", "seribu", "sejuta", "kedua", "pertama", "ke", "orang", "Presiden", "tentara",
        // English.
        "May", "January", "Aug", "Oct", "Friday", "friday", "Monday", "of", "the", "th", "st", "nd", "rd", "a.m.", "p.m.", "am",
        "pm", "PM", "a", "p", "an", "o'clock", "o\u{2019}clock", "in", "morning", "afternoon", "evening", "at", "night", "noon",
        "midday", "midnight", "hours", "hrs", "Jakarta", "local", "time", "million", "billion", "bn", "mln", "thousand",
        "hundred", "percent", "per", "cent", "pct", "percentage", "point", "points", "dollars", "rupiahs", "euros", "U",
        "Singapore", "New", "Zealand", "to", "through", "and", "or", "three", "twelve", "first", "tenth", "one", "troops",
        "Russia's", "approved", "speaker",
        // Characters where a Character is not a byte.
        "e\u{0301}", "\u{0301}", "é", "😀", "👩‍💻", "\u{0600}", "1\u{0301}", "-\u{0301}", "\u{037E}", "\u{FF10}", "٣", "²", "Ⅻ",
        "ǅ", "İ", "ß", "Σ", "\u{200D}", "\u{FE0F}", "\u{00AD}", "🇮🇩",
    ]

    /// Strings of up to `maxFragments` fragments glued together (a space is one of them).
    static func generator(maxFragments: Int = 40) -> Generator<String, some SendableSequenceType> {
        let fragments = fragments
        return Gen.int(in: 0...(fragments.count - 1)).array(of: 0...maxFragments).map { picks in
            picks.map { fragments[$0] }.joined()
        }
    }
}
