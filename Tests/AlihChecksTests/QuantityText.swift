import PropertyBased

/// Generators of text full of what the quantity parsers and the checks react to, for the
/// differential tests: digits and separators, the words of both grammars (months, weekdays,
/// scales, currencies, time words, number words), and the characters that make Swift's
/// `Character` differ from a byte (combining marks, CR LF, prepended marks, non-ASCII digits,
/// letters whose lowercase is longer, emoji).
enum QuantityText {
    static let fragments: [String] = [
        // Digits and separators.
        "0", "1", "2", "3", "5", "9", "10", "12", "13", "14", "15", "24", "25", "30", "31", "59", "60", "99", "100",
        "000", "500",
        "123", "1234", "0800", "1500", "2024", "1998", "2023", "1899", "1900", "2100", "2101", "0001900",
        "1234567890123456789012", "99999", "1234567890", ".", ",", ":", "/", "-", "\u{2013}",
        "\u{2014}", "%", "$", "€", "£", "¥", "₩", "(", ")", "_", "+", "'", "\u{2019}", "!", "?", "\"", "]", "»", "…",
        "“", "”",
        // Spaces.
        " ", " ", " ", " ", " ", " ", "  ", "\n", "\r\n", "\r", "\t", "\u{00A0}", "\u{2028}",
        // Currencies and names.
        "Rp", "RP", "IDR", "USD", "SGD", "US", "S", "A", "HK", "C", "NZ", "RM", "M", "T", "k", "m", "b", "K", "G", "H",
        "N", "COVID",
        "MH", "KPK",
        // Indonesian.
        "ribu", "rb", "juta", "jt", "miliar", "milyar", "triliun", "ratus", "persen", "prosen", "poin", "persentase",
        "rupiah",
        "dolar", "dollar", "AS", "amerika", "serikat", "singapura", "hong", "kong", "selandia", "baru", "euro", "yen",
        "pound",
        "sterling", "hingga", "sampai", "dengan", "s", "d", "sd", "dan", "atau", "pukul", "pk", "jam", "pagi", "siang",
        "sore",
        "malam", "dini", "hari", "WIB", "WITA", "WIT", "GMT", "UTC", "waktu", "setempat", "Jumat", "Jum'at", "Senin",
        "Minggu",
        "tanggal", "tgl", "Mei", "Januari", "Agt", "Des", "des", "mei", "tiga", "dua", "satu", "nol", "sembilan",
        "belas", "puluh",
        "sepuluh", "sebelas", "seratus", "seribu", "sejuta", "kedua", "pertama", "ke", "orang", "Presiden", "tentara",
        // English.
        "May", "January", "Aug", "Oct", "Friday", "friday", "Monday", "of", "the", "th", "st", "nd", "rd", "a.m.",
        "p.m.", "am",
        "pm", "PM", "a", "p", "an", "o'clock", "o\u{2019}clock", "in", "morning", "afternoon", "evening", "at", "night",
        "noon",
        "midday", "midnight", "hours", "hrs", "Jakarta", "local", "time", "million", "billion", "bn", "mln", "thousand",
        "hundred", "percent", "per", "cent", "pct", "percentage", "point", "points", "dollars", "rupiahs", "euros", "U",
        "Singapore", "New", "Zealand", "to", "through", "and", "or", "three", "twelve", "first", "tenth", "one",
        "troops",
        "Russia's", "approved", "speaker",
        // Whole phrases, so that the readers' longer patterns come up often.
        "tgl. 10/5", "tgl 3/4", "tanggal 10/5/2024", "Jumat (10/5)", "Jumat, 10 Mei", "Friday (May 10, 2024)",
        "Monday, 10/5",
        "pukul 15.00 WIB", "pk. 09.30", "jam 3 sore", "jam 2 lewat", "15:00", "pukul 10.00-12.00 WIB", "dini hari",
        "3 p.m.",
        "3pm", "0800 GMT", "1500 hours", "3 o'clock", "3 in the afternoon", "3-5 p.m.", "UTC+7", "(GMT)",
        "Jakarta time",
        "Rp5,2 miliar", "Rp 5.000", "Rp.5.000", "Rp10.000,-", "US$2 juta", "S$3", "$5m", "Rp2,3 T", "5 juta dolar AS",
        "5 juta dolar Amerika Serikat", "dolar Hong Kong", "Hong Kong dollars", "U.S. dollars", "New Zealand dollars",
        "12 persen poin", "2 poin persentase", "2 percentage points", "12 per cent", "10 hingga 12 persen", "s.d. 5",
        "s/d 5",
        "sampai dengan", "5-6 juta", "10 to 12 percent", "2023/24", "1998-99", "1900 hingga 5 persen", "1900/01",
        "2100-05", "1899 dan 5 persen", "2101 to 5 percent", "10 Mei 2024", "Mei 2024", "10-12 Mei 2024",
        "13-14/5/2024", "May 10, 2024", "May 10-12, 2024", "10th of May", "the 10th", "May 2024", "2024-05-10",
        "10/5/24",
        "1.234.567,89", "1,234,567.89", "3 000", "2,5", "2.5", "1,234", "3.000", "5.2bn", "dua puluh lima",
        "tiga belas",
        "three million", "a billion", "ke-10", "G20", "H5N1", "COVID-19", "MH370", "A320neo", "10km", "1990s",
        "(lihat.)", "[catatan.]",
        // Decades, parts of the day, suffixed scales, English months in Indonesian, qualified years.
        "1970-an", "60-an", "1960an", "an", "-an", "'60s", "\u{2019}60s", "1970's", "1990s", "60s", "mid-1962",
        "mid", "pasca-1998", "pre", "10 pagi", "7 malam", "pukul 12 siang", "jutanya", "jutaan", "triliunan",
        "persennya", "March", "March 5, 2020", "5 March 2020", "Theresa May",
        // Numbers in words.
        "empat", "lima", "Lima", "enam", "tujuh", "puluhan", "ratusan", "ribuan", "belasan", "jutaan", "beberapa",
        "ratus", "lusin", "selusin", "duapuluh", "tigabelas", "satu-satunya", "dua-duanya", "keduanya", "berdua",
        "enam puluhan", "puluhan ribu", "dua ratus lima puluh ribu", "seribu lima ratus", "five", "Five", "seven",
        "seventeen", "twenty", "twenty-five", "fifty", "ninety nine", "zero", "hundreds", "Hundreds", "thousands",
        "millions", "dozens", "dozen", "a dozen", "tens of", "scores of", "teens", "several", "a few", "few", "twice",
        "doubled", "one of", "hundreds of thousands", "tens of thousands", "sixties", "Sixties", "fifteen hundred",
        "two hundred and fifty", "a hundred", "a thousand", "“Siapa?”", "kata dia.”", "…", "!)", "?]", ".'",
        "?\u{2019}", ":\"",
        // Characters where a Character is not a byte.
        "e\u{0301}", "\u{0301}", "é", "😀", "👩‍💻", "\u{0600}", "1\u{0301}", "-\u{0301}", "\u{037E}", "\u{FF10}", "٣", "²",
        "Ⅻ",
        "ǅ", "İ", "ß", "Σ", "\u{200D}", "\u{FE0F}", "\u{00AD}", "🇮🇩",
    ]

    /// The fragments without an ASCII digit: text where only numbers in words are read.
    static let fragmentsWithoutDigits =
        fragments.filter { !$0.utf8.contains { $0 &- 0x30 < 10 } } + [
            "\u{212A}", "\u{212A}eduanya", "K", "Dua", "DUA", "tiga\u{301}", "dua'x", "“empat", "lima”",
        ]

    /// Strings of up to `maxFragments` fragments glued together (a space is one of them);
    /// without digits, of `fragmentsWithoutDigits`.
    static func generator(maxFragments: Int = 40, digits: Bool = true) -> Generator<
        String, some SendableSequenceType
    > {
        let fragments = digits ? fragments : fragmentsWithoutDigits
        return Gen.int(in: 0...(fragments.count - 1)).array(of: 0...maxFragments).map { picks in
            picks.map { fragments[$0] }.joined()
        }
    }
}
